/** The replay's "Largest step L/R" buttons: where each goes and what its tooltip says. */
import type { GaitAnalysis, Side } from '../../../shared/gait';
import { formatKneePastToe, kneePastToeUnit, largestStep } from '../../../shared/display/knee-past-toe';
import type { UnitSystem } from '../../../shared/display/units';

export interface LargestStepButton {
  /** 1-based step number, as in the step table. */
  number: number;
  /** Time (s) of the step's peak frame: inside its stance, where the leg was measured. */
  timeS: number;
  /** This step's stored peak, in the session's unit. */
  value: number;
  title: string;
}

/** Per leg, the step with the largest knee-past-toe peak (the step table's value); null when none. */
export function largestStepButtons(
  analysis: Pick<GaitAnalysis, 'step_list' | 'knee_past_toe'>,
  system: UnitSystem = 'metric',
): Record<Side, LargestStepButton | null> {
  const unit = kneePastToeUnit(analysis);
  const button = (side: Side): LargestStepButton | null => {
    const found = largestStep(analysis.step_list, side, unit);
    if (!found) return null;
    const number = found.index + 1;
    return {
      number,
      timeS: found.timeS,
      value: found.value,
      title: `Step ${number} (${side} foot): knee past toes ${formatKneePastToe(found.value, unit, system)}, this step's peak, at ${found.timeS.toFixed(2)} s`,
    };
  };
  return { left: button('left'), right: button('right') };
}
