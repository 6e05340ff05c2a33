import type { Invoke } from './client';
import { apiError, readErrorBody } from './errors';

/**
 * Browser mode: POST /api/<channel> to the loopback server. The server authenticates by an HttpOnly
 * cookie, hence credentials 'same-origin'. Payloads carrying `bytes` (video chunks, import uploads)
 * go as the raw body with their other fields in the query string, so binary data is never inflated
 * into JSON.
 */
export function httpInvoke(baseUrl = ''): Invoke {
  return async (channel, payload) => {
    const { query, init } = requestOf(payload);
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${channel}${query}`, {
        method: 'POST',
        credentials: 'same-origin',
        ...init,
      });
    } catch {
      throw apiError('unreachable', 'no answer', channel);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) return body;
    const error = readErrorBody(body);
    if (error) throw apiError(error.code, error.message, channel);
    throw apiError('internal', `HTTP ${response.status} ${response.statusText}`.trim(), channel);
  };
}

function requestOf(payload: unknown): { query: string; init: RequestInit } {
  const fields = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null;
  if (!fields || !(fields.bytes instanceof Uint8Array)) {
    return { query: '', init: { body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } } };
  }
  const { bytes, ...rest } = fields;
  const params = new URLSearchParams(Object.entries(rest).map(([key, value]) => [key, String(value)]));
  return {
    query: `?${params}`,
    init: { body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'application/octet-stream' } },
  };
}
