/**
 * The measures behind the balance grade (balance.ts grades them): trunk sway, pelvis sway, rhythm,
 * path deviation, stops and stumbles, over the walking ranges (or the standing runs of a session
 * with less than a second of walking). Each is its own small function; the levels are in constants.ts.
 */
import { KP } from '../pose/keypoints';
import type { BalanceInputs } from './balance';
import {
  BALANCE_MIN_SAMPLES,
  BALANCE_MIN_STEPS,
  BALANCE_MIN_WALK_S,
  KP_STRIDE,
  MAD_TO_SD,
  MAX_STEP_S,
  MEDIAN_SAMPLES,
  PELVIS_TREND_HALF_S,
  STOP_SPELL_MAX_S,
  STOP_STEP_RATIO,
  STUMBLE_STEP_RATIO,
  TRUNK_JERK_GAP_S,
  TRUNK_JERK_MADS,
  TRUNK_JERK_MIN_DEG_S,
} from './constants';
import type { WalkRange } from './events';
import { at, mean, median, midX, midY, movingAverage, pointY, std } from './series';
import { trimmed, type StepTiming } from './steps';
import type { CameraView, WalkDirection } from './types';

type Span = { start: number; end: number };
type LabelledRun = Span & { label: WalkDirection };

export interface BalanceContext {
  /** Filtered keypoints (n × 51). */
  d: Float64Array;
  n: number;
  t: Float64Array;
  fs: number;
  trunk: Float64Array;
  ranges: WalkRange[];
  runs: LabelledRun[];
  steps: StepTiming[];
  stature: number;
  view: CameraView;
  duration: number;
}

export function balanceStats(c: BalanceContext): BalanceInputs {
  const parts = analysedParts(c);
  const pel = pelvisTrack(c);
  const stepTimes = c.steps.map((s) => s.step_time_s).filter((x): x is number => x != null);
  const hasData = parts.length > 0;
  return {
    trunkLeanSdDeg: trunkSway(c.trunk, parts),
    pelvisSwayPct: pelvisSway(pel, parts, c.fs, c.stature),
    stepTimeCvPct: rhythmCv(stepTimes),
    pathDeviationPct: pathDeviation(c, pel),
    stops: hasData ? rhythmStops(c.steps, stepTimes) + standingSpells(c.runs, c.t, c.n) : null,
    stumbles: hasData ? catchSteps(c.steps, stepTimes) + trunkJerks(c.trunk, c.t, parts, c.n) : null,
    minutes: c.duration / 60,
    view: c.view,
  };
}

/** The walking ranges, or the standing runs of a session with less than a second of walking. */
function analysedParts(c: BalanceContext): Span[] {
  let walkFrames = 0;
  for (const r of c.ranges) walkFrames += r.end - r.start;
  return walkFrames / c.fs >= BALANCE_MIN_WALK_S ? c.ranges : c.runs.filter((r) => r.label === 'standing');
}

/** SD (°) of the trunk lean around each part's mean; null under BALANCE_MIN_SAMPLES samples. */
export function trunkSway(trunk: Float64Array, parts: readonly Span[]): number | null {
  let sum = 0,
    count = 0;
  for (const p of parts) {
    const m = mean(trunk.subarray(p.start, p.end));
    for (let i = p.start; i < p.end; i++) {
      const x = trunk[i]!;
      if (x === x) {
        sum += (x - m) ** 2;
        count++;
      }
    }
  }
  return count >= BALANCE_MIN_SAMPLES ? Math.sqrt(sum / (count - 1)) : null;
}

/** Hip midpoint: vertical in a side view, horizontal in a front view (px). */
function pelvisTrack(c: BalanceContext): Float64Array {
  const pel = new Float64Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const o = i * KP_STRIDE;
    pel[i] = c.view === 'front' ? midX(c.d, o, KP.leftHip, KP.rightHip) : midY(c.d, o, KP.leftHip, KP.rightHip);
  }
  return pel;
}

/** SD of the pelvis around its moving average (±PELVIS_TREND_HALF_S), % of stature; null under BALANCE_MIN_SAMPLES samples. */
export function pelvisSway(pel: Float64Array, parts: readonly Span[], fs: number, stature: number): number | null {
  const trend = movingAverage(pel, Math.max(2, Math.round(PELVIS_TREND_HALF_S * fs)));
  let sq = 0,
    sum = 0,
    count = 0;
  for (const p of parts) {
    for (let i = p.start; i < p.end; i++) {
      const x = pel[i]!,
        mid = trend[i]!;
      if (x !== x || mid !== mid) continue;
      const r = x - mid;
      sq += r * r;
      sum += r;
      count++;
    }
  }
  return count >= BALANCE_MIN_SAMPLES
    ? (100 * Math.sqrt(Math.max(0, (sq - (sum * sum) / count) / (count - 1)))) / stature
    : null;
}

/** Coefficient of variation (%) of the (trimmed) step times; null under BALANCE_MIN_STEPS. */
export function rhythmCv(stepTimes: readonly number[]): number | null {
  const kept = trimmed(stepTimes);
  return kept.length >= BALANCE_MIN_STEPS ? (100 * std(kept)) / mean(kept) : null;
}

/** Side view: SD of the contact heights around a line per range; front view: of the pelvis x. % of stature. */
function pathDeviation(c: BalanceContext, pel: Float64Array): number | null {
  const devs: number[] = [];
  if (c.view !== 'front') {
    for (let k = 0; k < c.ranges.length; k++) {
      const pts = c.steps
        .filter((s) => s.range === k && !s.inferred)
        .map((s) => {
          const a = s.side === 'left' ? KP.leftAnkle : KP.rightAnkle;
          return [at(c.t, s.frame), pointY(c.d, s.frame * KP_STRIDE, a)] as const;
        })
        .filter((p) => p[1] === p[1]);
      if (pts.length >= BALANCE_MIN_STEPS) devs.push(...lineResiduals(pts));
    }
  } else {
    for (const r of c.ranges) {
      const pts: Array<readonly [number, number]> = [];
      for (let i = r.start; i < r.end; i++) {
        const y = pel[i]!;
        if (y === y) pts.push([at(c.t, i), y]);
      }
      if (pts.length >= BALANCE_MIN_SAMPLES) devs.push(...lineResiduals(pts));
    }
  }
  return devs.length >= BALANCE_MIN_STEPS ? (100 * std(devs)) / c.stature : null;
}

/** Steps longer than STOP_STEP_RATIO × the median (and still steps): pauses in the rhythm. */
export function rhythmStops(steps: readonly StepTiming[], stepTimes: readonly number[]): number {
  if (stepTimes.length < BALANCE_MIN_STEPS) return 0;
  const m = median(stepTimes);
  return steps.filter(
    (s) => s.step_time_s != null && s.step_time_s > STOP_STEP_RATIO * m && s.step_time_s <= MAX_STEP_S,
  ).length;
}

/** Steps shorter than STUMBLE_STEP_RATIO × the median: catch steps. */
export function catchSteps(steps: readonly StepTiming[], stepTimes: readonly number[]): number {
  if (stepTimes.length < BALANCE_MIN_STEPS) return 0;
  const m = median(stepTimes);
  return steps.filter((s) => s.step_time_s != null && s.step_time_s < STUMBLE_STEP_RATIO * m).length;
}

/** Standing spells shorter than STOP_SPELL_MAX_S between two walking runs. */
export function standingSpells(runs: readonly LabelledRun[], t: ArrayLike<number>, n: number): number {
  const walk = (x: { label: WalkDirection }) => x.label === 'backward' || x.label === 'forward';
  let stops = 0;
  for (const [k, r] of runs.entries()) {
    const before = runs[k - 1],
      after = runs[k + 1];
    if (
      before &&
      after &&
      r.label === 'standing' &&
      walk(before) &&
      walk(after) &&
      at(t, Math.min(n - 1, r.end)) - at(t, r.start) < STOP_SPELL_MAX_S
    )
      stops++;
  }
  return stops;
}

/**
 * Jerks of the trunk: its lean rate (°/s) beyond max(TRUNK_JERK_MIN_DEG_S, TRUNK_JERK_MADS robust SDs)
 * from its median, counted once per TRUNK_JERK_GAP_S.
 */
export function trunkJerks(trunk: Float64Array, t: ArrayLike<number>, parts: readonly Span[], n: number): number {
  const rateAt = new Float64Array(n).fill(NaN);
  let rated = 0;
  for (const p of parts) {
    for (let i = p.start + 1; i < p.end - 1; i++) {
      const before = trunk[i - 1]!,
        after = trunk[i + 1]!;
      if (before === before && after === after) {
        rateAt[i] = (after - before) / (t[i + 1]! - t[i - 1]!);
        rated++;
      }
    }
  }
  if (rated < BALANCE_MIN_SAMPLES) return 0;
  const step = Math.max(1, Math.floor(n / MEDIAN_SAMPLES));
  const sub = new Float64Array(Math.ceil(n / step));
  for (let i = 0, j = 0; i < n; i += step, j++) sub[j] = rateAt[i]!;
  const m = median(sub);
  for (let j = 0; j < sub.length; j++) sub[j] = Math.abs(sub[j]! - m);
  const threshold = Math.max(TRUNK_JERK_MIN_DEG_S, TRUNK_JERK_MADS * median(sub) * MAD_TO_SD);
  let jerks = 0,
    lastT = -Infinity;
  for (let i = 0; i < n; i++) {
    const rate = rateAt[i]!;
    if (rate === rate && Math.abs(rate - m) > threshold) {
      if (t[i]! - lastT > TRUNK_JERK_GAP_S) jerks++;
      lastT = t[i]!;
    }
  }
  return jerks;
}

function lineResiduals(pts: ReadonlyArray<readonly [number, number]>): number[] {
  const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
  const my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
  let sxx = 0,
    sxy = 0;
  for (const [x, y] of pts) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  const b = sxx > 0 ? sxy / sxx : 0;
  return pts.map(([x, y]) => y - (my + b * (x - mx)));
}
