/**
 * Follows what a <video> shows: the presentation time of each frame put on screen
 * (requestVideoFrameCallback's mediaTime), the frame a seek lands on, and its play state.
 */
export interface VideoListener {
  /** A new frame is on screen (not called for frames of an earlier seek while seeking). */
  onFrame(mediaTimeMs: number): void;
  /** A seek landed (also when no new frame comes, e.g. back to the frame on screen). */
  onSeeked(currentTimeMs: number): void;
  onPlayState(playing: boolean): void;
}

/** Starts following `video`; returns the function that stops. */
export function followVideo(video: HTMLVideoElement, listener: VideoListener): () => void {
  let handle = 0;
  const onFrame = (_now: number, meta: VideoFrameCallbackMetadata): void => {
    // While seeking, frames of an earlier seek may still arrive: the target is already shown.
    if (!video.seeking) listener.onFrame(meta.mediaTime * 1000);
    handle = video.requestVideoFrameCallback(onFrame);
  };
  handle = video.requestVideoFrameCallback(onFrame);
  const onSeeked = () => listener.onSeeked(video.currentTime * 1000);
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
