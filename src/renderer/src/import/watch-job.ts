/** Polls an import or re-analysis job ~4×/s until it is done, failed or cancelled. */
import type { ImportStatus, RetrowalkApi } from '../../../shared/api';

export const POLL_MS = 250;
const FINISHED = new Set<ImportStatus['state']>(['done', 'failed', 'cancelled']);

export function isFinished(status: Pick<ImportStatus, 'state'>): boolean {
  return FINISHED.has(status.state);
}

/** Calls onStatus with every status (the last one finished); onError if the status cannot be read. Returns stop(). */
export function watchJob(
  api: Pick<RetrowalkApi, 'import.status'>,
  jobId: string,
  onStatus: (status: ImportStatus) => void,
  onError: (err: unknown) => void,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = (): void => {
    api['import.status']({ jobId }).then(
      (status) => {
        if (stopped) return;
        onStatus(status);
        if (!isFinished(status)) timer = setTimeout(poll, POLL_MS);
      },
      (err: unknown) => {
        if (!stopped) onError(err);
      },
    );
  };
  poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
