import { KNEE_PAST_TOE_LABELS, type KneePastToeUnit } from '../../../shared/display/knee-past-toe';
import type { GaitAnalysis } from '../../../shared/gait/types';
import { KneePastToeLegs } from './KneePastToeLegs';

/** The session's knee-past-toe value per leg as one entry of a facts list; `unit` "deg" is the angle beside cm. */
export function KneePastToeFact({
  analysis,
  unit,
  wide = false,
  testId,
}: {
  analysis: Pick<GaitAnalysis, 'knee_past_toe'>;
  unit?: KneePastToeUnit;
  wide?: boolean;
  testId: string;
}) {
  return (
    <div className={wide ? 'fact wide' : 'fact'}>
      <dt>
        {KNEE_PAST_TOE_LABELS.session}
        {unit === 'deg' && ' (angle)'}
      </dt>
      <dd>
        <KneePastToeLegs analysis={analysis} unit={unit} testId={testId} />
      </dd>
    </div>
  );
}
