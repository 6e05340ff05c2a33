/** The step table's rows, read straight off the gait module's step_list (no maths of its own). */
import type { GaitAnalysis, Side } from '../../../shared/gait';
import { formatKneePastToe, kneePastToeUnit, stepKneePastToe } from '../../../shared/display/knee-past-toe';
import { formatLength, type UnitSystem } from '../../../shared/display/units';
import { formatNumber } from '../sessions/format';

export interface StepRow {
  /** 1-based, in time order. */
  number: number;
  side: Side;
  leg: string;
  /** Contact time, s: where selecting the row seeks. */
  timeS: number;
  time: string;
  stepTime: string;
  length: string;
  peakKneeFlexion: string;
  /** This step's stored knee-past-toe peak in the session's unit (cm with a height, else °). */
  kneePastToeValue: number | null;
  /** "Yes (12.3 cm)" / "No (−2.0 cm)" / "Yes (4.8 in)" / "—": past the toes or not, and this step's peak. */
  kneePastToes: string;
}

export function stepRows(
  analysis: Pick<GaitAnalysis, 'step_list' | 'knee_past_toe'>,
  system: UnitSystem = 'metric',
): StepRow[] {
  const unit = kneePastToeUnit(analysis);
  return analysis.step_list.map((s, i) => {
    const value = stepKneePastToe(s, unit);
    return {
      number: i + 1,
      side: s.side,
      leg: s.side === 'left' ? 'Left' : 'Right',
      timeS: s.t_s,
      time: formatNumber(s.t_s, ' s', 2),
      stepTime: formatNumber(s.step_time_s, ' s', 2),
      // the gait module gives step lengths only in cm, when the user's height is known; whole cm,
      // or inches to 0.1 (about the same step)
      length: formatLength(s.step_length, system, system === 'imperial' ? 1 : 0),
      peakKneeFlexion: formatNumber(s.peak_knee_flexion_deg, '°'),
      kneePastToeValue: value,
      kneePastToes:
        s.knee_past_toe == null || value === null
          ? '—'
          : `${s.knee_past_toe ? 'Yes' : 'No'} (${formatKneePastToe(value, unit, system)})`,
    };
  });
}
