/**
 * Starts the real app in browser mode (the built `out/main/browser.js` in a child Node process on
 * a temporary data folder) and a real Debian Chromium driven by playwright-core, optionally with a
 * fake camera playing a clip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from './chromium';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface RunningServer {
  url: string;
  origin: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `node out/main/browser.js` of the app in `appDir` (default: this checkout) and resolves
 * with the tokenised start URL it prints.
 */
export async function startServer(opts: { dataDir?: string; appDir?: string } = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'retrowalk-e2e-data-'));
  const appDir = opts.appDir ?? ROOT;
  const child = spawn(process.execPath, [join(appDir, 'out/main/browser.js')], {
    cwd: appDir,
    env: { ...process.env, RETROWALK_DATA_DIR: dataDir, RETROWALK_PORT: '0', RETROWALK_NO_OPEN: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`browser-mode server printed no URL in 30 s:\n${out}`)), 30_000);
    const check = (): void => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[0]);
      }
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`server exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    process: child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export interface BrowserOptions {
  /** Clip for the fake camera; omit for no fake device at all (the machine has no camera). */
  cameraFile?: string;
  /** Answer the camera permission prompt: grant (default) or deny. */
  cameraPermission?: 'grant' | 'deny';
  /** Runs in every page before the app's own scripts (to watch what happens from the first moment). */
  initScript?: () => void;
}

export async function launchBrowser(
  opts: BrowserOptions = {},
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const args = [...TEST_CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'];
  if (opts.cameraFile)
    args.push('--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${opts.cameraFile}`);
  if ((opts.cameraPermission ?? 'grant') === 'grant') args.push('--use-fake-ui-for-media-stream');
  else args.push('--deny-permission-prompts');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  return { browser, context, page };
}

/** Opens `url` in a browser of its own (with its own camera), runs `use` on the page, and closes the browser whatever happens. */
export async function withBrowser<T>(
  url: string,
  options: BrowserOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const { browser, page } = await launchBrowser(options);
  try {
    await page.goto(url);
    return await use(page);
  } finally {
    await browser.close();
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Collects console errors and page errors so failures show what the page said. */
export function watchConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') lines.push(`[${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`));
  return lines;
}
