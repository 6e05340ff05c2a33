import { DIRECTION_FILTERS } from '../../../shared/progress/direction';
import type { DirectionFilter as Direction } from '../../../shared/progress/types';
import { DIRECTION_LABELS } from './variants';

/** Backward walks (the exercise, shown first), forward ones, or every session. */
export function DirectionFilter({ value, onChange }: { value: Direction; onChange: (d: Direction) => void }) {
  return (
    <fieldset className="variant-filter direction-filter" data-testid="direction-filter">
      <legend className="visually-hidden">Show walks going</legend>
      {DIRECTION_FILTERS.map((d) => (
        <label key={d} className={d === value ? 'checked' : undefined}>
          <input type="radio" name="progress-direction" value={d} checked={d === value} onChange={() => onChange(d)} />
          {DIRECTION_LABELS[d]}
        </label>
      ))}
    </fieldset>
  );
}
