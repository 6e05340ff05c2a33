/**
 * The desktop app through Playwright's _electron, where the Electron binary exists. Where it does not
 * (machines that cannot download it, a platform limit rather than a missing test input), each desktop
 * test reports itself skipped with the reason, and `npm start` is checked to fall back to browser mode.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const ROOT = resolve(__dirname, '../..');

const electron = findElectronBinary(ROOT);
const noBinary = `Electron binary not available here: ${electron.reason}; the browser-mode e2e tests cover the app`;
if (!electron.path) console.warn(`SKIPPED desktop app (Electron) tests: ${noBinary}`);

describe('desktop app (Electron)', () => {
  let app: ElectronApplication;
  let page: Page;
  const dataDir = mkdtempSync(join(tmpdir(), 'retrowalk-electron-'));

  beforeAll(async () => {
    if (!electron.path) return; // each test reports itself skipped (beforeEach)
    app = await _electron.launch({
      executablePath: electron.path,
      args: [ROOT],
      env: { ...process.env, RETROWALK_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  beforeEach(({ skip }) => skip(!electron.path, noBinary));
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the renderer from app://retrowalk, sandboxed, with only the preload bridge', async () => {
    expect(page.url()).toBe('app://retrowalk/index.html');
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys(window.retrowalk ?? {}).sort(),
      mode: (window.retrowalk as unknown as { mode: string }).mode,
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['invoke', 'mode', 'pathForFile'],
      mode: 'electron',
    });
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'self'");
  });

  it('answers every kind of call over IPC, validated in main', async () => {
    const result = await page.evaluate(async () => {
      const api = window.retrowalk!;
      const info = (await api.invoke('app.info', {})) as { mode: string; dataDir: string };
      const created = (await api.invoke('sessions.create', {
        startedAt: new Date().toISOString(),
        model: 'lightning',
        width: 640,
        height: 480,
        fps: 30,
      })) as { id: number };
      const kp = Array.from({ length: 17 }, (_, k) => [k, k * 2, 0.5]);
      await api.invoke('sessions.appendFrames', {
        id: created.id,
        frames: [
          { t: 0, keypoints: kp },
          { t: 33, keypoints: null },
        ],
      });
      await api.invoke('video.appendChunk', {
        id: created.id,
        seq: 0,
        mimeType: 'video/webm',
        bytes: new Uint8Array([26, 69, 223, 163]),
      });
      const finished = (await api.invoke('sessions.finish', {
        id: created.id,
        durationMs: 33,
        direction: null,
        analysis: null,
      })) as { videoBytes: number };
      const frames = await api.invoke('sessions.frames', { id: created.id });
      const invalid = await api.invoke('sessions.get', { id: 'one' });
      const unknown = await api.invoke('shell.exec', {}).then(
        () => 'resolved',
        (e: Error) => e.message,
      );
      return { info, finished, frames, invalid, unknown };
    });
    expect(result.info).toMatchObject({ mode: 'electron', dataDir });
    expect(result.finished.videoBytes).toBe(4);
    expect(result.frames).toHaveLength(2);
    expect(result.invalid).toMatchObject({ error: { code: 'invalid_payload' } });
    expect(result.unknown).toMatch(/Unknown API channel/);
  });

  it('blocks navigation away from the app and new windows', async () => {
    // Main's own view of the attempt: the will-navigate event after the hardening listener has handled
    // it, listened for (and kept in main's globalThis: evaluate runs the function's source there) before the page tries.
    type InMain = { navigationSeen?: Promise<{ url: string; prevented: boolean }> };
    await app.evaluate(({ BrowserWindow }) => {
      (globalThis as InMain).navigationSeen = new Promise((resolve) => {
        BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (event) =>
          resolve({ url: event.url, prevented: event.defaultPrevented }),
        );
      });
    });
    // window.open answers null when setWindowOpenHandler denies the window.
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await app.evaluate(() => (globalThis as InMain).navigationSeen)).toEqual({
      url: 'https://example.com/',
      prevented: true,
    });
    expect(page.url()).toBe('app://retrowalk/index.html');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});

describe('npm start without the Electron binary', () => {
  beforeEach(({ skip }) => skip(!!electron.path, 'the Electron binary is installed here: npm start opens the window'));
  it('says why no window opened, starts browser mode and prints a working tokenised URL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'retrowalk-start-'));
    const start = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
      cwd: ROOT,
      env: { ...process.env, RETROWALK_DATA_DIR: dataDir, RETROWALK_NO_OPEN: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    start.stdout.on('data', (d) => (out += d));
    start.stderr.on('data', (d) => (out += d));
    const exited = new Promise((resolve) => start.on('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        start.stdout.on('data', () => {
          const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
          if (m) resolve(m[0]);
        });
        start.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${out}`)));
      });
      expect(out).toMatch(/Electron binary not available \(.+\): starting in browser mode/);
      const entry = await fetch(url, { redirect: 'manual' });
      expect(entry.status).toBe(303);
      const cookie = entry.headers.get('set-cookie')!.split(';')[0];
      const page = await fetch(new URL('/', url), { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">|<script type="module"/);
      const api = await fetch(new URL('/api/app.info', url), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${new URL(url).searchParams.get('token')}`,
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect(await api.json()).toMatchObject({ mode: 'browser', dataDir });
    } finally {
      start.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
