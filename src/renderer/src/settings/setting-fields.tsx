/** Settings' small form fields: one label around one input, saved as it changes. */
import type { ReactNode } from 'react';

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

export function NumberSetting({ testId, before, after, range, step = 1, value, onChange }: NumberSettingProps) {
  return (
    <label>
      {before}{' '}
      <input
        type="number"
        data-testid={testId}
        min={range[0]}
        max={range[1]}
        step={step}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
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
