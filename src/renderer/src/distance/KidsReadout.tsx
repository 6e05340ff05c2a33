/**
 * Kids mode's live readout beside the picture: a step counter, a star per step whose knee went past
 * the toes, and the last step's knee in plain words; held per step like the distance view.
 */
import type { Person } from '../../../shared/api';
import { formatKneePastToe } from '../../../shared/display/knee-past-toe';
import { useUnitSystem } from '../units/use-unit-system';
import type { LiveReadout } from '../../../shared/gait/types';
import type { RecorderState } from '../recording/recorder-state';
import { KIDS_WORDS } from '../result/wording';
import '../styles/distance.css';
import { useHeldSteps } from './use-held-steps';

interface Props {
  readout: LiveReadout | null;
  person: Person;
  recorder: RecorderState;
}

export function KidsReadout({ readout, person, recorder }: Props) {
  const hold = useHeldSteps(readout, recorder.phase === 'recording' ? recorder.startedAt : null);
  const unit = person.heightCm !== null ? 'cm' : 'deg';
  const system = useUnitSystem();
  const direction = readout?.direction ?? 'unknown';
  return (
    <section className="card kids-readout" data-testid="kids-readout" aria-label="Your walk">
      <p className="kids-steps">
        {KIDS_WORDS.steps}: <strong data-testid="kids-steps">{hold.steps}</strong>
      </p>
      <p
        className="kids-stars"
        data-testid="kids-stars"
        data-value={hold.pastToes}
        aria-label={`${hold.pastToes} stars`}
      >
        {'★'.repeat(Math.min(hold.pastToes, 20)) || '☆'}
      </p>
      {(['left', 'right'] as const).map((side) => (
        <p key={side}>
          {KIDS_WORDS.leg[side]}: <strong>{formatKneePastToe(hold.held[side]?.value ?? null, unit, system)}</strong>
        </p>
      ))}
      <p className="muted">
        {KIDS_WORDS.direction} {KIDS_WORDS.directions[direction] ?? direction}
      </p>
    </section>
  );
}
