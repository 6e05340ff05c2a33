/**
 * Keypoint smoothing for the live view: the One Euro filter (from the `1eurofilter` package by its
 * authors) with pose-detection's MoveNet settings (KEYPOINT_FILTER_CONFIG), on coordinates
 * normalised to the image as pose-detection filters them.
 */
import { OneEuroFilter } from '1eurofilter';
import type { Keypoint } from '../../../shared/pose/types';

const SETTINGS = { frequency: 30, minCutoff: 2.5, beta: 300, dCutoff: 2.5 };
/** After a longer gap the old state says nothing about the new position. */
const MAX_GAP_MS = 500;

export class KeypointSmoother {
  private filters: Array<[OneEuroFilter, OneEuroFilter]> = [];
  private lastMs = -Infinity;

  apply(keypoints: readonly Keypoint[], timeMs: number, image: { width: number; height: number }): Keypoint[] {
    if (timeMs <= this.lastMs || timeMs - this.lastMs > MAX_GAP_MS) this.reset();
    this.lastMs = timeMs;
    const { frequency, minCutoff, beta, dCutoff } = SETTINGS;
    while (this.filters.length < keypoints.length) {
      this.filters.push([new OneEuroFilter(frequency, minCutoff, beta, dCutoff), new OneEuroFilter(frequency, minCutoff, beta, dCutoff)]);
    }
    const seconds = timeMs / 1000;
    return keypoints.map(([x, y, score], i): Keypoint => [
      this.filters[i][0].filter(x / image.width, seconds) * image.width,
      this.filters[i][1].filter(y / image.height, seconds) * image.height,
      score,
    ]);
  }

  reset(): void {
    for (const [fx, fy] of this.filters) { fx.reset(); fy.reset(); }
    this.lastMs = -Infinity;
  }
}
