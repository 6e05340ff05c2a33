import { useState } from 'react';

/** The main process's message from start-up (e.g. a damaged database set aside), until dismissed. */
export function StartupNotice({ text }: { text: string }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="banner" role="alert" data-testid="startup-notice">
      <span>{text}</span>
      <button type="button" className="dismiss" aria-label="Dismiss notice" onClick={() => setOpen(false)}>
        ×
      </button>
    </div>
  );
}
