/**
 * Balance grade 0–100 from five sub-scores, each 100 at or below a "steady" level and 0 at or above
 * a "poor" level, linear in between; the grade is their weighted mean (missing ones left out), and
 * the explanation names the sub-score that cost the most points. Levels are documented in
 * docs/metrics.md; they are product choices informed by the gait literature, not clinical norms.
 */
import { BALANCE_EXPLAIN_MIN_POINTS, BALANCE_RULES } from './constants';
import type { CameraView } from './types';

export interface BalanceInputs {
  /** SD of the trunk lean (deg) while walking (or standing, for a standing session). */
  trunkLeanSdDeg: number | null;
  /** SD of the pelvis displacement around its 1-s moving average, % of stature (vertical in a side view, lateral in a front view). */
  pelvisSwayPct: number | null;
  /** Coefficient of variation of step times, %. */
  stepTimeCvPct: number | null;
  /** SD of the walking line around a straight line, % of stature. */
  pathDeviationPct: number | null;
  /** Stops (pauses in walking) and stumbles (trunk or arm jerks, out-of-rhythm steps). */
  stops: number | null;
  stumbles: number | null;
  /** Minutes analysed (events are counted per minute, at least one minute). */
  minutes: number;
  view: CameraView;
}

export interface BalanceGrade {
  score: number | null;
  subscores: Record<string, number | null>;
  explanation: string;
}

export { BALANCE_RULES };

function linear(x: number | null, good: number, poor: number): number | null {
  if (x == null || !Number.isFinite(x)) return null;
  if (x <= good) return 100;
  if (x >= poor) return 0;
  return (100 * (poor - x)) / (poor - good);
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

export function gradeBalance(b: BalanceInputs): BalanceGrade {
  const perMin =
    b.stops == null && b.stumbles == null ? null : ((b.stops ?? 0) + (b.stumbles ?? 0)) / Math.max(1, b.minutes);
  const values: Record<string, number | null> = {
    trunk_sway: b.trunkLeanSdDeg,
    pelvis_sway: b.pelvisSwayPct,
    rhythm_regularity: b.stepTimeCvPct,
    path_deviation: b.pathDeviationPct,
    stumbles_stops: perMin,
  };
  const subscores: Record<string, number | null> = {};
  let sum = 0,
    wsum = 0;
  let worstKey: string | null = null,
    worstLoss = 0;
  for (const rule of Object.values(BALANCE_RULES)) {
    const s = linear(values[rule.key] ?? null, rule.good, rule.poor);
    subscores[rule.key] = s == null ? null : Math.round(s);
    if (s == null) continue;
    sum += rule.weight * s;
    wsum += rule.weight;
    const loss = rule.weight * (100 - s);
    if (loss > worstLoss) {
      worstLoss = loss;
      worstKey = rule.key;
    }
  }
  if (wsum === 0) return { score: null, subscores, explanation: 'Not enough confident frames to grade balance.' };
  const score = Math.round(sum / wsum);
  const points = worstKey ? Math.round(worstLoss / wsum) : 0;
  if (!worstKey || points < BALANCE_EXPLAIN_MIN_POINTS)
    return {
      score,
      subscores,
      explanation: `Steady: no part of the balance grade lost more than ${BALANCE_EXPLAIN_MIN_POINTS} points.`,
    };
  const good = (key: string) => BALANCE_RULES[key]?.good;
  const axis = b.view === 'front' ? 'side to side' : 'up and down';
  const reasons: Record<string, string> = {
    trunk_sway: `your trunk lean varied by ±${fmt(b.trunkLeanSdDeg ?? 0)}° (steady walkers stay within ±${good('trunk_sway')}°)`,
    pelvis_sway: `your pelvis moved ${axis} by ${fmt(b.pelvisSwayPct ?? 0)} % of your height (steady: under ${good('pelvis_sway')} %)`,
    rhythm_regularity: `your step times varied by ${fmt(b.stepTimeCvPct ?? 0)} % (a steady rhythm varies under ${good('rhythm_regularity')} %)`,
    path_deviation: `your path wandered ${fmt(b.pathDeviationPct ?? 0)} % of your height off a straight line (steady: under ${good('path_deviation')} %)`,
    stumbles_stops: `${b.stumbles ?? 0} stumble(s) and ${b.stops ?? 0} stop(s) in ${fmt(b.minutes)} min`,
  };
  const names: Record<string, string> = {
    trunk_sway: 'trunk sway',
    pelvis_sway: 'pelvis sway',
    rhythm_regularity: 'rhythm',
    path_deviation: 'path deviation',
    stumbles_stops: 'stumbles and stops',
  };
  return {
    score,
    subscores,
    explanation: `Biggest deduction (−${points} points), ${names[worstKey]}: ${reasons[worstKey]}.`,
  };
}
