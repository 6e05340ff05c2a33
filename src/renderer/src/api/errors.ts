import type { ApiErrorBody } from '../../../shared/api';

export type ApiErrorCode = ApiErrorBody['error']['code'] | 'unreachable';

/** An API call that failed, with a message meant for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly channel: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const CODES: ReadonlyArray<ApiErrorBody['error']['code']> = [
  'invalid_payload',
  'not_found',
  'conflict',
  'bad_file',
  'disk_full',
  'internal',
];

/** The error inside a value, when the value has the ApiErrorBody shape. */
export function readErrorBody(value: unknown): ApiErrorBody['error'] | null {
  if (typeof value !== 'object' || value === null || !('error' in value)) return null;
  const error = value.error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return null;
  const known = CODES.find((c) => c === code);
  return { code: known ?? 'internal', message };
}

/** Message shown to the user, phrased by what went wrong rather than by transport. */
export function describeError(code: ApiErrorCode, serverMessage: string): string {
  switch (code) {
    case 'disk_full':
      return `The disk is full (${serverMessage}). Free some space.`;
    case 'unreachable':
      return 'The Retrowalk service is not answering (was it stopped?).';
    case 'not_found':
      return `Not found: ${serverMessage}`;
    case 'invalid_payload':
      return `The app sent data the service refused: ${serverMessage}`;
    case 'conflict':
    case 'bad_file':
      return serverMessage;
    case 'internal':
      return `The service failed: ${serverMessage}`;
  }
}

export function apiError(code: ApiErrorCode, serverMessage: string, channel: string): ApiError {
  return new ApiError(code, describeError(code, serverMessage), channel);
}

/** What went wrong, as text for the user: an Error's message, or the thrown value itself. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
