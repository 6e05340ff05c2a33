import type { Variant } from '../../../shared/api';
import { VARIANT_FILTERS } from './variants';

/** All sessions, or one way of walking backward. */
export function VariantFilter({ value, onChange }: { value: Variant | null; onChange: (v: Variant | null) => void }) {
  return (
    <fieldset className="variant-filter" data-testid="variant-filter">
      <legend className="visually-hidden">Show sessions of</legend>
      {VARIANT_FILTERS.map((f) => (
        <label key={f.label} className={f.value === value ? 'checked' : undefined}>
          <input
            type="radio"
            name="progress-variant"
            value={f.value ?? 'all'}
            checked={f.value === value}
            onChange={() => onChange(f.value)}
          />
          {f.label}
        </label>
      ))}
    </fieldset>
  );
}
