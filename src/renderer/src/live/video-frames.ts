/**
 * Calls back once per new video frame with the time it reached the page (performance.now() clock):
 * requestVideoFrameCallback where the browser has it, otherwise requestAnimationFrame, skipping
 * repaints that show no new frame. Returns a function that stops the calls.
 */
export function onVideoFrames(video: HTMLVideoElement, callback: (frameTime: number) => void): () => void {
  let stopped = false;
  if ('requestVideoFrameCallback' in HTMLVideoElement.prototype) {
    let handle = 0;
    const next = (): void => {
      handle = video.requestVideoFrameCallback(() => {
        if (stopped) return;
        callback(performance.now());
        next();
      });
    };
    next();
    return () => {
      stopped = true;
      video.cancelVideoFrameCallback(handle);
    };
  }
  let handle = 0;
  let lastTime = -1;
  const tick = (): void => {
    if (stopped) return;
    if (video.currentTime !== lastTime && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
      lastTime = video.currentTime;
      callback(performance.now());
    }
    handle = requestAnimationFrame(tick);
  };
  handle = requestAnimationFrame(tick);
  return () => {
    stopped = true;
    cancelAnimationFrame(handle);
  };
}
