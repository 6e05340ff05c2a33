/** An import or re-analysis job's status is read ~4×/s while it runs, until it is done, failed or cancelled. */
import type { ImportStatus } from '../../../shared/api';

export const JOB_POLL_MS = 250;
const FINISHED = new Set<ImportStatus['state']>(['done', 'failed', 'cancelled']);

export function isFinished(status: Pick<ImportStatus, 'state'>): boolean {
  return FINISHED.has(status.state);
}
