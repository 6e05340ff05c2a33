/** Errors that cross the API boundary as ApiErrorBody, whatever the transport. */
import type { ApiErrorBody } from '../shared/api';

export type ApiErrorCode = ApiErrorBody['error']['code'];

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  invalid_payload: 400,
  not_found: 404,
  conflict: 409,
  bad_file: 422,
  disk_full: 507,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

const DISK_FULL_MESSAGE =
  'The disk holding the Retrowalk data folder is full: nothing was saved from this request. Free some space and try again.';

/**
 * SQLite's SQLITE_FULL and the file system's ENOSPC/EDQUOT both mean the data folder's disk is full;
 * so does SQLITE_IOERR_SHMSIZE, SQLite's answer when a WAL database's -shm cannot grow for want of space.
 */
export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** Maps anything thrown by a service to an ApiError; unexpected errors keep their message. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (isDiskFull(err)) return new ApiError('disk_full', DISK_FULL_MESSAGE);
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError('internal', `Internal error: ${message}`);
}
