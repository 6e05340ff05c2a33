import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../src/renderer/src/api/client';
import { ApiError } from '../../../src/renderer/src/api/errors';
import { httpInvoke } from '../../../src/renderer/src/api/http-transport';
import { ipcInvoke } from '../../../src/renderer/src/api/ipc-transport';

interface Seen {
  url: string;
  contentType: string | undefined;
  body: Buffer;
}

/** A real loopback server speaking the browser-mode protocol, with canned answers per channel. */
let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The stand-in server's answer: a few channels as main answers them, anything else a proxy's HTML error. */
async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readAll(req);
  seen.push({ url: req.url ?? '', contentType: req.headers['content-type'], body });
  const channel = new URL(req.url ?? '/', 'http://x').pathname.replace('/api/', '');
  const json = (status: number, value: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  if (channel === 'settings.get')
    return json(200, { personId: 3, liveModel: 'lightning', backend: 'wasm', backendTimings: null, cameraId: null });
  if (channel === 'sessions.get') return json(404, { error: { code: 'not_found', message: 'No session 99.' } });
  if (channel === 'sessions.appendFrames')
    return json(507, { error: { code: 'disk_full', message: 'No space left on device' } });
  if (channel === 'video.appendChunk') return json(200, { bytes: body.length });
  res.writeHead(502, { 'content-type': 'text/html' });
  res.end('<h1>Bad gateway</h1>');
}

beforeAll(async () => {
  server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/** The ApiError a call rejected with; fails the test when it resolved or threw something else. */
async function failure(call: Promise<unknown>): Promise<ApiError> {
  const outcome = await call.then(
    () => 'resolved',
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(ApiError);
  return outcome as ApiError;
}

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('API client over HTTP (browser mode)', () => {
  it('posts JSON to /api/<channel> and resolves with the answer', async () => {
    const api = createApi(httpInvoke(baseUrl));
    const settings = await api['settings.get']({});
    expect(settings.personId).toBe(3);
    const request = seen.at(-1)!;
    expect(request.url).toBe('/api/settings.get');
    expect(request.contentType).toBe('application/json');
    expect(JSON.parse(request.body.toString())).toEqual({});
  });

  it('sends video chunks as raw bytes with id, seq and mimeType in the query', async () => {
    const api = createApi(httpInvoke(baseUrl));
    const bytes = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0, 255]);
    const answer = await api['video.appendChunk']({ id: 7, seq: 3, mimeType: 'video/webm;codecs=vp8', bytes });
    expect(answer.bytes).toBe(6);
    const request = seen.at(-1)!;
    const url = new URL(request.url, 'http://x');
    expect(url.pathname).toBe('/api/video.appendChunk');
    expect(Object.fromEntries(url.searchParams)).toEqual({ id: '7', seq: '3', mimeType: 'video/webm;codecs=vp8' });
    expect(request.contentType).toBe('application/octet-stream');
    expect([...request.body]).toEqual([...bytes]);
  });

  it('sends import uploads the same way: raw bytes, other fields in the query', async () => {
    const api = createApi(httpInvoke(baseUrl));
    await api['import.uploadChunk']({ uploadId: 'u-1', offset: 8_388_608, bytes: new Uint8Array([1, 2, 3]) }).catch(
      () => undefined,
    );
    const request = seen.at(-1)!;
    const url = new URL(request.url, 'http://x');
    expect(url.pathname).toBe('/api/import.uploadChunk');
    expect(Object.fromEntries(url.searchParams)).toEqual({ uploadId: 'u-1', offset: '8388608' });
    expect(request.contentType).toBe('application/octet-stream');
    expect([...request.body]).toEqual([1, 2, 3]);
  });

  it('turns an ApiErrorBody into an ApiError with its code and a clear message', async () => {
    const api = createApi(httpInvoke(baseUrl));
    const error = await failure(api['sessions.get']({ id: 99 }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('No session 99.');

    const full = await failure(api['sessions.appendFrames']({ id: 1, frames: [] }));
    expect(full.code).toBe('disk_full');
    expect(full.message).toBe('The disk is full (No space left on device). Free some space.');
  });

  it('reports an answer that is not an ApiErrorBody by its HTTP status', async () => {
    const api = createApi(httpInvoke(baseUrl));
    const error = await failure(api['sessions.list']({}));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('HTTP 502');
  });

  it('says the service is not answering when nothing listens any more', async () => {
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    const error = await failure(createApi(httpInvoke(url))['app.info']({}));
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/not answering/);
    expect(error.channel).toBe('app.info');
  });
});

describe('API client over the Electron preload bridge', () => {
  it('resolves with the value main answered', async () => {
    const api = createApi(ipcInvoke({ invoke: (channel, payload) => Promise.resolve({ channel, payload }) }));
    expect(await api['sessions.delete']({ id: 4 })).toEqual({ channel: 'sessions.delete', payload: { id: 4 } });
  });

  it('throws an ApiError when main answers an ApiErrorBody', async () => {
    const api = createApi(
      ipcInvoke({ invoke: () => Promise.resolve({ error: { code: 'disk_full', message: 'ENOSPC' } }) }),
    );
    const error = await failure(api['sessions.finish']({ id: 1, durationMs: 1 }));
    expect(error.code).toBe('disk_full');
    expect(error.message).toContain('ENOSPC');
  });

  it("strips Electron's 'Error invoking remote method' wrapper from thrown errors", async () => {
    const api = createApi(
      ipcInvoke({
        invoke: () =>
          Promise.reject(new Error("Error invoking remote method 'retrowalk:app.info': Error: database is locked")),
      }),
    );
    const error = await failure(api['app.info']({}));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('The service failed: database is locked');
  });
});
