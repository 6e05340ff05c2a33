import { useEffect, useId, useRef, useState } from 'react';
import type { HeightApplies } from '../../../shared/api';
import { Notice } from '../app/Notice';
import { useUnitSystem } from '../units/use-unit-system';
import { heightChoiceText } from './height-choice';
import { messageOf } from '../api/errors';

interface Props {
  name: string;
  oldCm: number | null;
  newCm: number | null;
  sessionCount: number;
  /** Saves with the chosen meaning; rejects with the server's message, shown here. */
  onChoose: (applies: HeightApplies) => Promise<void>;
  onCancel: () => void;
}

/** Asks whether a new height is growth (earlier sessions keep theirs) or a correction (every session takes it). */
export function HeightChoice({ name, oldCm, newCm, sessionCount, onChoose, onCancel }: Props) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = heightChoiceText(name, oldCm, newCm, sessionCount, useUnitSystem());

  // The question appears after Save: the keyboard lands on its first answer.
  useEffect(() => first.current?.focus(), []);

  const choose = (applies: HeightApplies): void => {
    setSaving(true);
    setError(null);
    onChoose(applies)
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setSaving(false));
  };

  return (
    <div className="notice info" role="group" aria-labelledby={`${id}-question`} data-testid="height-choice">
      <p id={`${id}-question`}>{text.question}</p>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '0.5rem' }}>
        <button type="button" ref={first} className="primary" disabled={saving} onClick={() => choose('from-now')}>
          {text.answers['from-now']}
        </button>
        <button type="button" disabled={saving} onClick={() => choose('all')}>
          {text.answers.all}
        </button>
        <button type="button" disabled={saving} onClick={onCancel}>
          Back to the form
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
