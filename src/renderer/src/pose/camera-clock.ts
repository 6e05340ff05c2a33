/**
 * Camera frames' times on the page's performance.now() clock, read in the pose worker. A VideoFrame's
 * timestamp is its capture time on the browser's monotonic clock (µs), whose origin a page cannot
 * read. The smallest gap seen between a frame's timestamp and the moment it was read is that
 * offset plus the quickest delivery: so a frame that waited in the camera's buffer while the model
 * was busy keeps the time it arrived, as the video element's frame callback gave it.
 */
export class CameraClock {
  private offsetMs: number | null = null;
  private lastTime = -Infinity;

  /** `pageOffsetMs`: what to add to this thread's performance.now() for the page's. */
  constructor(private readonly pageOffsetMs: number) {}

  /** The page time at which the frame of `timestampUs`, read at `readAtMs` (this thread), arrived. */
  pageTime(timestampUs: number, readAtMs: number): number {
    const captured = timestampUs / 1000;
    const readAt = readAtMs + this.pageOffsetMs;
    const offset = readAt - captured;
    if (this.offsetMs === null || offset < this.offsetMs) this.offsetMs = offset;
    // A camera whose timestamps do not follow the clock (frozen, restarted, drifting) would give
    // times that stand still or trail the reading: start again from this frame instead.
    const time = captured + this.offsetMs;
    if (time <= this.lastTime || time < readAt - MAX_WAIT_MS) this.offsetMs = offset;
    this.lastTime = captured + this.offsetMs;
    return this.lastTime;
  }
}

/** Longer than any frame waits to be read (the camera's buffer holds the newest frame only). */
const MAX_WAIT_MS = 250;
