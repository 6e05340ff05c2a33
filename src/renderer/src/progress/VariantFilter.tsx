import type { Variant } from '../../../shared/api';
import { RadioChoice } from '../app/RadioChoice';
import { VARIANT_FILTERS } from './variants';

/** All sessions, or one way of walking backward. */
export function VariantFilter({ value, onChange }: { value: Variant | null; onChange: (v: Variant | null) => void }) {
  return (
    <fieldset className="variant-filter" data-testid="variant-filter">
      <legend className="visually-hidden">Show sessions of</legend>
      {VARIANT_FILTERS.map((f) => (
        <RadioChoice
          key={f.label}
          name="progress-variant"
          value={f.value ?? 'all'}
          chosen={value ?? 'all'}
          onChoose={() => onChange(f.value)}
        >
          {f.label}
        </RadioChoice>
      ))}
    </fieldset>
  );
}
