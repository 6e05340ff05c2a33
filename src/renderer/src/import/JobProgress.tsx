import type { ImportStatus } from '../../../shared/api';
import { formatTimeLeft } from './video-files';

export type Progress =
  | { phase: 'uploading'; fileName: string; sentBytes: number; totalBytes: number }
  | { phase: 'job'; status: ImportStatus };

const STAGE_TEXT: Record<ImportStatus['state'], string> = {
  queued: 'Waiting for the job before it…',
  probing: 'Reading the video…',
  analysing: 'Analysing',
  saving: 'Saving the session…',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** A progress bar for an upload or a job (frames done / total, time left), with its Cancel button. */
export function JobProgress({
  progress,
  onCancel,
  cancelling,
}: {
  progress: Progress;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const { label, value, max, detail } = describe(progress);
  return (
    <div
      className="job-progress"
      data-testid="job-progress"
      data-phase={progress.phase === 'job' ? progress.status.state : 'uploading'}
    >
      <div className="job-progress-line">
        <span>{label}</span>
        <span className="muted">{detail}</span>
      </div>
      <progress
        aria-label={label}
        data-testid="job-progress-bar"
        data-done={progress.phase === 'job' ? progress.status.framesDone : undefined}
        data-total={progress.phase === 'job' ? (progress.status.framesTotal ?? undefined) : undefined}
        value={value ?? undefined}
        max={max}
      />
      <button type="button" onClick={onCancel} disabled={cancelling} data-testid="job-cancel">
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}

function describe(progress: Progress): { label: string; value: number | null; max: number; detail: string } {
  if (progress.phase === 'uploading') {
    const pct = progress.totalBytes ? Math.round((100 * progress.sentBytes) / progress.totalBytes) : 0;
    return {
      label: `Copying ${progress.fileName} into Retrowalk`,
      value: progress.sentBytes,
      max: Math.max(1, progress.totalBytes),
      detail: `${pct} %`,
    };
  }
  const s = progress.status;
  const what =
    s.kind === 'reanalyse'
      ? `Re-analysing with ${modelLabel(s.model)}`
      : s.kind === 'choose-walker'
        ? `Analysing again (${modelLabel(s.model)}), following the walker you chose`
        : `Importing ${s.fileName} (${modelLabel(s.model)})`;
  if ((s.state === 'analysing' || s.state === 'done') && s.framesTotal) {
    const after = s.state === 'done' ? STAGE_TEXT.done : (s.message ?? formatTimeLeft(s.etaS));
    return {
      label: what,
      value: s.framesDone,
      max: s.framesTotal,
      detail: `${s.framesDone} / ${s.framesTotal} frames · ${after}`,
    };
  }
  return { label: what, value: s.state === 'saving' ? 1 : null, max: 1, detail: s.message ?? STAGE_TEXT[s.state] };
}

export function modelLabel(model: ImportStatus['model']): string {
  return model === 'thunder' ? 'Thunder' : 'Lightning';
}
