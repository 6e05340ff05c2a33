/** Frames drawn per second and the median frame→overlay latency, over a sliding window. */
export class PipelineStats {
  private readonly drawnAt: number[] = [];
  private readonly latencies: number[] = [];

  constructor(
    private readonly windowMs = 1000,
    private readonly latencySamples = 30,
  ) {}

  record(frameTime: number, drawnAt: number): void {
    this.drawnAt.push(drawnAt);
    while (this.drawnAt.length > 0 && this.drawnAt[0] <= drawnAt - this.windowMs) this.drawnAt.shift();
    this.latencies.push(drawnAt - frameTime);
    if (this.latencies.length > this.latencySamples) this.latencies.shift();
  }

  /** Frames drawn in the last window, per second; null before two frames are drawn. */
  fps(now: number): number | null {
    while (this.drawnAt.length > 0 && this.drawnAt[0] <= now - this.windowMs) this.drawnAt.shift();
    return this.latencies.length < 2 ? null : (this.drawnAt.length * 1000) / this.windowMs;
  }

  medianLatencyMs(): number | null {
    if (this.latencies.length === 0) return null;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
