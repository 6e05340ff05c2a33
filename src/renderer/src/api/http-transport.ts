import type { ApiChannel } from '../../../shared/api';
import type { Invoke } from './client';
import { apiError, readErrorBody } from './errors';

/**
 * Browser mode: POST /api/<channel> to the loopback server. The server authenticates by an HttpOnly
 * cookie, hence credentials 'same-origin'. Video chunks go as raw bytes with their fields in the
 * query string, so a second of WebM is not inflated into JSON.
 */
export function httpInvoke(baseUrl = ''): Invoke {
  return async (channel, payload) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${channel}${queryOf(channel, payload)}`, {
        method: 'POST',
        credentials: 'same-origin',
        ...bodyOf(channel, payload),
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

interface ChunkPayload { id: number; seq: number; mimeType: string; bytes: Uint8Array }

function queryOf(channel: ApiChannel, payload: unknown): string {
  if (channel !== 'video.appendChunk') return '';
  const { id, seq, mimeType } = payload as ChunkPayload;
  return `?${new URLSearchParams({ id: String(id), seq: String(seq), mimeType })}`;
}

function bodyOf(channel: ApiChannel, payload: unknown): { body: BodyInit; headers: Record<string, string> } {
  if (channel === 'video.appendChunk') {
    const { bytes } = payload as ChunkPayload;
    return { body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'application/octet-stream' } };
  }
  return { body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } };
}
