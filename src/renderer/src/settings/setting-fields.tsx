/** Settings' small form fields: one label around one input, saved as it changes. */
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';

interface NumberSettingProps {
  testId: string;
  /** Text before the field and after it (its unit and any note). */
  before: ReactNode;
  after?: ReactNode;
  range: readonly [number, number];
  step?: number;
  value: number;
  onChange: (value: number) => void;
}

/** A number setting's range, as its schema in src/shared/api.ts allows it (told there once). */
export function rangeOf(schema: z.ZodNumber): [number, number] {
  const { minValue, maxValue } = schema;
  // zod reports a missing end as null or ±Infinity
  if (minValue === null || maxValue === null || !Number.isFinite(minValue) || !Number.isFinite(maxValue))
    throw new Error('A number setting needs a minimum and a maximum.');
  return [minValue, maxValue];
}

/**
 * Shows what is typed while the field has focus: each change is saved at once, and answers to
 * saves may come back out of order, so the saved value is shown again only once the field is left.
 */
export function NumberSetting({ testId, before, after, range, step = 1, value, onChange }: NumberSettingProps) {
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <label>
      {before}{' '}
      <input
        type="number"
        data-testid={testId}
        min={range[0]}
        max={range[1]}
        step={step}
        value={typed ?? value}
        onFocus={() => setTyped(String(value))}
        onBlur={() => setTyped(null)}
        onChange={(e) => {
          setTyped(e.target.value);
          if (e.target.value !== '' && Number.isFinite(Number(e.target.value))) onChange(Number(e.target.value));
        }}
      />{' '}
      {after}
    </label>
  );
}

interface CheckSettingProps {
  testId: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

export function CheckSetting({ testId, checked, onChange, children }: CheckSettingProps) {
  return (
    <label>
      <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
      {children}
    </label>
  );
}
