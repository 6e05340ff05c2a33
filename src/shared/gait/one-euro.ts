/**
 * One Euro filter (Casiez, Roussel & Vogel, CHI 2012) for the live display, from the `1eurofilter`
 * package by its authors. Keypoints are filtered in image-height units, so the parameters do not
 * depend on the video resolution.
 */
import { OneEuroFilter } from '1eurofilter';
import { DEFAULT_FPS, ONE_EURO_MAX_GAP_S } from './constants';

export interface OneEuroParams {
  /** Hz: lower = less jitter at rest. */
  minCutoff: number;
  /** Speed coefficient (per image-height/s): higher = less lag when moving fast. */
  beta: number;
  /** Hz: cut-off of the speed estimate. */
  dCutoff: number;
}

export const LIVE_ONE_EURO: OneEuroParams = { minCutoff: 1, beta: 40, dCutoff: 1 };

/** Filters a 2D point; forgets its state after `maxGapS` without samples. */
export class PointFilter {
  private fx: OneEuroFilter;
  private fy: OneEuroFilter;
  private last = -Infinity;
  constructor(
    private readonly p: OneEuroParams = LIVE_ONE_EURO,
    private readonly maxGapS = ONE_EURO_MAX_GAP_S,
  ) {
    // the frame rate the filters start from; they follow the timestamps they are given
    this.fx = new OneEuroFilter(DEFAULT_FPS, p.minCutoff, p.beta, p.dCutoff);
    this.fy = new OneEuroFilter(DEFAULT_FPS, p.minCutoff, p.beta, p.dCutoff);
  }
  /** x, y in pixels, unit = image height in px, tS = time in seconds. */
  filter(x: number, y: number, unit: number, tS: number): [number, number] {
    if (tS - this.last > this.maxGapS || tS <= this.last) this.reset();
    this.last = tS;
    return [this.fx.filter(x / unit, tS) * unit, this.fy.filter(y / unit, tS) * unit];
  }
  reset(): void {
    this.fx.reset();
    this.fy.reset();
    this.last = -Infinity;
  }
}
