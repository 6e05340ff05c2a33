/**
 * The one entry point of both transports: validates a payload with the channel's zod schema, calls
 * the service, and turns every failure into an ApiErrorBody with its HTTP status.
 */
import { z } from 'zod';
import { apiRequests, type ApiChannel, type ApiErrorBody } from '../../shared/api';
import { ApiError, toApiError } from '../errors';
import type { ApiHandlers } from '../services';

export type ApiOutcome =
  | { ok: true; value: unknown }
  | { ok: false; status: number; body: ApiErrorBody };

export type ApiDispatch = (channel: string, payload: unknown) => Promise<ApiOutcome>;

export function isApiChannel(channel: string): channel is ApiChannel {
  return Object.hasOwn(apiRequests, channel);
}

export function createDispatch(handlers: ApiHandlers, onInternalError: (err: unknown) => void = console.error): ApiDispatch {
  return async (channel, payload) => {
    try {
      if (!isApiChannel(channel)) throw new ApiError('not_found', `Unknown API channel "${channel}".`);
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
