import { useRef, useState, type DragEvent } from 'react';
import type { ImportStatus, ModelName } from '../../../shared/api';
import { api } from '../api';
import { useJob, type Job } from '../data/use-job';
import '../styles/replay.css';
import { Notice } from '../app/Notice';
import { FileInput } from '../app/FileInput';
import { canUsePaths, desktopPath } from './desktop-path';
import { JobProgress, type Progress } from './JobProgress';
import { uploadFile, UploadCancelled } from './upload-file';
import { refuseFile, VIDEO_ACCEPT } from './video-files';
import { messageOf } from '../api/errors';

type Keep = 'copy' | 'reference';
type ImportNotice = { kind: 'error' | 'info'; text: string };

/** Import a video by button or drag-and-drop: upload (browser mode) or path (desktop), analysis with progress, cancel. */
interface Props {
  /** Whose session the import becomes; null: the store's default (the active person, or a new "Me"). */
  personId: number | null;
  onImported: (sessionId: number) => void;
}

export function ImportPanel({ personId, onImported }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const uploadAbort = useRef<AbortController | null>(null);
  const [model, setModel] = useState<ModelName>('lightning');
  const [keep, setKeep] = useState<Keep>('copy');
  const [upload, setUpload] = useState<Extract<Progress, { phase: 'uploading' }> | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const [dropping, setDropping] = useState(false);
  const job = useJob(jobId, (status: ImportStatus) => {
    if (status.state === 'done' && status.sessionId !== null) onImported(status.sessionId);
  });
  const busy = upload !== null || job.running;
  const shown = notice ?? jobNotice(job);

  async function start(file: File): Promise<void> {
    if (busy) return;
    const refusal = refuseFile(file);
    setJobId(null);
    setNotice(refusal ? { kind: 'error', text: refusal } : null);
    if (refusal) return;
    setCancelling(false);
    try {
      const path = desktopPath(file);
      if (path) {
        setJobId(
          (await api['import.start']({ from: 'path', path, keep, model, personId: personId ?? undefined })).jobId,
        );
        return;
      }
      const abort = new AbortController();
      uploadAbort.current = abort;
      setUpload({ phase: 'uploading', fileName: file.name, sentBytes: 0, totalBytes: file.size });
      const uploadId = await uploadFile(api, file, {
        signal: abort.signal,
        onProgress: (sentBytes, totalBytes) =>
          setUpload({ phase: 'uploading', fileName: file.name, sentBytes, totalBytes }),
      });
      if (abort.signal.aborted) throw new UploadCancelled();
      const started = await api['import.start']({ from: 'upload', uploadId, model, personId: personId ?? undefined });
      setJobId(started.jobId);
    } catch (err) {
      setNotice(
        err instanceof UploadCancelled
          ? { kind: 'info', text: `Import of ${file.name} cancelled: nothing was saved.` }
          : { kind: 'error', text: messageOf(err) },
      );
    } finally {
      uploadAbort.current = null;
      setUpload(null);
    }
  }

  function cancel(): void {
    setCancelling(true);
    uploadAbort.current?.abort();
    if (jobId)
      api['import.cancel']({ jobId }).catch((err: unknown) => setNotice({ kind: 'error', text: messageOf(err) }));
  }

  function onDrop(e: DragEvent): void {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) void start(file);
  }

  // a finished import's bar stays full until its replay opens
  const progress: Progress | null =
    upload ??
    (job.status && (job.running || job.status.state === 'done') ? { phase: 'job', status: job.status } : null);
  return (
    <section
      className={`import-panel${dropping ? ' dropping' : ''}`}
      aria-labelledby="import-title"
      data-testid="import-panel"
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(!busy);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <h2 id="import-title">Import a video</h2>
      <div className="import-row">
        <button type="button" disabled={busy} onClick={() => inputRef.current?.click()} data-testid="import-button">
          Import a video…
        </button>
        <FileInput
          ref={inputRef}
          accept={VIDEO_ACCEPT}
          label="Video file to import"
          testId="import-file-input"
          onFile={(file) => void start(file)}
        />
        <span className="muted">or drop an mp4, mov or webm file here</span>
      </div>
      <fieldset className="import-options" disabled={busy}>
        <legend className="visually-hidden">Import options</legend>
        <label>
          Model{' '}
          <select
            value={model}
            onChange={(e) => setModel(e.target.value as ModelName)}
            aria-label="Model for the analysis"
          >
            <option value="lightning">Lightning (fast)</option>
            <option value="thunder">Thunder (accurate, ~3× slower)</option>
          </select>
        </label>
        {canUsePaths ? (
          <span role="radiogroup" aria-label="Where the video is kept" className="keep-choice">
            <label>
              <input type="radio" name="keep" checked={keep === 'copy'} onChange={() => setKeep('copy')} /> Copy it into
              Retrowalk
            </label>
            <label>
              <input type="radio" name="keep" checked={keep === 'reference'} onChange={() => setKeep('reference')} />{' '}
              Use it where it is
            </label>
          </span>
        ) : (
          <span className="muted">The video is copied into Retrowalk's data folder.</span>
        )}
      </fieldset>
      {progress && <JobProgress progress={progress} onCancel={cancel} cancelling={cancelling} />}
      {shown && (
        <Notice kind={shown.kind} testId="import-notice">
          {shown.text}
        </Notice>
      )}
    </section>
  );
}

/** What an import that ended without a session says: why it failed, that it was cancelled, or that it was lost track of. */
function jobNotice(job: Job): ImportNotice | null {
  if (job.error) return { kind: 'error', text: `Lost track of the import: ${job.error}` };
  const status = job.status;
  if (status?.state === 'failed')
    return { kind: 'error', text: status.message ?? `${status.fileName} could not be imported.` };
  if (status?.state === 'cancelled')
    return { kind: 'info', text: `Import of ${status.fileName} cancelled: nothing was saved.` };
  return null;
}
