import type { GaitAnalysis, Side } from '../../../shared/gait/types';
import {
  formatKneePastToe,
  KNEE_PAST_TOE_SESSION_HINT,
  kneePastToeUnit,
  sessionKneePastToe,
  type KneePastToeUnit,
} from '../../../shared/display/knee-past-toe';
import { useUnitSystem } from '../units/use-unit-system';

const SIDES: Array<[Side, string]> = [
  ['left', 'L'],
  ['right', 'R'],
];

/**
 * The session's knee-past-toe value per leg (the typical step, as stored in the analysis):
 * "L 12.3 cm · R 8.1 cm" (inches in imperial). Each leg's value carries `data-value` (the stored number) for tests.
 */
export function KneePastToeLegs({
  analysis,
  unit = kneePastToeUnit(analysis),
  testId,
}: {
  analysis: Pick<GaitAnalysis, 'knee_past_toe'>;
  unit?: KneePastToeUnit;
  testId: string;
}) {
  const system = useUnitSystem();
  return (
    <span title={KNEE_PAST_TOE_SESSION_HINT} data-testid={testId}>
      {SIDES.map(([side, letter], i) => {
        const value = sessionKneePastToe(analysis, side, unit);
        return (
          <span key={side} style={{ whiteSpace: 'nowrap' }}>
            {i > 0 && ' · '}
            {letter}{' '}
            <span data-testid={`${testId}-${side}`} data-value={value ?? ''} data-unit={unit}>
              {formatKneePastToe(value, unit, system)}
            </span>
          </span>
        );
      })}
    </span>
  );
}
