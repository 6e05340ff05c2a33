import '../styles/goals.css';
import type { GoalsFormErrors, GoalsFormText } from './goals-form';
import { lengthUnit } from '../../../shared/display/units';
import { useUnitSystem } from '../units/use-unit-system';

interface Props {
  id: string;
  text: GoalsFormText;
  errors: GoalsFormErrors;
  onChange: (text: GoalsFormText) => void;
}

/** The person form's goals (knee past the toes, backward minutes a week) and kids mode. */
export function GoalsFields({ id, text, errors, onChange }: Props) {
  const length = lengthUnit(useUnitSystem());
  const help = (key: keyof GoalsFormErrors, hint: string) => (
    <p
      id={`${id}-${key}-help`}
      className={errors[key] ? 'field-error' : 'hint'}
      role={errors[key] ? 'alert' : undefined}
    >
      {errors[key] ?? hint}
    </p>
  );
  return (
    <fieldset className="goals-fields">
      <legend>Goals</legend>
      <div className="form-field">
        <label htmlFor={`${id}-kneeGoal`}>Knee past the toes, each leg</label>
        <span className="input-with-unit">
          <input
            id={`${id}-kneeGoal`}
            name="kneeGoal"
            inputMode="decimal"
            placeholder={text.kneeGoalUnit === 'cm' ? (length === 'in' ? 'e.g. 2' : 'e.g. 5') : 'e.g. 20'}
            value={text.kneeGoal}
            aria-invalid={errors.kneeGoal !== undefined}
            aria-describedby={`${id}-kneeGoal-help`}
            onChange={(e) => onChange({ ...text, kneeGoal: e.target.value })}
          />
          <select
            aria-label="Unit of the knee goal"
            name="kneeGoalUnit"
            value={text.kneeGoalUnit}
            onChange={(e) => onChange({ ...text, kneeGoalUnit: e.target.value === 'cm' ? 'cm' : 'deg' })}
          >
            <option value="cm">{length}</option>
            <option value="deg">degrees</option>
          </select>
        </span>
        {help('kneeGoal', `The typical step to reach, per leg; ${length} need a height. Empty: no goal.`)}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-minutesGoal`}>Backward minutes a week</label>
        <input
          id={`${id}-minutesGoal`}
          name="minutesGoal"
          inputMode="numeric"
          placeholder="e.g. 30"
          value={text.minutesGoal}
          aria-invalid={errors.minutesGoal !== undefined}
          aria-describedby={`${id}-minutesGoal-help`}
          onChange={(e) => onChange({ ...text, minutesGoal: e.target.value })}
        />
        {help('minutesGoal', 'Weeks that reach it make a streak. Empty: no goal.')}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="kidsMode"
          checked={text.kidsMode}
          onChange={(e) => onChange({ ...text, kidsMode: e.target.checked })}
        />{' '}
        Kids mode: plain words, stars for steps past the toes, a step counter
      </label>
    </fieldset>
  );
}
