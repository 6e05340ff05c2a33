/**
 * Gait events by the coordinate-based method of Zeni, Richards & Higginson (Gait & Posture 2008):
 * foot contact at each maximum, lift-off at each minimum of the ankle's position relative to the
 * pelvis along the direction of walking. The direction of walking is the facing direction when
 * walking forward and its opposite when walking backward (where the leading foot is the one behind
 * the body), so the same rule holds for backward walking and, since only relative positions are
 * used, on a treadmill where the body does not travel.
 * Extremes are found with hysteresis (a peak counts once the signal has fallen back by h), which
 * keeps noise from making extra events; each is refined to sub-frame time by a parabola.
 */
import { EVENT_HYSTERESIS_MIN_SHANKS, EVENT_HYSTERESIS_SHARE, MEDIAN_SAMPLES, SETTLED_RATE } from './constants';
import { at, percentileSorted, sortedFinite } from './series';
import type { GaitEvent, Side } from './types';

export interface WalkRange {
  /** Frames [start, end). */
  start: number;
  end: number;
  /** Image-x sign of the walking direction: +1 = image-right, −1 = image-left. */
  u: number;
}

export interface EventInput {
  /** Frame times (s). */
  t: ArrayLike<number>;
  /** Ankle x minus pelvis x (px) per frame for each leg, NaN where unknown. */
  rel: Record<Side, ArrayLike<number>>;
  ranges: readonly WalkRange[];
  /** Shank length (px); thresholds are in shank lengths. */
  shankPx: number;
  /** Hysteresis as a share of the 5–95 % range of the signal (default EVENT_HYSTERESIS_SHARE). */
  hysteresis?: number;
}

export interface DetectedEvent extends GaitEvent {
  /** Frame index nearest to the event. */
  frame: number;
}

export function detectGaitEvents(input: EventInput): DetectedEvent[] {
  const out: DetectedEvent[] = [];
  const share = input.hysteresis ?? EVENT_HYSTERESIS_SHARE;
  for (const range of input.ranges) {
    for (const side of ['left', 'right'] as const) {
      const src = input.rel[side];
      const len = range.end - range.start;
      if (len < 3) continue;
      const r = new Float64Array(len);
      for (let i = 0; i < len; i++) r[i] = (range.u * src[range.start + i]!) / input.shankPx;
      const sampled = len > MEDIAN_SAMPLES ? r.filter((_, j) => j % Math.ceil(len / MEDIAN_SAMPLES) === 0) : r;
      // NaN when the leg is never seen: then no comparison with h holds and no extreme is found
      const h = hysteresisOf(sortedFinite(sampled), share);
      // finite runs inside the range
      let i = 0;
      while (i < len) {
        while (i < len && r[i] !== r[i]) i++;
        const s = i;
        while (i < len && r[i] === r[i]) i++;
        if (i - s >= 3) {
          for (const e of extremes(r, s, i, h)) {
            const frame = range.start + e.idx;
            out.push({
              t_s: refineTime(input.t, r, e.idx, range.start, s, i),
              side,
              kind: e.max ? 'contact' : 'liftoff',
              frame,
            });
          }
        }
      }
    }
  }
  out.sort((a, b) => a.t_s - b.t_s);
  return out;
}

/**
 * Hysteresis of a signal (shank lengths) from its sorted finite values: `share` of its 5–95 % range,
 * at least EVENT_HYSTERESIS_MIN_SHANKS.
 */
export function hysteresisOf(sorted: Float64Array, share = EVENT_HYSTERESIS_SHARE): number {
  return Math.max(EVENT_HYSTERESIS_MIN_SHANKS, share * (percentileSorted(sorted, 95) - percentileSorted(sorted, 5)));
}

export interface Extreme {
  idx: number;
  max: boolean;
  /** The last extreme, accepted because the signal settled after it (see `settle`). */
  settled?: boolean;
}

/**
 * Alternating maxima/minima of r[s, e) with hysteresis h; boundary extremes need ≥ h/2 on their
 * open side. With `settle` > 0, the last pending extreme is also accepted when at least `settle`
 * samples follow it without going past it (a walker who stops never comes back by h/2); it is then
 * placed where the motion into it stopped (settlePoint).
 */
export function extremes(r: ArrayLike<number>, s: number, e: number, h: number, settle = 0): Extreme[] {
  const out: Extreme[] = [];
  let mode = 0; // 0 = unknown, 1 = seeking a max, −1 = seeking a min
  // every index read below lies in [s, e), within r
  let maxI = s,
    minI = s,
    cand = s;
  const push = (idx: number, max: boolean) => {
    if (idx <= s || idx >= e - 1) return; // an extreme at the edge of the data is not an event
    out.push({ idx, max });
  };
  for (let i = s; i < e; i++) {
    const x = r[i]!;
    if (mode === 0) {
      // a plateau counts at its last sample, as below
      if (x >= r[maxI]!) maxI = i;
      if (x <= r[minI]!) minI = i;
      if (r[maxI]! - r[minI]! >= h) {
        if (maxI > minI) {
          // the minimum came first: valid only if the signal fell into it by ≥ h/2 from the start
          if (leftMax(r, s, minI) - r[minI]! >= h / 2) push(minI, false);
          mode = 1;
          cand = maxI;
        } else {
          if (r[maxI]! - leftMin(r, s, maxI) >= h / 2) push(maxI, true);
          mode = -1;
          cand = minI;
        }
      }
    } else if (mode === 1) {
      if (x >= r[cand]!) cand = i;
      else if (r[cand]! - x >= h) {
        push(cand, true);
        mode = -1;
        cand = i;
      }
    } else {
      if (x <= r[cand]!) cand = i;
      else if (x - r[cand]! >= h) {
        push(cand, false);
        mode = 1;
        cand = i;
      }
    }
  }
  if (mode !== 0) {
    // the pending candidate: accept when the data after it moved back by at least h/2
    let back = 0;
    for (let i = cand + 1; i < e; i++) back = Math.max(back, mode === 1 ? r[cand]! - r[i]! : r[i]! - r[cand]!);
    if (back >= h / 2) push(cand, mode === 1);
    else if (settle > 0 && e - 1 - cand >= settle) {
      // after the previous extreme (or s) and at least `settle` samples before e: never at an edge
      out.push({ idx: settlePoint(r, out.at(-1)?.idx ?? s, cand, mode), max: mode === 1, settled: true });
    }
  }
  return out;
}

/**
 * Where the approach to a settled extreme at `cand` (from `from`) stops: the first sample after
 * its fastest rate of change at which the rate falls under SETTLED_RATE of that, else `cand`.
 */
export function settlePoint(r: ArrayLike<number>, from: number, cand: number, mode: number): number {
  let fastest = 0,
    fastestAt = from;
  for (let i = from + 1; i <= cand; i++) {
    const rate = mode * (r[i]! - r[i - 1]!);
    if (rate > fastest) {
      fastest = rate;
      fastestAt = i;
    }
  }
  for (let i = fastestAt + 1; i <= cand; i++) if (mode * (r[i]! - r[i - 1]!) < SETTLED_RATE * fastest) return i - 1;
  return cand;
}

function leftMax(r: ArrayLike<number>, s: number, idx: number): number {
  let m = -Infinity;
  for (let i = s; i <= idx; i++) {
    const x = r[i]!;
    if (x > m) m = x;
  }
  return m;
}
function leftMin(r: ArrayLike<number>, s: number, idx: number): number {
  let m = Infinity;
  for (let i = s; i <= idx; i++) {
    const x = r[i]!;
    if (x < m) m = x;
  }
  return m;
}

/** Sub-frame time of the extreme at local index idx by parabolic interpolation. */
export function refineTime(
  t: ArrayLike<number>,
  r: ArrayLike<number>,
  idx: number,
  base: number,
  s: number,
  e: number,
): number {
  const ti = at(t, base + idx);
  if (idx - 1 < s || idx + 1 >= e) return ti;
  const a = at(r, idx - 1),
    b = at(r, idx),
    c = at(r, idx + 1);
  const den = a - 2 * b + c;
  if (den === 0) return ti;
  const delta = Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / den));
  return ti + (delta >= 0 ? delta * (at(t, base + idx + 1) - ti) : delta * (ti - at(t, base + idx - 1)));
}
