import { DIRECTION_FILTERS } from '../../../shared/progress/direction';
import type { DirectionFilter as Direction } from '../../../shared/progress/types';
import { RadioChoice } from '../app/RadioChoice';
import { DIRECTION_LABELS } from './variants';

/** Backward walks (the exercise, shown first), forward ones, or every session. */
export function DirectionFilter({ value, onChange }: { value: Direction; onChange: (d: Direction) => void }) {
  return (
    <fieldset className="variant-filter direction-filter" data-testid="direction-filter">
      <legend className="visually-hidden">Show walks going</legend>
      {DIRECTION_FILTERS.map((d) => (
        <RadioChoice key={d} name="progress-direction" value={d} chosen={value} onChoose={onChange}>
          {DIRECTION_LABELS[d]}
        </RadioChoice>
      ))}
    </fieldset>
  );
}
