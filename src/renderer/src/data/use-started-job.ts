import { useState } from 'react';
import type { ImportStatus } from '../../../shared/api';
import { api } from '../api';
import { messageOf } from '../api/errors';
import { useJob, type Job } from './use-job';

export interface StartedJob extends Job {
  /** Cancel was asked for the running job. */
  cancelling: boolean;
  /** Why starting, following or running the job failed, else null. */
  failure: string | null;
  /** Starts a job with `request` (the channel that answers its id), forgetting any earlier one. */
  start: (request: () => Promise<{ jobId: string }>) => void;
  /** Asks main to cancel the running job. */
  cancel: () => void;
  /** Forgets the job and its failure. */
  clear: () => void;
}

/**
 * A job a screen starts on a session (a re-analysis, an analysis following a chosen walker): its
 * polled status, Cancel, and one failure message; `failedText` when the job failed without one.
 * `onEnd` as for useJob, given `clear` too.
 */
export function useStartedJob(
  failedText: string,
  onEnd: (status: ImportStatus, clear: () => void) => void,
): StartedJob {
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const clear = (): void => {
    setError(null);
    setJobId(null);
  };
  const job = useJob(jobId, (status) => onEnd(status, clear));
  const status = job.status;
  return {
    ...job,
    cancelling,
    failure: error ?? job.error ?? (status?.state === 'failed' ? (status.message ?? failedText) : null),
    start: (request) => {
      clear();
      setCancelling(false);
      request()
        .then((r) => setJobId(r.jobId))
        .catch((e: unknown) => setError(messageOf(e)));
    },
    cancel: () => {
      if (jobId === null) return;
      setCancelling(true);
      api['import.cancel']({ jobId }).catch((e: unknown) => setError(messageOf(e)));
    },
    clear,
  };
}
