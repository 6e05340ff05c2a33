/**
 * Decides which video frames are worth turning into bitmaps for the pose engine. The engine runs one
 * frame and keeps one waiting, and a newer frame replaces the waiting one. When the model is slower
 * than the camera, most waiting frames would be replaced unseen, and each costs a createImageBitmap
 * on the UI thread (1–5 ms here). So while the engine is busy, a frame is only sent when the engine
 * is expected to free up before the next video frame arrives: the frame it picks up stays fresh.
 */
export class FrameGate {
  private inFlight = 0;
  private lastFrameAt: number | null = null;
  private frameIntervalMs = 1000 / 30;
  private lastResultAt: number | null = null;
  /** Recent times between answers; the shortest is when the engine may free up at the earliest. */
  private readonly resultIntervals: number[] = [];

  /** A new video frame at `now` (ms): true when it should be sent to the engine. */
  admit(now: number): boolean {
    if (this.lastFrameAt !== null) this.frameIntervalMs = smooth(this.frameIntervalMs, now - this.lastFrameAt);
    this.lastFrameAt = now;
    if (this.inFlight >= 1 && this.lastResultAt !== null && this.resultIntervals.length > 0) {
      // Erring early: an engine left idle costs throughput, a wasted bitmap only a few ms.
      const earliestFreeAt = this.lastResultAt + Math.min(...this.resultIntervals);
      if (now + this.frameIntervalMs < earliestFreeAt) return false;
    }
    this.inFlight += 1;
    return true;
  }

  /** The engine is done with an admitted frame: answered (`answered`), or dropped / failed. */
  settle(now: number, answered: boolean): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (!answered) return;
    if (this.lastResultAt !== null) {
      this.resultIntervals.push(now - this.lastResultAt);
      if (this.resultIntervals.length > RECENT_RESULTS) this.resultIntervals.shift();
    }
    this.lastResultAt = now;
  }
}

const RECENT_RESULTS = 8;

function smooth(previous: number, sample: number): number {
  return 0.8 * previous + 0.2 * sample;
}
