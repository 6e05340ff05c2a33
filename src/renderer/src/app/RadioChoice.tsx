import type { ReactNode } from 'react';

/** One choice of a radio group drawn as a button: the chosen one's label is marked `checked`. */
export function RadioChoice<T extends string>({
  name,
  value,
  chosen,
  onChoose,
  testId,
  children,
}: {
  name: string;
  value: T;
  /** The group's chosen value: this choice is checked when it is `value`. */
  chosen: T;
  onChoose: (value: T) => void;
  testId?: string;
  children: ReactNode;
}) {
  const checked = value === chosen;
  return (
    <label className={checked ? 'radio-choice checked' : 'radio-choice'}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChoose(value)}
        data-testid={testId}
      />
      {children}
    </label>
  );
}
