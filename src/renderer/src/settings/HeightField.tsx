import { useEffect, useState } from 'react';
import { parseHeightCm } from './parse-height';

/** The user's height in cm, saved when it is valid; empty clears it (lengths then in shank lengths). */
export function HeightField({ value, onSave }: { value: number | null; onSave: (heightCm: number | null) => void }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value === null ? '' : String(value)), [value]);

  const commit = (): void => {
    const parsed = parseHeightCm(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (parsed.heightCm !== value) onSave(parsed.heightCm);
  };

  return (
    <>
      <label htmlFor="height-cm">Your height (cm)</label>
      <input
        id="height-cm"
        inputMode="decimal"
        value={text}
        placeholder="e.g. 172"
        aria-invalid={error !== null}
        aria-describedby="height-help"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <p id="height-help" className={error ? 'field-error' : 'muted'} role={error ? 'alert' : undefined}>
        {error ?? 'Used to show distances in centimetres. Leave empty to show them in shank lengths (knee to ankle).'}
      </p>
    </>
  );
}
