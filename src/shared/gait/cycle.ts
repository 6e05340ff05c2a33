/**
 * Gait-cycle tools for comparing sessions (docs/metrics.md, "Gait cycles"): a leg's cycles (contact
 * to its next contact), a signal resampled over one cycle at 0…100 %, the mean ± SD cycle, and the
 * first common foot contact that starts two videos in step.
 */
import { MAX_GAP_S, MIN_CYCLE_COVERAGE } from './constants';
import { at } from './series';
import { MAX_STEP_S } from './steps';
import type { GaitEvent, Side } from './types';

export interface GaitCycle {
  start_s: number;
  end_s: number;
}

export { MIN_CYCLE_COVERAGE };
/** Times closer than this (s) are the same time (rounding of frame times). */
const EPS_S = 1e-9;

/**
 * A leg's gait cycles: each of its (measured, not inferred) contacts to its next one, kept when the
 * other foot makes exactly one contact in between and both steps last ≤ MAX_STEP_S (2 s, longer is
 * a pause): a cycle with a stop, a missed or an extra contact is no cycle.
 */
export function gaitCycles(events: readonly GaitEvent[], side: Side): GaitCycle[] {
  const contacts = events.filter((e) => e.kind === 'contact').sort((a, b) => a.t_s - b.t_s);
  const cycles: GaitCycle[] = [];
  let start: GaitEvent | null = null;
  let between: GaitEvent[] = [];
  for (const c of contacts) {
    if (c.side !== side) {
      between.push(c);
      continue;
    }
    const [middle] = between;
    if (start && !start.inferred && !c.inferred && between.length === 1 && middle) {
      const mid = middle.t_s;
      if (mid - start.t_s <= MAX_STEP_S && c.t_s - mid <= MAX_STEP_S) cycles.push({ start_s: start.t_s, end_s: c.t_s });
    }
    start = c;
    between = [];
  }
  return cycles;
}

/**
 * `values` (sampled at ascending `times_s`) at `samples` evenly spaced points from 0 to 100 % of the
 * cycle, by linear interpolation between the neighbouring samples; null where a neighbour is missing
 * (null or not finite), the neighbours are more than MAX_GAP_S apart, or the cycle runs outside the data.
 */
export function normaliseCycle(
  times_s: readonly number[],
  values: readonly (number | null)[],
  cycle: GaitCycle,
  samples = 101,
): (number | null)[] {
  const out = new Array<number | null>(samples).fill(null);
  const duration = cycle.end_s - cycle.start_s;
  if (!(duration > 0) || samples < 2) return out;
  let j = firstAtOrAfter(times_s, cycle.start_s);
  for (let i = 0; i < samples; i++) {
    const t = cycle.start_s + (duration * i) / (samples - 1);
    while (j < times_s.length && at(times_s, j) < t) j++;
    // the samples around t; undefined past either end of the data
    const t0 = times_s[j - 1],
      t1 = times_s[j];
    // a sample within rounding of t (e.g. 0.7 × 6 / 7 vs a frame at 0.6) is taken as it is
    if (t1 !== undefined && t1 - t < EPS_S) {
      out[i] = known(values[j]);
      continue;
    }
    if (t0 !== undefined && t - t0 < EPS_S) {
      out[i] = known(values[j - 1]);
      continue;
    }
    if (t0 === undefined || t1 === undefined) continue;
    const v0 = known(values[j - 1]),
      v1 = known(values[j]);
    if (v0 == null || v1 == null || t1 - t0 > MAX_GAP_S) continue;
    out[i] = v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
  return out;
}

export interface MeanCycle {
  /** 0…100, the cycle's percentages. */
  pct: number[];
  /** Mean over the cycles known at each percentage; null where none is. */
  mean: (number | null)[];
  /** Sample standard deviation (n − 1) at each percentage; null with fewer than two cycles there. */
  sd: (number | null)[];
  /** Cycles used: those known at ≥ 60 % of their samples. */
  cycles: number;
}

export function meanCycle(
  times_s: readonly number[],
  values: readonly (number | null)[],
  cycles: readonly GaitCycle[],
  samples = 101,
): MeanCycle {
  const sum = new Float64Array(samples),
    sumSq = new Float64Array(samples),
    n = new Uint32Array(samples);
  let used = 0;
  for (const cycle of cycles) {
    const curve = normaliseCycle(times_s, values, cycle, samples);
    const knownCount = curve.reduce((k: number, v) => (v == null ? k : k + 1), 0);
    if (knownCount < MIN_CYCLE_COVERAGE * samples) continue;
    used++;
    // curves and the sums have `samples` entries each
    curve.forEach((v, i) => {
      if (v == null) return;
      sum[i]! += v;
      sumSq[i]! += v * v;
      n[i]!++;
    });
  }
  const pct = Array.from({ length: samples }, (_, i) => (100 * i) / (samples - 1));
  const mean = pct.map((_, i) => (n[i] ? sum[i]! / n[i] : null));
  const sd = pct.map((_, i) => {
    const c = n[i]!,
      s = sum[i]!;
    return c > 1 ? Math.sqrt(Math.max(0, (sumSq[i]! - (s * s) / c) / (c - 1))) : null;
  });
  return { pct, mean, sd, cycles: used };
}

export interface CycleAlignment {
  side: Side;
  a_s: number;
  b_s: number;
}

/**
 * Where to start two sessions so they play in step: the first contact of the same foot in each,
 * measured contacts preferred over inferred ones. Without `side`, the foot whose two contacts come
 * earliest (smallest a_s + b_s), measured pairs first; null when no foot has a contact in both.
 */
export function cycleAlignment(a: readonly GaitEvent[], b: readonly GaitEvent[], side?: Side): CycleAlignment | null {
  const sides: Side[] = side ? [side] : ['left', 'right'];
  let best: (CycleAlignment & { measured: boolean }) | null = null;
  for (const s of sides) {
    const ca = firstContact(a, s),
      cb = firstContact(b, s);
    if (!ca || !cb) continue;
    const candidate = { side: s, a_s: ca.t_s, b_s: cb.t_s, measured: !ca.inferred && !cb.inferred };
    const better =
      !best ||
      (candidate.measured && !best.measured) ||
      (candidate.measured === best.measured && candidate.a_s + candidate.b_s < best.a_s + best.b_s);
    if (better) best = candidate;
  }
  return best && { side: best.side, a_s: best.a_s, b_s: best.b_s };
}

/** The earliest measured contact of the side, else its earliest inferred one. */
function firstContact(events: readonly GaitEvent[], side: Side): GaitEvent | null {
  let measured: GaitEvent | null = null,
    inferred: GaitEvent | null = null;
  for (const e of events) {
    if (e.kind !== 'contact' || e.side !== side) continue;
    if (e.inferred) {
      if (!inferred || e.t_s < inferred.t_s) inferred = e;
    } else if (!measured || e.t_s < measured.t_s) measured = e;
  }
  return measured ?? inferred;
}

function known(v: number | null | undefined): number | null {
  return v != null && Number.isFinite(v) ? v : null;
}

/** Index of the first time ≥ t (binary search), or the length when none. */
function firstAtOrAfter(times: readonly number[], t: number): number {
  let lo = 0,
    hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(times, mid) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
