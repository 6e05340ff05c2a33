import { useState } from 'react';
import type { ApiRequest } from '../../../shared/api';
import { api } from '../api';
import { saveTextFile } from '../app/save-file';
import { Notice } from '../app/Notice';
import { messageOf } from '../api/errors';

type Format = ApiRequest<'export.session'>['format'];

const FORMATS: { format: Format; label: string; title: string }[] = [
  { format: 'csv', label: 'Export CSV', title: 'Every frame: time, keypoints and per-frame metrics' },
  { format: 'json', label: 'Export JSON', title: 'The summary and every step' },
];

/** Export CSV (one row per frame) and Export JSON (summary and steps) of one session, saved as files. */
export function ExportButtons({ sessionId }: { sessionId: number }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  const exportAs = (format: Format): void => {
    setError(null);
    setBusy(format);
    api['export.session']({ id: sessionId, format })
      .then(saveTextFile)
      .catch((e: unknown) => setError(`Could not export: ${messageOf(e)}`))
      .finally(() => setBusy(null));
  };
  return (
    <div className="button-row" data-testid="export-buttons">
      {FORMATS.map(({ format, label, title }) => (
        <button
          key={format}
          type="button"
          data-testid={`export-${format}`}
          disabled={busy !== null}
          onClick={() => exportAs(format)}
          title={title}
        >
          {label}
        </button>
      ))}
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}

/** All of a person's sessions as one CSV of summaries. */
export function ExportPersonButton({ personId, disabled }: { personId: number; disabled: boolean }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        data-testid="export-person"
        disabled={disabled}
        onClick={() => {
          setError(null);
          api['export.person']({ personId })
            .then(saveTextFile)
            .catch((e: unknown) => setError(`Could not export: ${messageOf(e)}`));
        }}
      >
        Export all sessions (CSV)
      </button>
      {error && <Notice kind="error">{error}</Notice>}
    </>
  );
}
