/**
 * A take's video as it is being recorded: WebM bytes handed over about once a second, appended to
 * the session's file in order (video.appendChunk), so a crash loses at most the last second.
 */
export interface TakeVideo {
  /** The chunks' type, e.g. video/webm;codecs=vp8. */
  readonly mimeType: string;
  /**
   * The video cannot take another picture now (its encoder is far behind although ready() is
   * waited for: a safety net): the frame's pose is stored without its picture.
   */
  readonly busy: boolean;
  /**
   * The picture of a stored frame, at the frame's stored time (ms since the take's start, pauses
   * left out): the video's frame shows exactly what its keypoints were computed from. The picture
   * stays the caller's to close.
   */
  addPicture(picture: ImageBitmap, storedMs: number): void;
  /**
   * Resolves once the video can take the next picture without falling behind (at once where it
   * always can): the live path waits for it before tracking the next frame, so on a busy machine a
   * recording runs at the rate the encoder keeps up with and every stored pose has its picture.
   */
  ready(): Promise<void>;
  /** Leaves what the camera films from now on out of the video (a video of stored pictures needs nothing). */
  pause(): void;
  resume(): void;
  /** Hands what was recorded since the last cut over as one chunk; called about once a second. */
  cut(): void;
  /** Ends the video; resolves once its last chunk has been handed over. */
  stop(): Promise<void>;
}

/** Receives the video's chunks in order; failures of the video itself go to `onError`. */
export interface TakeVideoSink {
  onChunk: (chunk: Blob) => void;
  onError: (error: unknown) => void;
}
