/** The step table's rows, read straight off the gait module's step_list (no maths of its own). */
import type { GaitAnalysis, Side } from '../../../shared/gait';
import { formatKneePastToe, kneePastToeUnit, stepKneePastToe } from '../../../shared/display/knee-past-toe';
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
  /** "Yes (12.3 cm)" / "No (−2.0 cm)" / "—": past the toes or not, and this step's peak. */
  kneePastToes: string;
}

export function stepRows(analysis: Pick<GaitAnalysis, 'step_list' | 'knee_past_toe'>): StepRow[] {
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
      // the gait module gives step lengths only in cm, when the user's height is known
      length: formatNumber(s.step_length, ' cm'),
      peakKneeFlexion: formatNumber(s.peak_knee_flexion_deg, '°'),
      kneePastToeValue: value,
      kneePastToes:
        s.knee_past_toe == null || value === null
          ? '—'
          : `${s.knee_past_toe ? 'Yes' : 'No'} (${formatKneePastToe(value, unit)})`,
    };
  });
}
