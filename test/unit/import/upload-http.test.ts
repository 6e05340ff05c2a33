/** Browser mode's import over real HTTP: chunked upload, job polling, the video served back; with the run's token. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../src/main/server/browserServer';
import type { ImportStatus } from '../../../src/shared/api';
import { postApi, request, withToken } from '../main/http';
import { cutWalk, filesIn, requireFfmpegAndWalk, tempDir } from './support';

const temp = tempDir('import-http');
const dataDir = join(temp.dir, 'data');
let server: BrowserServer;
let clip: Buffer;

beforeAll(async () => {
  requireFfmpegAndWalk();
  clip = readFileSync(cutWalk(join(temp.dir, 'clip.mp4'), 3, 2));
  server = await startBrowserServer({
    dataDir,
    port: 0,
    rendererDir: join(temp.dir, 'renderer'),
    modelsDir: join(temp.dir, 'models'),
  });
});
afterAll(async () => {
  await server?.close();
  temp.remove();
});

const auth = () => withToken(server);
const call = (channel: string, payload: unknown) => postApi(server, channel, JSON.stringify(payload));
function sendChunk(uploadId: string, offset: number, bytes: Buffer, headers: Record<string, string>) {
  return request(server.port, `/api/import.uploadChunk?${new URLSearchParams({ uploadId, offset: String(offset) })}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
}
async function chunk(uploadId: string, offset: number, bytes: Buffer) {
  const res = await sendChunk(uploadId, offset, bytes, auth());
  return { status: res.status, body: res.json() as any };
}

describe('import by upload over HTTP', () => {
  it('uploads in chunks, imports, and serves the copied video back with Range support', async () => {
    const begin = await call('import.uploadBegin', { fileName: 'my walk.mp4', bytes: clip.length });
    expect(begin.status).toBe(200);
    const { uploadId, chunkBytes } = begin.body;
    expect(chunkBytes).toBe(8 * 1024 * 1024);
    expect((await sendChunk(uploadId, 0, clip.subarray(0, 10), {})).status).toBe(403); // no token
    const size = 64 * 1024; // any size up to chunkBytes
    for (let offset = 0; offset < clip.length; offset += size) {
      const res = await chunk(uploadId, offset, clip.subarray(offset, offset + size));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        received: Math.min(offset + size, clip.length),
        complete: offset + size >= clip.length,
      });
    }
    const start = await call('import.start', { from: 'upload', uploadId, model: 'lightning' });
    expect(start.status).toBe(200);
    let status: ImportStatus;
    do {
      await new Promise((r) => setTimeout(r, 250));
      status = (await call('import.status', { jobId: start.body.jobId })).body;
    } while (!['done', 'failed', 'cancelled'].includes(status.state));
    expect([status.state, status.message, status.framesDone]).toEqual(['done', null, 60]);

    const session = (await call('sessions.get', { id: status.sessionId })).body;
    expect(session).toMatchObject({
      source: 'imported',
      originalName: 'my walk.mp4',
      videoOwned: true,
      frameCount: 60,
    });
    expect(filesIn(join(dataDir, 'incoming'))).toEqual([]); // the upload became the session's video
    const media = await request(server.port, `/media/${status.sessionId}`, { headers: auth() });
    expect([media.status, media.headers['content-type']]).toEqual([200, 'video/mp4']);
    expect(media.body.equals(clip)).toBe(true);
    const part = await request(server.port, `/media/${status.sessionId}`, {
      headers: { ...auth(), range: 'bytes=0-99' },
    });
    expect([part.status, part.body.length]).toEqual([206, 100]);
    const frames = (await call('sessions.frames', { id: status.sessionId, model: 'lightning' })).body;
    expect(frames).toHaveLength(60);
  });

  it('refuses chunks out of order, an unknown upload, a file over the limit, and a path', async () => {
    const { uploadId } = (await call('import.uploadBegin', { fileName: 'a.mp4', bytes: 100 })).body;
    const skipped = await chunk(uploadId, 50, Buffer.alloc(10));
    expect([skipped.status, skipped.body.error.message]).toEqual([
      400,
      `Upload ${uploadId}: a chunk at byte 50 arrived, expected byte 0; nothing was written.`,
    ]);
    const early = await call('import.start', { from: 'upload', uploadId, model: 'lightning' });
    expect([early.status, early.body.error.message]).toEqual([
      400,
      'Upload of a.mp4 is incomplete: 0 of 100 bytes received.',
    ]);
    expect((await call('import.uploadAbort', { uploadId })).body).toEqual({ aborted: true });
    expect(filesIn(join(dataDir, 'incoming'))).toEqual([]);
    expect((await chunk(uploadId, 0, Buffer.alloc(10))).status).toBe(404);

    const huge = await call('import.uploadBegin', { fileName: 'huge.mov', bytes: 6 * 1024 ** 3 });
    expect([huge.status, huge.body.error.message]).toEqual([
      400,
      'huge.mov is 6 GB; Retrowalk imports videos up to 4 GB: trim the video or export it at a lower resolution first.',
    ]);
    const path = await call('import.start', {
      from: 'path',
      path: '/etc/passwd',
      keep: 'reference',
      model: 'lightning',
    });
    expect(path.status).toBe(400);
    expect(path.body.error.message).toMatch(/browser mode .* uploading/);
  });
});
