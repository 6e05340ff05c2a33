/**
 * The pose engine's test page (./pose-harness/) built with vite into a temp folder and served with
 * the models at /models/, like the app serves them; Chromium's fake camera plays a clip whose
 * frames carry their frame number, so results can be checked against what each frame shows.
 * Used by test/e2e/pose-engine.test.ts and bench/pose.bench.ts.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { requireFootage } from '../../support/requirements';
import { convertOnce } from './footage';
import type { PoseHarness } from './pose-harness/main';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from './chromium';

// import.meta.dirname, not __dirname: the benchmark runs this under tsx as an ES module.
const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '../../..');

/**
 * `clip` from ../shared/footage as y4m for the fake camera, each frame's number (from 0, 30 fps)
 * written as 9 binary blocks of 32×16 px (white = 1, lowest bit left) into the black letterbox
 * at the top, where no person is.
 */
export function frameNumberedClip(clip: string): string {
  const source = requireFootage(clip);
  const stamp =
    "geq=lum='if(lt(Y\\,16)*lt(X\\,288)\\,if(bitand(N\\,pow(2\\,floor(X/32)))\\,235\\,16)\\,lum(X\\,Y))':cb='cb(X,Y)':cr='cr(X,Y)'";
  return convertOnce(
    `${clip.replace(/\W/g, '_')}.numbered`,
    'y4m',
    [
      '-loglevel',
      'error',
      '-y',
      '-i',
      source,
      '-vf',
      `scale=640:480,fps=30,${stamp}`,
      '-an',
      '-pix_fmt',
      'yuv420p',
      '-f',
      'yuv4mpegpipe',
    ],
    [source],
  );
}

async function buildHarness(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(HERE, 'pose-harness'),
    base: './',
    logLevel: 'warn',
    resolve: { alias: { '@mediapipe/pose': join(ROOT, 'src/shared/stubs/mediapipe-pose.ts') } },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true },
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.css': 'text/css',
};

/** As strict as the app's: proves the engine needs nothing beyond 'wasm-unsafe-eval' (page and worker). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data: blob:; media-src 'self' blob: mediastream:; style-src 'self' 'unsafe-inline'";

/** Static files from `dir`, and /models/ from the repo's models folder, on 127.0.0.1. */
function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [base, rel] = path.startsWith('/models/')
      ? [join(ROOT, 'models'), path.slice('/models/'.length)]
      : [dir, path.slice(1) || 'index.html'];
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ready({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

export interface OpenHarness {
  page: Page;
  /** Runs one harness call in the page. */
  call<K extends keyof PoseHarness>(
    name: K,
    ...args: Parameters<PoseHarness[K]>
  ): Promise<Awaited<ReturnType<PoseHarness[K]>>>;
  /** Console errors and warnings the page printed. */
  console: string[];
  close(): Promise<void>;
}

export async function openPoseHarness(cameraFile: string): Promise<OpenHarness> {
  if (!existsSync(join(ROOT, 'models/movenet-lightning.json'))) {
    throw new Error('models/ is empty: run `node scripts/install-models.mjs` (npm install does it)');
  }
  const outDir = mkdtempSync(join(tmpdir(), 'retrowalk-pose-harness-'));
  await buildHarness(outDir);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      ...TEST_CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${cameraFile}`,
    ],
  });
  const page = await browser.newPage();
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') lines.push(`[${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) lines.push(`[http ${r.status()}] ${r.url()}`);
  });
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => 'poseHarness' in window);
  return {
    page,
    console: lines,
    call: (name, ...args) =>
      page.evaluate(
        ([n, a]) =>
          (window as unknown as { poseHarness: Record<string, (...x: unknown[]) => unknown> }).poseHarness[n](...a),
        [name, args] as const,
      ) as never,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
