/**
 * Pixel scale from the shank (knee–ankle, 0.246 H). In a side view the shank moves in the image
 * plane, so its apparent length is close to its true length; the median over confident frames of
 * both legs is robust to single-frame errors (swaps, a misplaced ankle). The thigh is not used: the
 * MoveNet hip point sits above the true hip joint by a variable amount.
 */
import { KP } from '../pose/keypoints';
import { KP_STRIDE, MEDIAN_SAMPLES, SHANK_PER_HEIGHT } from './constants';
import { median, pointX, pointY } from './series';

/** Median shank length (px) over frames [start, end) of a flat buffer; NaN when none is visible. */
export function estimateShankPx(d: Float64Array, n: number, start = 0, end = n): number {
  const step = Math.max(1, Math.floor((end - start) / MEDIAN_SAMPLES));
  const lens = new Float64Array(2 * Math.ceil(Math.max(0, end - start) / step)).fill(NaN);
  for (let i = start, j = 0; i < end; i += step, j += 2) {
    const o = i * KP_STRIDE;
    const lx = pointX(d, o, KP.leftKnee) - pointX(d, o, KP.leftAnkle),
      ly = pointY(d, o, KP.leftKnee) - pointY(d, o, KP.leftAnkle);
    const rx = pointX(d, o, KP.rightKnee) - pointX(d, o, KP.rightAnkle),
      ry = pointY(d, o, KP.rightKnee) - pointY(d, o, KP.rightAnkle);
    lens[j] = Math.sqrt(lx * lx + ly * ly);
    lens[j + 1] = Math.sqrt(rx * rx + ry * ry);
  }
  return median(lens);
}

/** Centimetres per pixel for a person of heightCm whose shank measures shankPx. */
export function cmPerPx(heightCm: number, shankPx: number): number {
  return (heightCm * SHANK_PER_HEIGHT) / shankPx;
}

/** Stature in px from the shank length. */
export function statureFromShank(shankPx: number): number {
  return shankPx / SHANK_PER_HEIGHT;
}
