import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import type { ImportStatus } from '../../../shared/api';
import { isFinished } from './job-state';
import { jobQuery } from './queries';

export interface Job {
  /** The job's latest status (null before the first one, and without a job). */
  status: ImportStatus | null;
  /** Queued or running: its status is still polled. */
  running: boolean;
  /** Why its status cannot be read (the job is then lost track of), else null. */
  error: string | null;
}

/** Job `jobId`'s status, polled while it runs; `onEnd` is called once, with its last status, when it ends. */
export function useJob(jobId: string | null, onEnd: (status: ImportStatus) => void): Job {
  const query = useQuery(jobQuery(jobId));
  const status = jobId !== null && query.data?.jobId === jobId ? query.data : null;
  const ended = status !== null && isFinished(status) ? status : null;
  const end = useEffectEvent(onEnd);
  // the job ends in the main process; its last status is what says so
  useEffect(() => {
    if (ended) end(ended);
  }, [ended]);
  const error = jobId !== null && query.error ? query.error.message : null;
  return { status, running: jobId !== null && error === null && ended === null, error };
}
