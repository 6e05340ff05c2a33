import type { Settings } from '../../../shared/api';
import type { UnitSystem } from '../../../shared/display/units';
import { RadioChoice } from '../app/RadioChoice';
import '../styles/units.css';

/** Settings' Units: metric or imperial, for every screen and report at once. */
export function UnitsChoice({ units, save }: { units: UnitSystem; save: (patch: Partial<Settings>) => void }) {
  return (
    <fieldset className="units-choice">
      <legend className="label">Units</legend>
      <RadioChoice
        name="units"
        value="metric"
        chosen={units}
        onChoose={(u) => save({ units: u })}
        testId="units-metric"
      >
        Metric (cm, m, kg)
      </RadioChoice>
      <RadioChoice
        name="units"
        value="imperial"
        chosen={units}
        onChoose={(u) => save({ units: u })}
        testId="units-imperial"
      >
        Imperial (in, ft, lb)
      </RadioChoice>
      <p className="muted">Everything is stored in metric; this changes only how numbers are written and typed.</p>
    </fieldset>
  );
}
