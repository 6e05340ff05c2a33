/**
 * The one entry point of both transports: validates a payload with the channel's zod schema, calls
 * the service, and turns every failure into an ApiErrorBody with its HTTP status.
 */
import { z } from 'zod';
import { apiRequests, type ApiChannel, type ApiErrorBody } from '../../shared/api';
import { ApiError, toApiError } from '../errors';
import type { ApiHandlers } from '../services';

export type ApiOutcome = { ok: true; value: unknown } | { ok: false; status: number; body: ApiErrorBody };

export type ApiDispatch = (channel: string, payload: unknown) => Promise<ApiOutcome>;

export function isApiChannel(channel: string): channel is ApiChannel {
  return Object.hasOwn(apiRequests, channel);
}

/** Deeper than any channel's payload needs (frames[i].keypoints[j][k] is 5 levels). */
const MAX_PAYLOAD_DEPTH = 32;

/**
 * The payload's top-level field holding arrays or objects nested deeper than `limit`, or null. Such
 * a payload passes a schema's loose parts, then overflows the stack when stored (JSON.stringify).
 * Iterative, so no payload can overflow this check itself.
 */
function tooDeepField(payload: unknown, limit: number): string | null {
  if (payload === null || typeof payload !== 'object') return null;
  const stack: Array<{ value: object; depth: number; field: string }> = [{ value: payload, depth: 0, field: '' }];
  while (stack.length > 0) {
    const { value, depth, field } = stack.pop()!;
    if (depth >= limit) return field || 'the payload';
    for (const [key, child] of Object.entries(value) as Array<[string, unknown]>) {
      if (child !== null && typeof child === 'object' && !ArrayBuffer.isView(child))
        stack.push({ value: child, depth: depth + 1, field: field || key });
    }
  }
  return null;
}

export function createDispatch(
  handlers: ApiHandlers,
  onInternalError: (err: unknown) => void = console.error,
): ApiDispatch {
  return async (channel, payload) => {
    try {
      if (!isApiChannel(channel)) throw new ApiError('not_found', `Unknown API channel "${channel}".`);
      const deep = tooDeepField(payload, MAX_PAYLOAD_DEPTH);
      if (deep)
        throw new ApiError(
          'invalid_payload',
          `Invalid payload for ${channel}: ${deep} is nested deeper than ${MAX_PAYLOAD_DEPTH} levels.`,
        );
      const parsed = apiRequests[channel].safeParse(payload);
      if (!parsed.success) {
        throw new ApiError('invalid_payload', `Invalid payload for ${channel}: ${z.prettifyError(parsed.error)}`);
      }
      const handler = handlers[channel] as (p: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      const apiError = toApiError(err);
      if (apiError.code === 'internal') onInternalError(err);
      return { ok: false, status: apiError.httpStatus, body: apiError.toBody() };
    }
  };
}
