/**
 * How every screen, the report, the exports and the CLI name and write knee-past-toe numbers
 * (docs/metrics.md "Knee and knee-past-toe summaries"). Three statistics, three names:
 * the session's value per leg (the median of its step peaks: a typical step), a step's peak
 * ("this step") and the replay's current frame ("this frame"). Values are read as stored, never
 * recomputed; one unit per session: cm when it was analysed with a height, else degrees.
 */
import type { GaitAnalysis, Side, StepRecord } from '../gait/types';
import type { SessionMetrics } from '../progress/types';
import { displayLength, lengthUnit, type UnitSystem } from './units';

export type KneePastToeUnit = 'cm' | 'deg';

export const KNEE_PAST_TOE_LABELS = {
  /** knee_past_toe.peak / peak_angle_deg: the median of the leg's step peaks. */
  session: 'Knee past toes, typical step',
  /** step_list[i].peak_knee_past_toe(_deg): the peak over that foot's stance. */
  step: 'Knee past toes, this step',
  /** The replay's per-frame value. */
  frame: 'Knee past toes, this frame',
} as const;

/** One sentence saying what the session's value is, for titles and footnotes. */
export const KNEE_PAST_TOE_SESSION_HINT =
  "The typical step: the middle (median) of that leg's step peaks, each step's largest knee travel beyond the toes while its foot was on the ground.";

/** The session's display unit: cm when the analysis has them (a height was known), else degrees. */
export function kneePastToeUnit(a: Pick<GaitAnalysis, 'knee_past_toe'>): KneePastToeUnit {
  return a.knee_past_toe?.unit === 'cm' ? 'cm' : 'deg';
}

const finite = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** The session's stored knee-past-toe value of a leg (the typical step) in `unit`. */
export function sessionKneePastToe(
  a: Pick<GaitAnalysis, 'knee_past_toe'>,
  side: Side,
  unit = kneePastToeUnit(a),
): number | null {
  const k = a.knee_past_toe;
  if (!k) return null;
  return unit === 'cm' ? (k.unit === 'cm' ? finite(k.peak?.[side]) : null) : finite(k.peak_angle_deg?.[side]);
}

/**
 * The session's value from its progress numbers (sessions list, progress): cm when the session
 * has a height (its analysis is then in cm, and these are its numbers), else degrees.
 */
export function metricsKneePastToe(
  m: Pick<SessionMetrics, 'peakKneePastToeCm' | 'peakKneePastToeDeg'> | null | undefined,
  heightCm: number | null,
): { unit: KneePastToeUnit } & Record<Side, number | null> {
  const unit: KneePastToeUnit = heightCm !== null ? 'cm' : 'deg';
  const pick = (side: Side) => finite(unit === 'cm' ? m?.peakKneePastToeCm?.[side] : m?.peakKneePastToeDeg?.[side]);
  return { unit, left: pick('left'), right: pick('right') };
}

/** A step's stored peak in `unit` (null for a stance not measured, or a distance not in cm). */
export function stepKneePastToe(
  step: Pick<StepRecord, 'peak_knee_past_toe' | 'peak_knee_past_toe_deg'>,
  unit: KneePastToeUnit,
): number | null {
  return unit === 'cm' ? finite(step.peak_knee_past_toe) : finite(step.peak_knee_past_toe_deg);
}

/**
 * "12.3 cm", "−4.0 cm", "23.5°", "—": to the stored precision (0.1), so the text is the value. A
 * distance is written in inches in imperial ("4.8 in", cm / 2.54 to 0.1); degrees stay degrees.
 * As a `change` ("+1.2 cm", "−0.4°", "±0.0 cm", "+0.5 in"): a change as kneePastToeSincePrevious
 * gives it, already in `system`'s unit, always signed.
 */
export function formatKneePastToe(
  value: number | null | undefined,
  unit: KneePastToeUnit,
  system: UnitSystem = 'metric',
  as: 'value' | 'change' = 'value',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const shown = unit === 'cm' && as === 'value' ? displayLength(value, system) : value;
  const text = Math.abs(shown).toFixed(1);
  const zero = Number(text) === 0;
  const sign = as === 'change' ? (zero ? '±' : shown > 0 ? '+' : '−') : shown < 0 && !zero ? '−' : '';
  return `${sign}${text}${unit === 'cm' ? ` ${lengthUnit(system)}` : '°'}`;
}

/** The number a formatted value stands for, in the unit written ("−4.0 cm" → −4, "4.8 in" → 4.8), NaN for "—". */
export function parseKneePastToe(text: string): number {
  const m = /^([−-]?)(\d+(?:\.\d+)?)\s*(?:cm|in|°)$/.exec(text.trim());
  return m ? (m[1] ? -1 : 1) * Number(m[2]) : NaN;
}

export interface LargestStep {
  /** Index in step_list. */
  index: number;
  value: number;
  /** Time (s) of the frame of the step's peak: a frame inside its stance where the leg was measured. */
  timeS: number;
}

/**
 * The leg's step with the largest stored peak (in `unit`, as the step table shows it; the first on
 * a tie), with the time of its peak frame. Steps without a peak time are skipped. Null when none.
 */
export function largestStep(steps: readonly StepRecord[], side: Side, unit: KneePastToeUnit): LargestStep | null {
  let best: LargestStep | null = null;
  steps.forEach((s, index) => {
    if (s.side !== side) return;
    const value = stepKneePastToe(s, unit);
    const timeS = finite(s.peak_knee_past_toe_t_s);
    if (value === null || timeS === null) return;
    if (!best || value > best.value) best = { index, value, timeS };
  });
  return best;
}
