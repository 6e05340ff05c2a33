/**
 * Follows what a <video> shows: the presentation time of each frame put on screen
 * (requestVideoFrameCallback's mediaTime), the frame a seek lands on, and its play state.
 */
export interface VideoListener {
  /** A new frame is on screen (not called for frames of an earlier seek while seeking). */
  onFrame(mediaTimeMs: number): void;
  /**
   * A seek landed (also when no new frame comes, e.g. back to the frame on screen): the
   * presentation time of the frame on screen, which is not always the one sought (see
   * FrameTimeline.seekTimeMs); the time sought until a first frame has been presented.
   */
  onSeeked(shownMs: number): void;
  onPlayState(playing: boolean): void;
}

/** Starts following `video`; returns the function that stops. */
export function followVideo(video: HTMLVideoElement, listener: VideoListener): () => void {
  let handle = 0;
  /** The frame last put on screen, seeking or not: what a seek shows when it brings no new frame. */
  let presentedMs: number | null = null;
  const onFrame = (_now: number, meta: VideoFrameCallbackMetadata): void => {
    presentedMs = meta.mediaTime * 1000;
    // While seeking, frames of an earlier seek may still arrive: 'seeked' says what is shown.
    if (!video.seeking) listener.onFrame(presentedMs);
    handle = video.requestVideoFrameCallback(onFrame);
  };
  handle = video.requestVideoFrameCallback(onFrame);
  const onSeeked = () => listener.onSeeked(presentedMs ?? video.currentTime * 1000);
  const onPlay = () => listener.onPlayState(true);
  const onPause = () => listener.onPlayState(false);
  video.addEventListener('seeked', onSeeked);
  video.addEventListener('play', onPlay);
  video.addEventListener('pause', onPause);
  video.addEventListener('ended', onPause);
  listener.onPlayState(!video.paused);
  return () => {
    video.cancelVideoFrameCallback(handle);
    video.removeEventListener('seeked', onSeeked);
    video.removeEventListener('play', onPlay);
    video.removeEventListener('pause', onPause);
    video.removeEventListener('ended', onPause);
  };
}
