import { useSyncExternalStore } from 'react';
import { Captions } from '../coaching/Captions';
import type { Coach } from '../coaching/coach';
import { HANDS_FREE_STATUS_TEXT, type HandsFree } from './hands-free';

interface Props {
  handsFree: HandsFree;
  coach: Coach;
  on: boolean;
  onChange: (on: boolean) => void;
}

/** The hands-free switch (remembered in Settings), what the detector waits for, and the coach's captions. */
export function HandsFreePanel({ handsFree, coach, on, onChange }: Props) {
  const status = useSyncExternalStore(handsFree.subscribe, handsFree.getStatus);
  return (
    <div className="hands-free">
      <label className="hands-free-toggle">
        <input
          type="checkbox"
          data-testid="hands-free-toggle"
          checked={on}
          onChange={(e) => onChange(e.target.checked)}
        />
        Hands-free: takes start when you walk and stop when you stand still
      </label>
      <p className="hands-free-status" data-testid="hands-free-status" data-status={status}>
        {HANDS_FREE_STATUS_TEXT[status]}
      </p>
      <Captions log={coach.captions} />
    </div>
  );
}
