/**
 * POST /api/<channel>: JSON bodies, except the binary channels (video.appendChunk, import.uploadChunk)
 * whose body is the raw chunk and whose other fields are query parameters.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_CHUNK_BYTES, type ApiErrorBody } from '../../shared/api';
import type { ApiDispatch } from '../api/dispatch';

const MAX_JSON_BYTES = 16 * 1024 * 1024;

type Query = URLSearchParams;
const numberParam = (query: Query, name: string): number | undefined =>
  query.has(name) ? Number(query.get(name)) : undefined;
const textParam = (query: Query, name: string): string | undefined => query.get(name) ?? undefined;

/** Binary channels: their largest chunk (refused before it is read whole), and the payload's fields other than `bytes`, from the query string. */
const BINARY_CHANNELS: Record<string, { maxBytes: number; fields: (query: Query) => Record<string, unknown> }> = {
  'video.appendChunk': {
    maxBytes: 64 * 1024 * 1024,
    fields: (q) => ({ id: numberParam(q, 'id'), seq: numberParam(q, 'seq'), mimeType: textParam(q, 'mimeType') }),
  },
  'import.uploadChunk': {
    maxBytes: IMPORT_CHUNK_BYTES,
    fields: (q) => ({ uploadId: textParam(q, 'uploadId'), offset: numberParam(q, 'offset') }),
  },
};

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Past the limit the rest of the body is read and dropped, so the 413 arrives whole: a socket closed
 * with unread data resets, and the client sees ECONNRESET instead of the answer. A sender that goes
 * on past `DRAIN_BYTES` more is cut off.
 */
const DRAIN_BYTES = 64 * 1024 * 1024;

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = new BodyError(413, `Request body over ${limit} bytes.`);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + DRAIN_BYTES) {
        reject(tooLarge);
        req.pause();
      } else chunks.length = 0;
    });
    req.on('end', () => (size > limit ? reject(tooLarge) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function errorBody(code: ApiErrorBody['error']['code'], message: string): ApiErrorBody {
  return { error: { code, message } };
}

async function payloadOf(req: IncomingMessage, channel: string, query: URLSearchParams): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const binary = Object.hasOwn(BINARY_CHANNELS, channel) ? BINARY_CHANNELS[channel] : null;
  if (binary) {
    if (type !== 'application/octet-stream')
      throw new BodyError(415, `${channel} takes an application/octet-stream body.`);
    return { ...binary.fields(query), bytes: await readBody(req, binary.maxBytes) };
  }
  if (type !== 'application/json') throw new BodyError(415, `${channel} takes an application/json body.`);
  const text = (await readBody(req, MAX_JSON_BYTES)).toString('utf8');
  try {
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch (err) {
    throw new BodyError(400, `The body is not valid JSON: ${(err as Error).message}`);
  }
}

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  channel: string,
  query: URLSearchParams,
  dispatch: ApiDispatch,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, errorBody('invalid_payload', `Use POST for /api/${channel}.`), { ...headers, Allow: 'POST' });
    return;
  }
  let payload: unknown;
  try {
    payload = await payloadOf(req, channel, query);
  } catch (err) {
    const status = err instanceof BodyError ? err.status : 400;
    // A body abandoned partway (readBody paused it) leaves the connection unusable.
    const close: Record<string, string> = req.isPaused() ? { Connection: 'close' } : {};
    sendJson(res, status, errorBody('invalid_payload', (err as Error).message), { ...headers, ...close });
    return;
  }
  const outcome = await dispatch(channel, payload);
  if (outcome.ok) sendJson(res, 200, outcome.value, headers);
  else sendJson(res, outcome.status, outcome.body, headers);
}
