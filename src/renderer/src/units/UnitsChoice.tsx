import type { Settings } from '../../../shared/api';
import type { UnitSystem } from '../../../shared/display/units';
import { RadioChoice } from '../app/RadioChoice';
import '../styles/units.css';

const UNIT_CHOICES: ReadonlyArray<[UnitSystem, string]> = [
  ['metric', 'Metric (cm, m, kg)'],
  ['imperial', 'Imperial (in, ft, lb)'],
];

/** Settings' Units: metric or imperial, for every screen and report at once. */
export function UnitsChoice({ units, save }: { units: UnitSystem; save: (patch: Partial<Settings>) => void }) {
  return (
    <fieldset className="units-choice">
      <legend className="label">Units</legend>
      {UNIT_CHOICES.map(([system, label]) => (
        <RadioChoice
          key={system}
          name="units"
          value={system}
          chosen={units}
          onChoose={(u) => save({ units: u })}
          testId={`units-${system}`}
        >
          {label}
        </RadioChoice>
      ))}
      <p className="muted">Everything is stored in metric; this changes only how numbers are written and typed.</p>
    </fieldset>
  );
}
