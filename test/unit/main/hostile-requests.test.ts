/**
 * Hostile requests to browser mode's server, over real HTTP on loopback: each gets
 * a clear answer, nothing outside the served folders leaks, and nothing already stored is lost.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../src/main/server/browserServer';
import { gaitAnalysisSchema } from '../../../src/shared/api';
import { analyzeSession } from '../../../src/shared/gait';
import type { KeypointsFile } from '../../../src/shared/pose/types';
import { FIXTURES_DIR, loadFixture } from '../../support/requirements';
import { postApi, request, withToken } from './http';
import { makeFrames, NEW_SESSION, tempDataDir } from './support';

const data = tempDataDir();
const rendererDir = join(data.dir, 'renderer');
const modelsDir = join(data.dir, 'models');
const outside = join(data.dir, 'outside');
let server: BrowserServer;

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(modelsDir);
  mkdirSync(outside);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Retrowalk</title>');
  writeFileSync(join(outside, 'secret.txt'), 'not for the browser');
  symlinkSync(join(outside, 'secret.txt'), join(rendererDir, 'assets', 'linked.txt'));
  symlinkSync(outside, join(modelsDir, 'linked-folder'));
  server = await startBrowserServer({ dataDir: join(data.dir, 'data'), port: 0, rendererDir, modelsDir });
});
afterAll(async () => {
  await server.close();
  data.remove();
});

const auth = () => withToken(server);
const callWithBody = (channel: string, body: string) => postApi(server, channel, body);
const call = (channel: string, payload: unknown) => callWithBody(channel, JSON.stringify(payload));

const keypoints = (name: string): KeypointsFile => loadFixture(`${name}.json`);

describe('hostile requests', () => {
  it('the start URL redirects only within this server, whatever its path', async () => {
    for (const path of ['/.//evil.com/', '//evil.com/', '/\\evil.com/', '/./\\/evil.com/']) {
      const res = await request(server.port, `${path}?token=${server.token}`);
      expect(res.status, path).toBe(303);
      const location = String(res.headers.location);
      // One leading slash, then no slash or backslash: a path on this server, never `//host`.
      expect(location, path).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, server.origin).origin, path).toBe(server.origin);
    }
  });

  it('the start URL reached from another site (the page npm start opens) sets the cookie and moves on by a page of its own', async () => {
    // A redirect would keep the navigation cross-site, and the browser would withhold the SameSite=Strict cookie from `/`.
    const res = await request(server.port, `/?token=${server.token}`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(
      new RegExp(`^retrowalk_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    expect(res.body.toString()).toContain('<meta http-equiv="refresh" content="0;url=/">');
    const evil = await request(server.port, `/.//evil.com/?a=1&token=${server.token}`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(evil.body.toString()).toContain('<meta http-equiv="refresh" content="0;url=/evil.com/?a=1">');
    expect(
      (await request(server.port, '/?token=guessed', { headers: { 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(403);
  });

  it('does not follow a symbolic link out of the served folders', async () => {
    for (const path of ['/assets/linked.txt', '/models/linked-folder/secret.txt']) {
      const res = await request(server.port, path, { headers: auth() });
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).not.toContain('not for the browser');
    }
    expect((await request(server.port, '/index.html', { headers: auth() })).status).toBe(200);
  });

  it('a JSON body over 16 MiB → 413 with a JSON error, the connection closed cleanly', async () => {
    const body = JSON.stringify({ liveModel: 'lightning', cameraId: 'x'.repeat(17 * 1024 * 1024) });
    const res = await request(server.port, '/api/settings.update', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'invalid_payload', message: 'Request body over 16777216 bytes.' } });
    expect((await call('settings.get', {})).body.cameraId).toBeNull(); // nothing of it was saved
  });

  it('refuses a start time that is not an ISO date, or a 15 MB one', async () => {
    for (const startedAt of ['yesterday', '2026-03-01T10:00:00.000Z'.padEnd(15 * 1024 * 1024, 'Z')]) {
      const res = await call('sessions.create', { ...NEW_SESSION, startedAt });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/sessions\.create.*startedAt/s);
    }
    expect((await call('sessions.create', NEW_SESSION)).status).toBe(200);
  });

  it('refuses over-long strings in settings and session details', async () => {
    const long = 'x'.repeat(100_000);
    for (const [channel, payload] of [
      ['settings.update', { cameraId: long }],
      ['settings.update', { backendTimings: { [long]: 1 } }],
      ['sessions.update', { id: 1, notes: long }],
    ] as const) {
      const res = await call(channel, payload);
      expect(res.status, `${channel} ${Object.keys(payload).join(',')}`).toBe(400);
    }
  });

  it('sessions.finish: a payload too deep → 400 and the recording stays finishable; an analysis sent along is not taken', async () => {
    const { id } = (await call('sessions.create', NEW_SESSION)).body;
    await call('sessions.appendFrames', { id, frames: makeFrames(30) });
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const refused = await callWithBody(
      'sessions.finish',
      `{"id":${id},"durationMs":1000,"analysis":{"direction":"backward","extra":${deep}}}`,
    );
    expect(refused.status).toBe(400);
    expect((await call('sessions.get', { id })).body.status).toBe('recording');
    // main analyses the stored keypoints: a client's analysis, malformed or not, is dropped by the schema
    const finished = await callWithBody(
      'sessions.finish',
      `{"id":${id},"durationMs":1000,"direction":"backward","analysis":{"segments":5}}`,
    );
    expect([finished.status, finished.body.status, finished.body.frameCount]).toEqual([200, 'complete', 30]);
    expect(finished.body.analysis.segments).toEqual(expect.any(Array));
  });

  it('the analysis schema accepts every analysis of the real keypoint fixtures, and of no frames', () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      for (const heightCm of [null, 131]) {
        const parsed = gaitAnalysisSchema.safeParse(
          analyzeSession(keypoints(file.replace(/\.json$/, '')), { heightCm }),
        );
        expect(parsed.error, `${file} ${heightCm}`).toBeUndefined();
      }
    }
    expect(
      gaitAnalysisSchema.safeParse(analyzeSession({ fps: 30, width: 640, height: 480, frames: [] })).error,
    ).toBeUndefined();
  });
});
