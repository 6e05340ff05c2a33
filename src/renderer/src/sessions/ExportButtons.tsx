import { useMutation } from '@tanstack/react-query';
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
  const exporting = useMutation({
    mutationFn: (format: Format) => api['export.session']({ id: sessionId, format }).then(saveTextFile),
  });
  return (
    <div className="button-row" data-testid="export-buttons">
      {FORMATS.map(({ format, label, title }) => (
        <button
          key={format}
          type="button"
          data-testid={`export-${format}`}
          disabled={exporting.isPending}
          onClick={() => exporting.mutate(format)}
          title={title}
        >
          {label}
        </button>
      ))}
      <ExportError error={exporting.error} />
    </div>
  );
}

/** All of a person's sessions as one CSV of summaries. */
export function ExportPersonButton({ personId, disabled }: { personId: number; disabled: boolean }) {
  const exporting = useMutation({ mutationFn: () => api['export.person']({ personId }).then(saveTextFile) });
  return (
    <>
      <button type="button" data-testid="export-person" disabled={disabled} onClick={() => exporting.mutate()}>
        Export all sessions (CSV)
      </button>
      <ExportError error={exporting.error} />
    </>
  );
}

function ExportError({ error }: { error: Error | null }) {
  return error && <Notice kind="error">Could not export: {messageOf(error)}</Notice>;
}
