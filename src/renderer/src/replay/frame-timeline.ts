/**
 * Media time ↔ stored keypoint frame. A video frame is on screen from its presentation time until
 * the next one, so the keypoints shown at time t are those of the last stored frame at or before t
 * ("sample and hold"), as long as that frame is not stale: where frames were dropped (a gap in the
 * timestamps) no skeleton is shown rather than an old one on a body that has moved on.
 */

/**
 * Compare stored times with media times with this slack: a recording's WebM keeps whole
 * milliseconds, so the video reports a frame up to 1 ms before the pose's stored time (kept to
 * 0.01 ms). With 0.1 ms, a recording's replay drew the frame before's skeleton on some pictures.
 */
export const SLACK_MS = 1;
/** A frame is held on screen up to this many typical frame intervals. */
const HOLD_INTERVALS = 1.5;

export class FrameTimeline {
  /** Frame times in ms, ascending. */
  readonly times: Float64Array;
  /** Typical interval between frames (median), ms. */
  readonly intervalMs: number;

  constructor(timesMs: ArrayLike<number>) {
    this.times = Float64Array.from(timesMs);
    for (let i = 1; i < this.times.length; i++) {
      if (!(this.times[i] >= this.times[i - 1]))
        throw new Error(`frame times must ascend: frame ${i} is at ${this.times[i]} ms, after ${this.times[i - 1]} ms`);
    }
    this.intervalMs = medianInterval(this.times);
  }

  get count(): number {
    return this.times.length;
  }

  /** Time of the end of the last frame, ms: how long the replay lasts. */
  get endMs(): number {
    const n = this.times.length;
    return n ? this.times[n - 1] + this.intervalMs : 0;
  }

  /** The last frame at or before `timeMs`, or -1 before the first. */
  floorIndex(timeMs: number): number {
    let lo = 0,
      hi = this.times.length - 1,
      found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid] <= timeMs + SLACK_MS) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The frame whose keypoints belong on screen at `timeMs`, or -1 (before the first, or in a gap). */
  frameAt(timeMs: number): number {
    const i = this.floorIndex(timeMs);
    if (i < 0) return -1;
    return timeMs - this.times[i] <= HOLD_INTERVALS * this.intervalMs + SLACK_MS ? i : -1;
  }

  /** The frame nearest to `timeMs` (for events and chart clicks, which name a moment, not a frame). */
  nearestIndex(timeMs: number): number {
    const i = this.floorIndex(timeMs);
    if (i < 0) return this.times.length ? 0 : -1;
    const next = i + 1;
    return next < this.times.length && this.times[next] - timeMs < timeMs - this.times[i] ? next : i;
  }

  /**
   * Where to seek the media so frame `index` is the one presented: the middle of its time on screen
   * (at most half a typical interval in, so a frame before a gap is still held there). Chromium,
   * paused and sought 5 ms into a frame, showed the frame before in 54 of 228 seeks on a recording
   * with jittered frame times; in the middle, 1 of 228 (and the overlay follows what is shown: see
   * follow-video.ts).
   */
  seekTimeMs(index: number): number {
    const i = this.clamp(index);
    const next = i + 1 < this.times.length ? this.times[i + 1] : this.times[i] + this.intervalMs;
    return this.times[i] + Math.min(next - this.times[i], this.intervalMs) / 2;
  }

  /** The frame `delta` frames away from what is shown at `timeMs` (a gap counts from the frame before it). */
  stepFrom(timeMs: number, delta: number): number {
    const shown = this.frameAt(timeMs);
    const floor = this.floorIndex(timeMs);
    if (shown < 0 && delta < 0) return this.clamp(floor + 1 + delta);
    return this.clamp(floor + delta);
  }

  private clamp(index: number): number {
    return Math.max(0, Math.min(this.times.length - 1, index));
  }
}

function medianInterval(times: Float64Array): number {
  if (times.length < 2) return 1000 / 30;
  const gaps = new Float64Array(times.length - 1);
  for (let i = 1; i < times.length; i++) gaps[i - 1] = times[i] - times[i - 1];
  gaps.sort();
  const m = gaps.length >> 1;
  const median = gaps.length % 2 ? gaps[m] : (gaps[m - 1] + gaps[m]) / 2;
  return median > 0 ? median : 1000 / 30;
}
