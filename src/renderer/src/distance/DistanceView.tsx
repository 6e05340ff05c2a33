/**
 * The distance view's numbers, readable from 4 m: the last step's knee past the toes per leg, the
 * steps, the take's time and the direction. Held per step (shared/gait/live-steps.ts), so a number
 * changes once a step, not every frame. The skeleton is the live overlay, shown full-screen beside it.
 */
import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/api';
import { formatKneePastToe } from '../../../shared/display/knee-past-toe';
import { useUnitSystem } from '../units/use-unit-system';
import type { LiveReadout, Side } from '../../../shared/gait/types';
import type { RecorderState } from '../recording/recorder-state';
import { wordingFor } from '../result/wording';
import '../styles/distance.css';
import { useHeldSteps } from './use-held-steps';

const SIDES: readonly Side[] = ['left', 'right'];

interface Props {
  readout: LiveReadout | null;
  person: Person | null;
  recorder: RecorderState;
  onExit: () => void;
}

export function DistanceView({ readout, person, recorder, onExit }: Props) {
  const words = wordingFor(person?.kidsMode ?? false);
  const hold = useHeldSteps(readout, recorder.phase === 'recording' ? recorder.startedAt : null);
  // the live distance is in cm with a height (the readout's unit; inches in imperial), else the angle
  const unit = person?.heightCm !== null && person?.heightCm !== undefined ? 'cm' : 'deg';
  const direction = readout?.direction ?? 'unknown';
  const system = useUnitSystem();
  return (
    <div className={`distance-numbers${person?.kidsMode ? ' kids' : ''}`} data-testid="distance-view">
      <div className="distance-legs">
        {SIDES.map((side) => {
          const held = hold.held[side];
          return (
            <div key={side} className={`distance-leg${hold.lastSide === side ? ' last' : ''}`}>
              <span className="distance-label">{words.leg[side]}</span>
              <span
                className={`distance-big${held?.value !== null && held?.value !== undefined && held.value > 0 ? ' past' : ''}`}
                data-testid={`distance-knee-${side}`}
                data-value={held?.value ?? ''}
                data-step-t={held?.t_s ?? ''}
              >
                {formatKneePastToe(held?.value ?? null, unit, system)}
              </span>
            </div>
          );
        })}
      </div>
      <p className="distance-caption">{words.kneePastToes.replace(', typical step', ', last step')}</p>
      <div className="distance-row">
        <span>
          <span className="distance-label">{words.steps}</span>
          <span className="distance-mid" data-testid="distance-steps" data-value={hold.steps}>
            {hold.steps}
          </span>
        </span>
        {person?.kidsMode && (
          <span className="distance-stars" data-testid="distance-stars" data-value={hold.pastToes}>
            {'★'.repeat(Math.min(hold.pastToes, 12))}
            {hold.pastToes > 12 ? `+${hold.pastToes - 12}` : ''}
          </span>
        )}
        <span>
          <span className="distance-label">{words.time}</span>
          <TakeTime startedAt={recorder.phase === 'recording' ? recorder.startedAt : null} />
        </span>
        <span>
          <span className="distance-label">{words.direction}</span>
          <span
            className={`distance-mid direction ${direction}`}
            data-testid="distance-direction"
            data-value={direction}
          >
            {words.directions[direction] ?? direction}
          </span>
        </span>
      </div>
      <button type="button" className="distance-exit" onClick={onExit} data-testid="distance-exit">
        Exit distance view (Esc)
      </button>
    </div>
  );
}

function TakeTime({ startedAt }: { startedAt: number | null }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, [startedAt]);
  if (startedAt === null)
    return (
      <span className="distance-mid muted" data-testid="distance-time">
        –:––
      </span>
    );
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <span className="distance-mid" data-testid="distance-time">
      {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, '0')}
    </span>
  );
}
