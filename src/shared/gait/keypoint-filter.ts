/**
 * Pipeline steps 2–3 on the flat keypoint buffer: short gaps bridged (≤ MAX_GAP_S, for timing only)
 * and the zero-lag low-pass; and the confidence mask that keeps bridged points from ever becoming
 * per-frame numbers.
 */
import { defaultPadlen, filterScratch, filtfiltSeries, zeroLagLowpass, type Biquad } from './butterworth';
import { KP_STRIDE, LOWPASS_HZ, MAX_GAP_S } from './constants';
import { clearPoint, fillGaps, pointScore } from './series';

export interface TrackFilter {
  maxGap: number;
  coef: Biquad;
  padlen: number;
}

export function trackFilter(fs: number): TrackFilter {
  return {
    maxGap: Math.max(1, Math.round(MAX_GAP_S * fs)),
    coef: zeroLagLowpass(LOWPASS_HZ, fs),
    padlen: defaultPadlen(fs, LOWPASS_HZ),
  };
}

/** Bridges and low-passes x and y of each of `keypoints` in place. */
export function filterTracks(d: Float64Array, n: number, keypoints: readonly number[], f: TrackFilter): void {
  const scratch = filterScratch(n, f.padlen);
  for (const k of keypoints) {
    for (let c = 0; c < 2; c++) {
      fillGaps(d, k * 3 + c, KP_STRIDE, n, f.maxGap);
      filtfiltSeries(f.coef, d, k * 3 + c, KP_STRIDE, n, f.padlen, scratch);
    }
  }
}

/** 1 where the model was confident of a point (n × 17), from an unfiltered buffer. */
export function confidenceMask(d: Float64Array, n: number): Uint8Array {
  const mask = new Uint8Array(n * 17);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < 17; k++) mask[i * 17 + k] = pointScore(d, i * KP_STRIDE, k) > 0 ? 1 : 0;
  return mask;
}

/** A copy of the filtered buffer with the points the model was not confident of missing again. */
export function confidentOnly(d: Float64Array, mask: Uint8Array, n: number): Float64Array {
  const out = d.slice();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 17; k++) {
      if (mask[i * 17 + k] !== 1) clearPoint(out, i * KP_STRIDE, k);
    }
  }
  return out;
}
