import type { ReactNode } from 'react';

/** One choice of a radio group drawn as a button: the chosen one's label carries `checked` for the style. */
export function RadioChoice({
  name,
  value,
  checked,
  onChoose,
  testId,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChoose: () => void;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <label className={checked ? 'checked' : undefined}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChoose} data-testid={testId} />
      {children}
    </label>
  );
}
