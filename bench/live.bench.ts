/**
 * Section "Live pipeline": the real app in browser mode (built with electron-vite, served by
 * out/main/browser.js on a temporary data folder) in real Chromium, the fake camera playing
 * sports2d-walk.mp4 (both people in view, each frame's number stamped in its letterbox), Lightning
 * on the backend the app chose. Reads what the live screen itself shows (window.__retrowalkDebug)
 * and, for the latency's spread, times each drawn frame from the video frame callback that produced
 * it; then the skeleton's offset from its picture (support/own-frame.ts) and, in the same run, the
 * model alone on that backend (the pose harness): the ceiling the live rate is a share of.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser, removeDir, startServer, watchConsole } from '../test/e2e/support/app';
import { HER_PX_PER_FRAME, liveHipGaps, median as middle } from '../test/e2e/support/own-frame';
import { frameNumberedClip, openPoseHarness } from '../test/e2e/support/pose-harness';
import type { BackendName } from '../src/shared/api';
import type { BenchRow } from './types';

const SECTION = 'Live pipeline';
const ROOT = resolve(import.meta.dirname, '..');
const WARM_UP_MS = 3_000;
/** Readings of the screen while her clip frames are shown: whether the skeleton is on her, and its offset from its picture. */
const HER_READINGS = 60;
const MEASURE_MS = 10_000;

const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/**
 * Page-side timing, installed before the app loads and leaving it unchanged: the pose worker's
 * results carry the time of their video frame (`frameTime`, performance.now() in the frame
 * callback); the overlay canvas draws the result's picture first thing when a result is drawn.
 */
function timeDrawnFrames(): void {
  const w = window as unknown as { __liveBench: { latencies: number[] } };
  w.__liveBench = { latencies: [] };
  let resultFrameTime: number | null = null;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent<{ type?: string; result?: { frameTime: number } }>) => {
        // 'camera-result': the pose worker reads the camera itself; 'result': a build from before that
        const type = e.data?.type;
        if ((type === 'camera-result' || type === 'result') && e.data.result) resultFrameTime = e.data.result.frameTime;
      });
    }
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
  const drawImage = CanvasRenderingContext2D.prototype.drawImage as (...args: unknown[]) => void;
  CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
    if (resultFrameTime !== null && this.canvas.dataset.testid === 'overlay') {
      w.__liveBench.latencies.push(performance.now() - resultFrameTime);
      resultFrameTime = null;
    }
    drawImage.apply(this, args);
  };
}

export async function run(): Promise<BenchRow[]> {
  // another build of the app (out/, package.json, models/ and node_modules/ linked, as the soak's
  // snapshot): an A/B in the same minutes, on the same loaded machine
  const appDir = process.env.RETROWALK_BENCH_APP_DIR;
  if (!appDir && (process.env.RETROWALK_E2E_SKIP_BUILD !== '1' || !existsSync(resolve(ROOT, 'out/main/browser.js')))) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const clip = frameNumberedClip('sports2d-walk.mp4');
  // the model alone on the default backend before the app runs, and on the app's choice after it
  // closes: the machine's speed drifts, so the ceiling is the mean of the two (same backend)
  const before = await modelAloneFps('wasm');
  const server = await startServer({ appDir });
  const { browser, page } = await launchBrowser({ cameraFile: clip });
  const consoleLines = watchConsole(page);
  try {
    await page.addInitScript(timeDrawnFrames);
    await page.goto(server.url);
    // First start: the engine runs on the default backend while the backends are timed in the
    // background; measure once that is done (and the engine on the chosen backend draws frames).
    await page
      .waitForFunction(
        () =>
          (window.__retrowalkDebug?.frames ?? 0) >= 30 &&
          !document.querySelector('[data-testid="engine-status"]')?.textContent?.includes('measuring'),
        null,
        { timeout: 300_000, polling: 250 },
      )
      .catch((e: unknown) => {
        throw new Error(`${String(e)}\npage:\n${consoleLines.join('\n')}\nserver:\n${server.output()}`);
      });
    await page.waitForTimeout(WARM_UP_MS);
    const read = () =>
      page.evaluate(() => ({
        now: performance.now(),
        frames: window.__retrowalkDebug?.frames ?? 0,
        shownFps: window.__retrowalkDebug?.fps ?? null,
        shownLatencyMs: window.__retrowalkDebug?.latencyMs ?? null,
        tracked: (window.__retrowalkDebug?.lastPose ?? null) !== null,
        latencies: (window as unknown as { __liveBench: { latencies: number[] } }).__liveBench.latencies.length,
        backend: document.querySelector('[data-testid="backend"]')?.textContent?.trim() ?? '',
        backendName: document.querySelector('[data-testid="backend"]')?.getAttribute('data-value') ?? 'wasm',
      }));
    const loadBefore = loadavg()[0];
    const start = await read();
    const shown: Array<{ fps: number | null; latencyMs: number | null; tracked: boolean }> = [];
    let end = start;
    while (end.now - start.now < MEASURE_MS) {
      await page.waitForTimeout(500);
      end = await read();
      shown.push({ fps: end.shownFps, latencyMs: end.shownLatencyMs, tracked: end.tracked });
    }
    const loadAfter = loadavg()[0];
    const latencies = (
      await page.evaluate(() => (window as unknown as { __liveBench: { latencies: number[] } }).__liveBench.latencies)
    ).slice(start.latencies, end.latencies);
    const fps = ((end.frames - start.frames) * 1000) / (end.now - start.now);
    // the rate while someone is tracked (a frame with nobody skips the model and would flatter it):
    // consecutive drawn frames of the window that both have a skeleton, per second between them
    const history = await page.evaluate(() =>
      (window.__retrowalkDebug?.history ?? []).map((f) => [f.t, f.keypoints ? 1 : 0]),
    );
    const trackedGaps = history.flatMap(([t, on], i) => {
      const [t0, on0] = history[i - 1] ?? [NaN, 0];
      return i > 0 && on && on0 && t0 >= start.now ? [t - t0] : [];
    });
    const trackedFps = (trackedGaps.length * 1000) / trackedGaps.reduce((a, b) => a + b, 0);
    const shownFps = shown.flatMap((s) => (s.fps === null ? [] : [s.fps]));
    const median = quantile(latencies, 0.5);
    const p95 = quantile(latencies, 0.95);
    const { gaps: hipGaps, readings: herReadings } = await liveHipGaps(page, HER_READINGS, 'readings');
    const offsetFrames = hipGaps.length ? middle(hipGaps) / HER_PX_PER_FRAME : null;
    await browser.close(); // nothing of the app runs while the model is timed alone
    const after = await modelAloneFps(end.backendName as BackendName);
    const alone = before.backend === after.backend ? [before, after] : [after];
    const ceilingFps = alone.reduce((sum, c) => sum + c.fps, 0) / alone.length;
    const share = trackedFps / ceilingFps;
    return [
      { section: SECTION, metric: `engine (as the live screen shows it)`, value: end.backend, unit: '' },
      { section: SECTION, metric: 'app measured', value: appDir ?? 'out/ of this checkout', unit: '' },
      {
        section: SECTION,
        metric: `load average (1 min) before / after, 2 cores`,
        value: `${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)}`,
        unit: '',
      },
      {
        section: SECTION,
        metric: `frames drawn per second over ${(MEASURE_MS / 1000).toFixed(0)} s (fake camera 30 fps)`,
        value: fps,
        unit: 'fps',
        target: '≥ 30',
        met: fps >= 30,
      },
      {
        section: SECTION,
        metric: 'fps shown on screen, lowest of the readings',
        value: shownFps.length ? Math.min(...shownFps) : null,
        unit: 'fps',
      },
      // Frames with nobody tracked skip the single-pose model: a lost walker would flatter the fps.
      {
        section: SECTION,
        metric: `readings with the walker tracked (of ${shown.length}, every 0.5 s)`,
        value: shown.filter((s) => s.tracked).length / shown.length,
        unit: 'share',
      },
      {
        section: SECTION,
        metric: `frame→overlay latency, median (${latencies.length} frames)`,
        value: median ?? null,
        unit: 'ms',
        target: '≤ 50',
        met: median !== undefined && median <= 50,
      },
      {
        section: SECTION,
        metric: `model alone in the same run, mean of ${alone.map((c) => c.label).join(' and ')}; capped at the camera's 30 fps`,
        value: ceilingFps,
        unit: 'fps',
      },
      {
        section: SECTION,
        metric: `frames drawn per second with the walker tracked (${trackedGaps.length} intervals)`,
        value: trackedFps,
        unit: 'fps',
      },
      {
        section: SECTION,
        metric: 'frames drawn per second with the walker tracked ÷ model alone',
        value: share,
        unit: 'share',
        target: '≥ 0.9',
        met: share >= 0.9,
      },
      { section: SECTION, metric: 'frame→overlay latency, p95', value: p95 ?? null, unit: 'ms' },
      // The scans choose whom to follow: a scan that misses her while the man is in view loses her.
      {
        section: SECTION,
        metric: `screen readings of her frames with the skeleton on her (of ${herReadings}, hips within 60 px of offline)`,
        value: herReadings ? hipGaps.length / herReadings : null,
        unit: 'share',
      },
      {
        section: SECTION,
        metric: `skeleton's offset from its picture, median of ${hipGaps.length} moments (hips vs offline, ÷ ${HER_PX_PER_FRAME} px/frame)`,
        value: offsetFrames,
        unit: 'frames',
        target: '0 (within ±1)',
        met: offsetFrames !== null && Math.abs(offsetFrames) < 1,
      },
      {
        section: SECTION,
        metric: 'latency shown on screen (median of the last 30 frames), at the end',
        value: end.shownLatencyMs,
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
    removeDir(server.dataDir);
  }
}

/** The single-pose model alone on `backend` in Chromium (the pose harness, real camera frames), as fps. */
async function modelAloneFps(backend: BackendName): Promise<{ backend: BackendName; fps: number; label: string }> {
  const harness = await openPoseHarness(frameNumberedClip('sports2d-walk.mp4'));
  try {
    const r = await harness.call('timeModel', {
      model: 'lightning',
      backend,
      simd: true,
      detector: 'single',
      runs: 30,
      budgetMs: 6000,
    });
    const ms = quantile(r.ms, 0.5);
    return { backend, fps: Math.min(30, 1000 / ms), label: `${ms.toFixed(1)} ms/call on ${backend}` };
  } finally {
    await harness.close();
  }
}
