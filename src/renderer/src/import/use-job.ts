import { useEffect, useState } from 'react';
import type { ImportStatus } from '../../../shared/api';
import { api } from '../api';
import { watchJob } from './watch-job';

/** The live status of a job while `jobId` is set; `error` when its status cannot be read. */
export function useJob(jobId: string | null): { status: ImportStatus | null; error: string | null } {
  const [state, setState] = useState<{ status: ImportStatus | null; error: string | null }>({
    status: null,
    error: null,
  });
  useEffect(() => {
    setState({ status: null, error: null });
    if (!jobId) return;
    return watchJob(
      api,
      jobId,
      (status) => setState({ status, error: null }),
      (err) => setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) })),
    );
  }, [jobId]);
  return state;
}
