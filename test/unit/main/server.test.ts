import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import { startBrowserServer, type BrowserServer } from '../../../src/main/server/browserServer';
import { analyzeSession } from '../../../src/shared/gait';
import { postApi, request, withToken } from './http';
import { mountSmallDisk } from './small-disk';
import { asStored, makeFrames, NEW_SESSION, tempDataDir } from './support';

const data = tempDataDir();
let server: BrowserServer;
let port: number;
const rendererDir = join(data.dir, 'renderer');
const modelsDir = join(data.dir, 'models');

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(modelsDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Retrowalk</title>');
  writeFileSync(join(rendererDir, 'assets', 'tfjs-backend-wasm-simd.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(modelsDir, 'movenet-lightning.bin'), Buffer.alloc(64, 7));
  server = await startBrowserServer({ dataDir: join(data.dir, 'data'), port: 0, rendererDir, modelsDir });
  port = server.port;
});
afterAll(async () => {
  await server.close();
  data.remove();
});

const auth = () => withToken(server);
const call = (channel: string, payload: unknown) =>
  postApi(server, channel, JSON.stringify(payload), { origin: server.origin });
async function chunk(id: number, seq: number, bytes: Buffer, mimeType = 'video/webm;codecs=vp8') {
  const res = await request(
    port,
    `/api/video.appendChunk?${new URLSearchParams({ id: String(id), seq: String(seq), mimeType })}`,
    {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/octet-stream' },
      body: bytes,
    },
  );
  return { status: res.status, body: res.json() as any };
}

describe('who may talk to the server', () => {
  it('prints a loopback start URL that trades the token for an HttpOnly SameSite=Strict cookie', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const start = await request(port, new URL(server.url).pathname + new URL(server.url).search);
    expect(start.status).toBe(303);
    expect(start.headers.location).toBe('/');
    const cookie = String(start.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request(port, '/', { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Retrowalk</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a wrong token in the start URL', async () => {
    expect((await request(port, '/?token=guessed')).status).toBe(403);
  });

  it('refuses API calls and pages without the token, or with a wrong one', async () => {
    const json = { 'content-type': 'application/json' };
    expect((await request(port, '/api/app.info', { method: 'POST', headers: json, body: '{}' })).status).toBe(403);
    expect(
      (
        await request(port, '/api/app.info', {
          method: 'POST',
          headers: { ...json, authorization: 'Bearer nope' },
          body: '{}',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(port, '/api/app.info', {
          method: 'POST',
          headers: { ...json, cookie: `retrowalk_token_${port}=nope` },
          body: '{}',
        })
      ).status,
    ).toBe(403);
    const page = await request(port, '/');
    expect(page.status).toBe(403);
    expect(page.body.toString()).toMatch(/token/);
  });

  it('refuses a foreign Origin even with the token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, 'null']) {
      const res = await request(port, '/api/app.info', {
        method: 'POST',
        headers: { ...auth(), origin, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status, origin).toBe(403);
    }
  });

  it('refuses a Host that is not this server (DNS rebinding), even with the token', async () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const res = await request(port, '/api/app.info', {
        method: 'POST',
        headers: { ...auth(), host, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status, host).toBe(403);
    }
    const viaLocalhost = await request(port, '/api/app.info', {
      method: 'POST',
      headers: {
        ...auth(),
        host: `localhost:${port}`,
        origin: `http://localhost:${port}`,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(viaLocalhost.status).toBe(200);
  });
});

describe('bad requests get clear messages', () => {
  it('invalid payload → 400 naming the field', async () => {
    const res = await call('sessions.create', { ...NEW_SESSION, width: -3 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_payload');
    expect(res.body.error.message).toMatch(/sessions\.create.*width/s);
  });

  it('a body that is not JSON → 400; unknown channel → 404; GET → 405', async () => {
    const notJson = await request(port, '/api/settings.update', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: '{liveModel',
    });
    expect(notJson.status).toBe(400);
    expect((notJson.json() as { error: { message: string } }).error.message).toMatch(/not valid JSON/);
    expect((await call('sessions.explode', {})).status).toBe(404);
    expect((await request(port, '/api/app.info', { headers: auth() })).status).toBe(405);
  });

  it('does not serve files outside its folders', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/models/..%2f..%2fdata%2fretrowalk.db']) {
      expect((await request(port, path, { headers: auth() })).status, path).toBe(404);
    }
  });
});

describe('every channel over real HTTP', () => {
  it('serves the renderer, WASM with its MIME type, and the models', async () => {
    const wasm = await request(port, '/assets/tfjs-backend-wasm-simd.wasm', { headers: auth() });
    expect(wasm.headers['content-type']).toBe('application/wasm');
    const model = await request(port, '/models/movenet-lightning.bin', { headers: auth() });
    expect(model.status).toBe(200);
    expect(model.body).toEqual(Buffer.alloc(64, 7));
  });

  it('app.info and settings', async () => {
    expect((await call('app.info', {})).body).toEqual({
      mode: 'browser',
      version: expect.any(String),
      dataDir: join(data.dir, 'data'),
      startupNotice: null,
    });
    expect((await call('settings.get', {})).body.liveModel).toBe('lightning');
    const updated = await call('settings.update', { liveModel: 'thunder' });
    expect(updated.body).toMatchObject({ liveModel: 'thunder' });
    expect((await call('settings.update', { liveModel: 'heavy' })).status).toBe(400);
    expect((await call('settings.get', {})).body.liveModel).toBe('thunder');
  });

  it('records a session with frames and video, lists, reads, serves the video with Range, deletes', async () => {
    const { body: created } = await call('sessions.create', NEW_SESSION);
    const id = created.id as number;
    const frames = makeFrames(60, { nullEvery: 5 });
    expect((await call('sessions.appendFrames', { id, frames: frames.slice(0, 30) })).body).toEqual({ stored: 30 });
    expect((await call('sessions.appendFrames', { id, frames: frames.slice(30) })).body).toEqual({ stored: 30 });

    const parts = [Buffer.alloc(300, 1), Buffer.alloc(200, 2), Buffer.alloc(100, 3)];
    expect((await chunk(id, 0, parts[0])).body).toEqual({ bytes: 300 });
    expect((await chunk(id, 1, parts[1])).body).toEqual({ bytes: 500 });
    const duplicate = await chunk(id, 1, parts[1]);
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toMatch(/already received/);
    const gap = await chunk(id, 3, parts[2]);
    expect(gap.status).toBe(400);
    expect(gap.body.error.message).toMatch(/gap/);
    expect((await chunk(id, 2, parts[2], 'video/mp4')).status).toBe(400);
    expect((await chunk(id, 2, parts[2])).body).toEqual({ bytes: 600 });
    expect((await chunk(9999, 0, parts[0])).status).toBe(404);

    const analysis = analyzeSession({ fps: 30, width: 640, height: 480, frames });
    const finished = await call('sessions.finish', { id, durationMs: 2000, direction: analysis.direction, analysis });
    expect(finished.body).toMatchObject({
      id,
      status: 'complete',
      frameCount: 60,
      videoBytes: 600,
      direction: analysis.direction,
      analysis,
    });
    expect(existsSync(finished.body.videoPath)).toBe(true);
    expect((await call('sessions.finish', { id, durationMs: 1, direction: null, analysis: null })).status).toBe(400);

    expect((await call('sessions.list', {})).body.map((s: { id: number }) => s.id)).toContain(id);
    expect((await call('sessions.get', { id })).body).toEqual(finished.body);
    expect((await call('sessions.frames', { id })).body).toEqual(asStored(frames));

    const whole = await request(port, `/media/${id}`, { headers: auth() });
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.body).toEqual(Buffer.concat(parts));
    const middle = await request(port, `/media/${id}`, { headers: { ...auth(), range: 'bytes=290-309' } });
    expect(middle.status).toBe(206);
    expect(middle.headers['content-range']).toBe('bytes 290-309/600');
    expect(middle.body).toEqual(Buffer.concat(parts).subarray(290, 310));
    const tail = await request(port, `/media/${id}`, { headers: { ...auth(), range: 'bytes=-50' } });
    expect(tail.body).toEqual(Buffer.alloc(50, 3));
    expect((await request(port, `/media/${id}`, { headers: { ...auth(), range: 'bytes=600-' } })).status).toBe(416);
    expect((await request(port, `/media/${id}`)).status).toBe(403);

    expect((await call('sessions.delete', { id })).body).toEqual({ deleted: true });
    expect(existsSync(finished.body.videoPath)).toBe(true); // in the trash, restorable
    expect((await call('sessions.purge', { id })).body).toEqual({ deleted: true });
    expect(existsSync(finished.body.videoPath)).toBe(false);
    expect((await call('sessions.get', { id })).body).toBeNull();
    expect((await call('sessions.frames', { id })).status).toBe(404);
    expect((await request(port, `/media/${id}`, { headers: auth() })).status).toBe(404);
  });
});

describe('backups over HTTP', () => {
  it('backup.create, then GET /backups/<name> downloads it as an attachment; other names and no token are refused', async () => {
    const { body: backup } = await call('backup.create', {});
    const res = await request(port, `/backups/${backup.fileName}`, { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${backup.fileName}"`);
    expect(res.body).toEqual(readFileSync(join(data.dir, 'data', 'backups', backup.fileName)));
    expect(res.body.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect((await request(port, `/backups/${backup.fileName}`)).status).toBe(403);
    for (const path of [
      '/backups/retrowalk.db',
      '/backups/..%2Fretrowalk.db',
      '/backups/../retrowalk.db',
      `/backups/${backup.fileName.replace('.sqlite', '.db')}`,
      '/backups/retrowalk-backup-2020-01-01T00-00-00-000Z.sqlite',
    ]) {
      expect((await request(port, path, { headers: auth() })).status, path).toBe(404);
    }
  });
});

describe('a full disk', () => {
  it('a video chunk that cannot be written → 507 disk_full with a clear message', async () => {
    const { body: created } = await call('sessions.create', NEW_SESSION);
    const videos = join(data.dir, 'data', 'videos');
    mkdirSync(videos, { recursive: true });
    const disk = mountSmallDisk(1, videos);
    try {
      disk.fill();
      const res = await chunk(created.id, 0, Buffer.alloc(64 * 1024, 1));
      expect(res.status).toBe(507);
      expect(res.body.error).toMatchObject({ code: 'disk_full', message: expect.stringMatching(/disk .* is full/) });
      // The failed chunk did not count: the same chunk is expected again once there is space.
      const again = await chunk(created.id, 1, Buffer.alloc(10));
      expect(again.body.error.message).toMatch(/expected chunk 0/);
    } finally {
      await call('sessions.finish', { id: created.id, durationMs: 0, direction: null, analysis: null }); // closes its file
      disk.unmount();
    }
  });
});
