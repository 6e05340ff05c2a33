import { Captions } from '../coaching/Captions';
import type { Coach } from '../coaching/coach';

interface Props {
  coach: Coach;
  on: boolean;
  onChange: (on: boolean) => void;
}

/** The hands-free switch (remembered in Settings) and the coach's captions; what the detector waits for is in the guidance. */
export function HandsFreePanel({ coach, on, onChange }: Props) {
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
      <Captions log={coach.captions} />
    </div>
  );
}
