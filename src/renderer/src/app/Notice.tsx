import type { ReactNode } from 'react';

/** A message in the notice style: an error is an alert, read out at once; information waits its turn. */
export function Notice({ kind, testId, children }: { kind: 'info' | 'error'; testId?: string; children: ReactNode }) {
  return (
    <p className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </p>
  );
}
