/**
 * Flat keypoint buffers and small numeric helpers. A session is stored as one Float64Array of
 * n × 51 numbers (17 keypoints × x, y, score); a keypoint below the score threshold or a frame
 * without a person has x = y = NaN and score 0, so it never turns into a number.
 */
import { KP_STRIDE } from './constants';
import type { Keypoint, PoseFrame } from './types';

/**
 * Keypoint k's x, y and score in the frame at offset o of a flat buffer (NaN, NaN, 0 where missing).
 * Every caller passes a frame's own offset (a multiple of KP_STRIDE within the buffer) and k < 17, so
 * the slot exists.
 */
export function pointX(d: Float64Array, o: number, k: number): number {
  return d[o + k * 3]!;
}
export function pointY(d: Float64Array, o: number, k: number): number {
  return d[o + k * 3 + 1]!;
}
export function pointScore(d: Float64Array, o: number, k: number): number {
  return d[o + k * 3 + 2]!;
}

/**
 * a[i] for an index the caller keeps within a's length (a loop over the array's own range, or an
 * index found in it), so the element exists.
 */
export function at<T>(a: ArrayLike<T>, i: number): T {
  return a[i]!;
}

/** Each element with the one after it: [a0, a1], [a1, a2], … */
export function consecutivePairs<T>(items: readonly T[]): Array<[T, T]> {
  const pairs: Array<[T, T]> = [];
  for (let i = 1; i < items.length; i++) pairs.push([items[i - 1]!, items[i]!]);
  return pairs;
}

/** Marks keypoint k of the frame at offset o missing: x = y = NaN, score 0. */
export function clearPoint(d: Float64Array, o: number, k: number): void {
  d[o + k * 3] = d[o + k * 3 + 1] = NaN;
  d[o + k * 3 + 2] = 0;
}

export interface KeypointBuffer {
  n: number;
  /** n × 51: x, y, score per keypoint; NaN x/y where missing or below the score threshold. */
  data: Float64Array;
  /** Frame times in seconds. */
  t: Float64Array;
  /** 1 where the frame had a person. */
  present: Uint8Array;
}

/** Writes one frame's keypoints into `out` at `o`; returns the number of confident keypoints. */
export function packKeypoints(
  kps: ArrayLike<Keypoint> | null | undefined,
  minScore: number,
  out: Float64Array,
  o: number,
): number {
  let count = 0;
  for (let k = 0; k < 17; k++) {
    const p = kps && k < kps.length ? kps[k] : undefined;
    const j = o + k * 3;
    const x = p ? p[0] : NaN,
      y = p ? p[1] : NaN,
      s = p ? p[2] : NaN;
    // (NaN fails every comparison; ±Infinity is rejected by the subtraction test)
    if (s >= minScore && s <= 1e9 && x - x === 0 && y - y === 0) {
      out[j] = x;
      out[j + 1] = y;
      out[j + 2] = s;
      count++;
    } else {
      out[j] = NaN;
      out[j + 1] = NaN;
      out[j + 2] = 0;
    }
  }
  return count;
}

export function framesToBuffer(frames: readonly PoseFrame[], minScore: number): KeypointBuffer {
  const n = frames.length;
  const data = new Float64Array(n * KP_STRIDE);
  const t = new Float64Array(n);
  const present = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = frames[i];
    t[i] = (f?.t ?? NaN) / 1000;
    const kps = f?.keypoints ?? null;
    present[i] = kps && kps.length >= 17 ? 1 : 0;
    packKeypoints(present[i] ? kps : null, minScore, data, i * KP_STRIDE);
  }
  return { n, data, t, present };
}

/** Exchanges keypoints a and b (x, y and score) of frame i, in place. */
export function swapPoints(d: Float64Array, i: number, a: number, b: number): void {
  const oa = i * KP_STRIDE + a * 3,
    ob = i * KP_STRIDE + b * 3;
  for (let j = 0; j < 3; j++) {
    const tmp = d[oa + j]!;
    d[oa + j] = d[ob + j]!;
    d[ob + j] = tmp;
  }
}

/**
 * Bridges gaps of at most `maxGap` samples in a strided series by linear interpolation
 * (only between two finite samples; leading/trailing gaps stay NaN). Returns the samples filled.
 */
export function fillGaps(v: Float64Array, offset: number, stride: number, n: number, maxGap: number): number {
  let last = -1;
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const x = v[offset + i * stride]!;
    if (x !== x) continue;
    if (last >= 0 && i - last > 1 && i - last - 1 <= maxGap) {
      const x0 = v[offset + last * stride]!;
      for (let j = last + 1; j < i; j++) {
        v[offset + j * stride] = x0 + ((x - x0) * (j - last)) / (i - last);
        filled++;
      }
    }
    last = i;
  }
  return filled;
}

/** The finite values, sorted (typed-array sort: numeric and fast). */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  let c = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) c++;
  const a = new Float64Array(c);
  c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x === x) a[c++] = x;
  }
  return a.sort();
}

export function median(values: ArrayLike<number>): number {
  const a = sortedFinite(values);
  if (a.length === 0) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
}

/** Percentile (0..100) of the finite values, linear interpolation. */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileSorted(sortedFinite(values), p);
}

export function percentileSorted(a: Float64Array, p: number): number {
  if (a.length === 0) return NaN;
  const r = (p / 100) * (a.length - 1);
  const lo = Math.floor(r);
  const hi = Math.min(a.length - 1, lo + 1);
  return a[lo]! + (a[hi]! - a[lo]!) * (r - lo);
}

export function mean(values: ArrayLike<number>): number {
  let s = 0,
    c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x === x) {
      s += x;
      c++;
    }
  }
  return c ? s / c : NaN;
}

/** The mean of the finite values added one at a time (NaN before any): `mean` without the array. */
export class FiniteMean {
  private sum = 0;
  private count = 0;
  add(x: number): void {
    if (x === x) {
      this.sum += x;
      this.count++;
    }
  }
  value(): number {
    return this.count ? this.sum / this.count : NaN;
  }
}

export function std(values: ArrayLike<number>): number {
  const m = mean(values);
  if (m !== m) return NaN;
  let s = 0,
    c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x === x) {
      s += (x - m) ** 2;
      c++;
    }
  }
  return c > 1 ? Math.sqrt(s / (c - 1)) : NaN;
}

/**
 * Centered moving average over a window of ±half samples, ignoring NaN; NaN where the window has
 * fewer than `minCount` finite samples. O(n) with running sums.
 */
export function movingAverage(v: ArrayLike<number>, half: number, minCount = 1): Float64Array {
  const n = v.length;
  const out = new Float64Array(n);
  let sum = 0,
    cnt = 0;
  let lo = 0,
    hi = -1; // current window [lo, hi]
  for (let i = 0; i < n; i++) {
    const wantHi = Math.min(n - 1, i + half);
    const wantLo = Math.max(0, i - half);
    while (hi < wantHi) {
      hi++;
      const x = v[hi]!;
      if (x === x) {
        sum += x;
        cnt++;
      }
    }
    while (lo < wantLo) {
      const x = v[lo]!;
      if (x === x) {
        sum -= x;
        cnt--;
      }
      lo++;
    }
    out[i] = cnt >= minCount ? sum / cnt : NaN;
  }
  return out;
}

/**
 * Velocity (per s) at sample i of the series v[offset + j·stride], j in [0, n), sampled at times
 * t[j] (s): the central difference (across a missing sample i too), one-sided from sample i where a
 * neighbour is missing (NaN) or past an end; NaN when that leaves no two samples or time does not
 * advance between them.
 */
export function velocityAt(
  v: ArrayLike<number>,
  offset: number,
  stride: number,
  n: number,
  t: ArrayLike<number>,
  i: number,
): number {
  // i and its neighbours in [0, n) are samples of the series
  const vi = v[offset + i * stride]!;
  const pa = i > 0 ? v[offset + (i - 1) * stride]! : NaN,
    pb = i < n - 1 ? v[offset + (i + 1) * stride]! : NaN;
  const a = pa === pa ? i - 1 : i,
    b = pb === pb ? i + 1 : i;
  const xa = a === i ? vi : pa,
    xb = b === i ? vi : pb;
  const dt = t[b]! - t[a]!;
  return a !== b && xa === xa && xb === xb && dt > 0 ? (xb - xa) / dt : NaN;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Midpoint of two strided points, or the one that is present, or NaN. */
export function midX(d: Float64Array, o: number, a: number, b: number): number {
  const xa = pointX(d, o, a),
    xb = pointX(d, o, b);
  if (xa === xa && xb === xb) return (xa + xb) / 2;
  return xa === xa ? xa : xb;
}
export function midY(d: Float64Array, o: number, a: number, b: number): number {
  const ya = pointY(d, o, a),
    yb = pointY(d, o, b);
  if (ya === ya && yb === yb) return (ya + yb) / 2;
  return ya === ya ? ya : yb;
}
