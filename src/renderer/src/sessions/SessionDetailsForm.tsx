import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { variantSchema, type SessionSummary, type Variant } from '../../../shared/api';
import { api } from '../api';
import { sessionSaved } from '../data/changes';
import {
  detailsFieldLabels,
  detailsFormText,
  parseDetailsForm,
  VARIANT_LABELS,
  type DetailsFormErrors,
  type DetailsFormText,
} from './details-form';
import { localDateTimeText, parseLocalDateTime } from './started-at';
import { TagsField } from './TagsField';
import { useUnitSystem } from '../units/use-unit-system';
import { messageOf } from '../api/errors';

/** The details typed as one line of text. */
type TextFieldKey = 'title' | 'loadKg' | 'distanceM' | 'duration';
type FieldKey = keyof DetailsFormText | 'startedAt';

/** What the user tells about a session (title, date, variant, sled load, distance, duration, notes, tags), saved with one button. */
export function SessionDetailsForm({ session }: { session: SessionSummary }) {
  const client = useQueryClient();
  const id = useId();
  const system = useUnitSystem();
  const [text, setText] = useState<DetailsFormText>(() => detailsFormText(session, system));
  const [date, setDate] = useState(() => localDateTimeText(session.startedAt));
  const [errors, setErrors] = useState<DetailsFormErrors & { startedAt?: string }>({});
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  // The session as saved changed (this form's save, a move, another window), or the units did: the
  // fields show it.
  const [shownFor, setShownFor] = useState({ session, system });
  if (shownFor.session !== session || shownFor.system !== system) {
    setShownFor({ session, system });
    setText(detailsFormText(session, system));
    setDate(localDateTimeText(session.startedAt));
  }

  const set = <K extends keyof DetailsFormText>(key: K, value: DetailsFormText[K]): void => {
    setText((t) => ({ ...t, [key]: value }));
    setStatus(null);
  };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const parsed = parseDetailsForm(text, system, session);
    const startedAt = parseLocalDateTime(date, new Date());
    if (!parsed.ok || typeof startedAt !== 'string') {
      setErrors({
        ...(parsed.ok ? {} : parsed.errors),
        ...(typeof startedAt === 'string' ? {} : { startedAt: startedAt.error }),
      });
      setStatus({ kind: 'error', text: 'Not saved: check the fields marked in red.' });
      return;
    }
    setErrors({});
    setSaving(true);
    api['sessions.update']({ id: session.id, ...parsed.value, startedAt })
      .then((saved) => {
        setStatus({ kind: 'info', text: 'Saved.' });
        void sessionSaved(client, saved);
      })
      .catch((err: unknown) => setStatus({ kind: 'error', text: `Not saved: ${messageOf(err)}` }))
      .finally(() => setSaving(false));
  };

  const fieldId = (key: string) => `${id}-${key}`;
  const labels = detailsFieldLabels(system);
  const help = (key: FieldKey, hint?: string) =>
    errors[key] ? (
      <p className="field-error" role="alert">
        {errors[key]}
      </p>
    ) : hint ? (
      <p className="hint">{hint}</p>
    ) : null;

  /** A field: its label, its control, then its error or hint below. */
  const field = (key: FieldKey, label: string, control: ReactNode, opts: { hint?: string; wide?: boolean } = {}) => (
    <div className={opts.wide ? 'form-field wide' : 'form-field'}>
      <label htmlFor={fieldId(key)}>{label}</label>
      {control}
      {help(key, opts.hint)}
    </div>
  );

  /** A one-line text field. */
  const textField = (
    key: TextFieldKey,
    label: string,
    opts: { placeholder?: string; inputMode?: 'decimal'; hint?: string; wide?: boolean },
  ) =>
    field(
      key,
      label,
      <input
        id={fieldId(key)}
        name={key}
        inputMode={opts.inputMode}
        value={text[key]}
        placeholder={opts.placeholder}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={!!errors[key]}
      />,
      opts,
    );

  return (
    <form className="details-form" onSubmit={submit} data-testid="details-form" noValidate>
      {textField('title', 'Title', {
        placeholder: 'e.g. Park, with Ada',
        hint: 'Shown instead of the date.',
        wide: true,
      })}
      {field(
        'startedAt',
        'Date and time',
        <input
          id={fieldId('startedAt')}
          name="startedAt"
          type="datetime-local"
          value={date}
          max={localDateTimeText(new Date().toISOString())}
          onChange={(e) => {
            setDate(e.target.value);
            setStatus(null);
          }}
          aria-invalid={!!errors.startedAt}
          data-testid="details-date"
        />,
        { hint: 'When the walk began.' },
      )}
      {field(
        'variant',
        'Variant',
        <select
          id={fieldId('variant')}
          name="variant"
          value={text.variant}
          onChange={(e) => set('variant', e.target.value as Variant)}
        >
          {variantSchema.options.map((v) => (
            <option key={v} value={v}>
              {VARIANT_LABELS[v]}
            </option>
          ))}
        </select>,
      )}
      {text.variant === 'sled' && textField('loadKg', labels.loadKg, { inputMode: 'decimal' })}
      {textField('distanceM', labels.distanceM, {
        inputMode: 'decimal',
        placeholder: system === 'imperial' ? 'e.g. 650' : 'e.g. 200',
      })}
      {textField('duration', 'Duration (min:s)', {
        placeholder: 'e.g. 12:30',
        hint: 'How long you walked, if longer than the recording.',
      })}
      {field(
        'tags',
        'Tags',
        <TagsField id={fieldId('tags')} tags={text.tags} onChange={(tags) => set('tags', tags)} error={errors.tags} />,
        { hint: 'Enter or comma adds a tag.', wide: true },
      )}
      {field(
        'notes',
        'Notes',
        <textarea
          id={fieldId('notes')}
          name="notes"
          rows={3}
          value={text.notes}
          onChange={(e) => set('notes', e.target.value)}
          aria-invalid={!!errors.notes}
        />,
        { wide: true },
      )}
      <div className="form-actions wide">
        <button type="submit" className="primary" disabled={saving} data-testid="details-save">
          Save details
        </button>
        {status && (
          <span
            className={status.kind === 'error' ? 'field-error' : 'saved'}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid="details-status"
          >
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
