import { useId, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/api';
import {
  parsePersonForm,
  personFormText,
  type PersonFields,
  type PersonFormErrors,
  type PersonFormText,
} from './person-form';
import { Notice } from '../app/Notice';
import { goalsFormText, parseGoalsForm, type GoalsFormErrors, type GoalsFormText } from './goals-form';
import { GoalsFields } from './GoalsFields';
import { useUnitSystem } from '../units/use-unit-system';
import { messageOf } from '../api/errors';

interface Props {
  person: Person | null;
  submitLabel: string;
  /** Saves the fields; rejects with the server's message, which the form then shows. */
  onSubmit: (fields: PersonFields) => Promise<void>;
  onCancel?: () => void;
}

/** Name, height and birth year of one person (new or existing), their goals and kids mode. */
export function PersonForm({ person, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const system = useUnitSystem();
  const [text, setText] = useState<PersonFormText>(() => personFormText(person, system));
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [goalsText, setGoalsText] = useState<GoalsFormText>(() => goalsFormText(person, system));
  const [goalsErrors, setGoalsErrors] = useState<GoalsFormErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const parsed = parsePersonForm(text, undefined, { system, savedHeightCm: person?.heightCm });
    const goals = parseGoalsForm(goalsText, system, person?.goals.kneePastToe);
    setSaveError(null);
    setErrors(parsed.ok ? {} : parsed.errors);
    setGoalsErrors(goals.ok ? {} : goals.errors);
    if (!parsed.ok || !goals.ok) return;
    setSaving(true);
    onSubmit({ ...parsed.value, ...goals.value })
      .catch((err: unknown) => setSaveError(messageOf(err)))
      .finally(() => setSaving(false));
  };

  const field = (
    key: keyof PersonFormText,
    label: string,
    help: string,
    attrs: { inputMode?: 'decimal' | 'numeric'; placeholder?: string; autoFocus?: boolean },
  ) => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        name={key}
        value={text[key]}
        aria-invalid={errors[key] !== undefined}
        aria-describedby={`${id}-${key}-help`}
        onChange={(e) => setText({ ...text, [key]: e.target.value })}
        {...attrs}
      />
      <p
        id={`${id}-${key}-help`}
        className={errors[key] ? 'field-error' : 'hint'}
        role={errors[key] ? 'alert' : undefined}
      >
        {errors[key] ?? help}
      </p>
    </div>
  );

  return (
    <form className="person-form" onSubmit={submit} data-testid="person-form" noValidate>
      {field('name', 'Name', 'As the family calls them.', { placeholder: 'e.g. Ada', autoFocus: person === null })}
      {system === 'imperial'
        ? field(
            'height',
            'Height (ft and in)',
            `Gives distances in inches; empty: in shank lengths. Or in cm: 172 cm.`,
            {
              placeholder: `5'8"`,
            },
          )
        : field('height', 'Height (cm)', 'Gives distances in centimetres; empty: in shank lengths.', {
            inputMode: 'decimal',
            placeholder: 'e.g. 172',
          })}
      {field('birthYear', 'Birth year', 'Optional.', { inputMode: 'numeric', placeholder: 'e.g. 2015' })}
      <GoalsFields id={id} text={goalsText} errors={goalsErrors} onChange={setGoalsText} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {saveError && <Notice kind="error">{saveError}</Notice>}
    </form>
  );
}
