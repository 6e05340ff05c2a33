/**
 * A take's time with its paused stretches cut out. MediaRecorder leaves paused time out of the
 * video, so a frame's stored time is its time since the start less the pauses before it, and a
 * frame drawn while paused is not stored: the keypoints and the video keep agreeing.
 * Times are performance.now() milliseconds, as the frames' times are.
 */
export class PausedSpans {
  private readonly closed: Array<{ from: number; to: number }> = [];
  private openFrom: number | null = null;

  constructor(private readonly startedAt: number) {}

  get paused(): boolean {
    return this.openFrom !== null;
  }

  pause(at: number): void {
    if (this.openFrom === null) this.openFrom = at;
  }

  resume(at: number): void {
    if (this.openFrom === null) return;
    this.closed.push({ from: this.openFrom, to: Math.max(at, this.openFrom) });
    this.openFrom = null;
  }

  /** The frame's time in the stored take (ms), null when it falls before the start or in a pause. */
  storedTime(frameTime: number): number | null {
    if (frameTime < this.startedAt) return null;
    if (this.openFrom !== null && frameTime >= this.openFrom) return null;
    let cut = 0;
    for (const { from, to } of this.closed) {
      if (frameTime >= to) cut += to - from;
      else if (frameTime >= from) return null;
    }
    return frameTime - this.startedAt - cut;
  }

  /** The stored take's length (ms) when it ends at `now`: up to the pause it ends in, less the earlier pauses. */
  storedDuration(now: number): number {
    const end = this.openFrom ?? now;
    const cut = this.closed.reduce((sum, { from, to }) => sum + (to - from), 0);
    return Math.max(0, end - this.startedAt - cut);
  }
}
