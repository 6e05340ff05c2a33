/**
 * Section "Soak": a long live session, recording all along, as a user would leave it running. The
 * real app in browser mode (out/main/browser.js on a temporary data folder) in real Chromium, the
 * fake camera looping sports2d-walk.mp4 (the ping-pong cut: she walks right to left and back, the
 * man on his box), the Live screen's Record button pressed once (R) and left recording.
 *
 * RETROWALK_SOAK_MIN (default 30) is the length of the soak in minutes, RETROWALK_SOAK_EVERY_MIN
 * (default 5, or a third of a soak shorter than 15 minutes) the time between samples. Each sample
 * (and one at start) reads:
 * - the tfjs tensor count of the pose worker and of the scan worker (tfjs-core keeps its engine on
 *   the worker's global object, `_tfengine`; read through playwright's Worker.evaluate, so the app
 *   needs no hook), with tfjs's byte count and the WASM heap behind it;
 * - the page's JS heap (CDP Performance.getMetrics, JSHeapUsedSize) after a forced garbage
 *   collection (CDP HeapProfiler.collectGarbage), so it measures what is kept, not what is garbage;
 * - the main (server) process's RSS (/proc/PID/status), and the Chromium processes' RSS summed;
 * - the database: the files on disk (retrowalk.db + -wal) and its logical size (page_count ×
 *   page_size from a read-only connection: what the file holds after a checkpoint, without the
 *   WAL's fixed-size sawtooth), the frames stored (sessions.frame_count), and the videos folder.
 * Targets: tensors flat (max − min ≤ 5), heap and RSS within ±10 % of the first
 * interval's sample (5 min) from then on, database bytes per frame steady: each interval's growth
 * per stored frame within ±10 % of the whole run's.
 *
 * The server runs from a copy of the built app (see startSnapshotServer), so that others rebuilding
 * out/ meanwhile do not change it under the soak. RETROWALK_E2E_SKIP_BUILD=1 uses out/ as it is.
 *
 * The recorder has no length limit; if the take stops by itself anyway (a save error, say), the
 * soak presses Record again and counts it. At the end it stops the take and times the save (main
 * analyses the whole walk) and samples once more.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { DATABASE_FILE } from '../src/main/dataDir';
import { launchBrowser, removeDir, startServer, watchConsole, type RunningServer } from '../test/e2e/support/app';
import { CLIPS, prepareClip } from '../test/e2e/support/footage';
import type { BenchRow } from './types';

const SECTION = 'Soak: live session, recording';
const ROOT = resolve(import.meta.dirname, '..');
const MINUTE_MS = 60_000;
const SOAK_MIN = Number(process.env.RETROWALK_SOAK_MIN ?? 30);
const EVERY_MIN = Number(process.env.RETROWALK_SOAK_EVERY_MIN ?? (SOAK_MIN >= 15 ? 5 : SOAK_MIN / 3));
/** Between samples: is the take still recording (else Record again), and a progress line each minute. */
const WATCH_MS = 10_000;
const TENSOR_SPREAD_MAX = 5;
const DRIFT_MAX = 0.1;
const MB = 1024 * 1024;

interface WorkerMemory {
  numTensors: number;
  numBytes: number;
  wasmBytes: number | null;
}

interface Sample {
  label: string;
  /** Minutes since recording started. */
  min: number;
  pose: WorkerMemory | null;
  scan: WorkerMemory | null;
  heapBytes: number;
  mainRssBytes: number;
  chromiumRssBytes: number;
  dbFileBytes: number;
  dbLogicalBytes: number;
  frames: number;
  videoBytes: number;
  drawnFrames: number;
  nowMs: number;
  load1: number;
}

/** The tfjs engine of each live pose worker (the page's workers are named by their script). */
async function workerMemory(page: Page, script: 'pose.worker' | 'scan.worker'): Promise<WorkerMemory | null> {
  const workers = page.workers().filter((w) => w.url().includes(script));
  for (const worker of workers.reverse()) {
    const memory = await worker
      .evaluate(() => {
        const engine = (
          globalThis as unknown as {
            _tfengine?: {
              memory: () => { numTensors: number; numBytes: number };
              backendInstance?: { wasm?: { HEAPU8?: Uint8Array } };
            };
          }
        )._tfengine;
        if (!engine) return null;
        const { numTensors, numBytes } = engine.memory();
        return { numTensors, numBytes, wasmBytes: engine.backendInstance?.wasm?.HEAPU8?.byteLength ?? null };
      })
      .catch(() => null);
    if (memory) return memory;
  }
  return null;
}

/**
 * The built app, copied to a temporary folder (out/ and package.json; models/ and node_modules/
 * linked) and started from there as test/e2e/support/app.ts's startServer does: others rebuilding
 * out/ during a half-hour soak would otherwise swap the server's lazily loaded chunks under it.
 */
async function startSnapshotServer(): Promise<RunningServer & { appDir: string; builtAt: string }> {
  const appDir = mkdtempSync(join(tmpdir(), 'retrowalk-soak-app-'));
  mkdirSync(join(appDir, 'out'));
  for (const part of ['main', 'renderer', 'preload']) {
    if (existsSync(join(ROOT, 'out', part)))
      cpSync(join(ROOT, 'out', part), join(appDir, 'out', part), { recursive: true });
  }
  cpSync(join(ROOT, 'package.json'), join(appDir, 'package.json'));
  symlinkSync(join(ROOT, 'models'), join(appDir, 'models'));
  symlinkSync(join(ROOT, 'node_modules'), join(appDir, 'node_modules'));
  const builtAt = statSync(join(ROOT, 'out/main/browser.js')).mtime.toISOString();
  const dataDir = mkdtempSync(join(tmpdir(), 'retrowalk-soak-data-'));
  const server = await startServer({ dataDir, appDir });
  return { ...server, appDir, builtAt };
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // gone between listing and reading
  }
}

/** Every process below `root`, but not below `except` (the server), by their parent ids in /proc. */
function descendants(root: number, except: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* exited */
    }
  }
  const found: number[] = [];
  const walk = (pid: number): void => {
    for (const [child, ppid] of parent) {
      if (ppid === pid && child !== except) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    total += entry.isDirectory() ? folderBytes(join(dir, entry.name)) : fileBytes(join(dir, entry.name));
  }
  return total;
}

/** The database's logical size and stored frames, from a short read-only connection. */
function readDatabase(path: string): { logicalBytes: number; frames: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const { frames } = db.prepare('SELECT COALESCE(SUM(frame_count), 0) AS frames FROM sessions').get() as {
      frames: number;
    };
    return { logicalBytes: pages * pageSize, frames };
  } finally {
    db.close();
  }
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

const fmtMb = (bytes: number): string => (bytes / MB).toFixed(1);
const fmtMin = (min: number): string => (Number.isInteger(min) ? String(min) : min.toFixed(1));
const tensors = (m: WorkerMemory | null): string => (m ? String(m.numTensors) : 'n/a');

export async function run(): Promise<BenchRow[]> {
  // Half an hour: not part of a plain `npm run bench`, only when asked for by name (or given a length).
  const asked =
    process.argv.slice(2).some((name) => 'soak.bench.ts'.includes(name)) ||
    process.env.RETROWALK_SOAK_MIN !== undefined;
  if (!asked) {
    return [
      {
        section: SECTION,
        metric: 'not run: `npm run bench -- soak` runs it (RETROWALK_SOAK_MIN, default 30 min)',
        value: null,
        unit: '',
      },
    ];
  }
  if (!(SOAK_MIN > 0) || !(EVERY_MIN > 0))
    throw new Error('RETROWALK_SOAK_MIN and RETROWALK_SOAK_EVERY_MIN must be positive minutes');
  if (process.env.RETROWALK_E2E_SKIP_BUILD !== '1' || !existsSync(resolve(ROOT, 'out/main/browser.js'))) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const clip = prepareClip('walk-ping-pong', CLIPS.walkPingPong);
  const server = await startSnapshotServer();
  const serverPid = server.process.pid!;
  const dbPath = join(server.dataDir, DATABASE_FILE);
  const { browser, context, page } = await launchBrowser({ cameraFile: clip });
  const consoleLines = watchConsole(page);
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  const log = (line: string): void => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);
  const startedAtText = new Date().toISOString();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(server.url);
    // First start measures the backends, then loads the engine: wait for drawn frames.
    await page
      .waitForFunction(() => (window.__retrowalkDebug?.frames ?? 0) >= 30, null, { timeout: 180_000, polling: 250 })
      .catch((e: unknown) => {
        throw new Error(`${String(e)}\npage:\n${consoleLines.join('\n')}\nserver:\n${server.output()}`);
      });
    const engineText =
      (
        await page
          .getByTestId('backend')
          .textContent()
          .catch(() => '')
      )?.trim() ?? '';

    const button = page.getByTestId('record-button');
    const noticeText = async (): Promise<string> =>
      (
        await page
          .getByTestId('record-notice')
          .locator('span')
          .first()
          .textContent({ timeout: 2_000 })
          .catch(() => null)
      )?.trim() ?? '';
    const indicator = page.getByTestId('recording-indicator');
    const record = async (): Promise<void> => {
      await page.keyboard.press('r'); // the shortcut the Live screen offers; 3-2-1, then recording
      await indicator.waitFor({ timeout: 60_000 });
    };
    await record();
    const recordStart = Date.now();
    log(`recording (engine ${engineText}); soak ${fmtMin(SOAK_MIN)} min, a sample every ${fmtMin(EVERY_MIN)} min`);

    const samples: Sample[] = [];
    const sample = async (label: string): Promise<Sample> => {
      const pose = await workerMemory(page, 'pose.worker');
      const scan = await workerMemory(page, 'scan.worker');
      const heapBytes = await heapAfterGc(cdp);
      const { logicalBytes, frames } = readDatabase(dbPath);
      const debug = await page.evaluate(() => ({
        frames: window.__retrowalkDebug?.frames ?? 0,
        now: performance.now(),
      }));
      const s: Sample = {
        label,
        min: (Date.now() - recordStart) / MINUTE_MS,
        pose,
        scan,
        heapBytes,
        mainRssBytes: rssBytes(serverPid),
        chromiumRssBytes: descendants(process.pid, serverPid).reduce((sum, pid) => sum + rssBytes(pid), 0),
        dbFileBytes: fileBytes(dbPath) + fileBytes(`${dbPath}-wal`),
        dbLogicalBytes: logicalBytes,
        frames,
        videoBytes: folderBytes(join(server.dataDir, 'videos')),
        drawnFrames: debug.frames,
        nowMs: debug.now,
        load1: loadavg()[0],
      };
      samples.push(s);
      log(
        `${label}: tensors pose ${tensors(pose)} scan ${tensors(scan)}, heap ${fmtMb(heapBytes)} MB, main RSS ${fmtMb(s.mainRssBytes)} MB, ` +
          `Chromium RSS ${fmtMb(s.chromiumRssBytes)} MB, db ${fmtMb(logicalBytes)} MB (${fmtMb(s.dbFileBytes)} on disk), ${frames} frames, ` +
          `videos ${fmtMb(s.videoBytes)} MB, load ${s.load1.toFixed(2)}`,
      );
      return s;
    };

    await sample('start');
    let restarts = 0;
    const notices: string[] = [];
    const intervals = Math.max(1, Math.round(SOAK_MIN / EVERY_MIN));
    for (let k = 1; k <= intervals; k++) {
      const due = recordStart + k * EVERY_MIN * MINUTE_MS;
      let lastProgress = Date.now();
      while (Date.now() < due) {
        await page.waitForTimeout(Math.min(WATCH_MS, due - Date.now()));
        if (crashed)
          throw new Error(
            `the page crashed after ${((Date.now() - recordStart) / MINUTE_MS).toFixed(1)} min\n${consoleLines.join('\n')}`,
          );
        if (!(await indicator.isVisible())) {
          // The take ended by itself: wait for it to be saved, note why, and record again.
          await page.waitForFunction(
            () => /Record/.test(document.querySelector('[data-testid="record-button"]')?.textContent ?? ''),
            null,
            { timeout: 300_000 },
          );
          const notice = (await noticeText()) || '(no notice)';
          notices.push(`${((Date.now() - recordStart) / MINUTE_MS).toFixed(1)} min: ${notice}`);
          log(`the take stopped by itself (${notice}); recording again`);
          restarts += 1;
          await record();
        }
        if (Date.now() - lastProgress >= MINUTE_MS) {
          lastProgress = Date.now();
          const d = await page.evaluate(() => ({
            frames: window.__retrowalkDebug?.frames ?? 0,
            fps: window.__retrowalkDebug?.fps ?? null,
          }));
          log(
            `${((Date.now() - recordStart) / MINUTE_MS).toFixed(1)} min: ${d.frames} frames drawn, ${d.fps?.toFixed(1) ?? 'n/a'} fps shown, load ${loadavg()[0].toFixed(2)}`,
          );
        }
      }
      await sample(`${fmtMin(k * EVERY_MIN)} min`);
    }

    // Stop: the rest of the keypoints and video are saved and main analyses the whole walk.
    const stopStart = Date.now();
    await button.click();
    await page.waitForFunction(
      () => /Record/.test(document.querySelector('[data-testid="record-button"]')?.textContent ?? ''),
      null,
      { timeout: 600_000, polling: 250 },
    );
    const saveS = (Date.now() - stopStart) / 1000;
    const notice = await noticeText();
    const stopped = await sample('after stop');
    const db = new Database(dbPath, { readonly: true });
    const sessions = db
      .prepare('SELECT id, status, frame_count AS frames, analysis IS NOT NULL AS analysed FROM sessions')
      .all() as RunInfo['sessions'];
    db.close();
    log(`stopped and saved in ${saveS.toFixed(1)} s: ${notice}; sessions ${JSON.stringify(sessions)}`);

    return rowsOf(samples.slice(0, -1), stopped, {
      engineText,
      startedAtText,
      builtAt: server.builtAt,
      head: gitHead(),
      restarts,
      notices,
      saveS,
      notice,
      sessions,
      pageLines: consoleLines,
    });
  } finally {
    await browser.close();
    await server.stop();
    removeDir(server.dataDir);
    removeDir(server.appDir);
  }
}

function gitHead(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

interface RunInfo {
  builtAt: string;
  head: string;
  engineText: string;
  startedAtText: string;
  restarts: number;
  notices: string[];
  saveS: number;
  notice: string;
  sessions: Array<{ id: number; status: string; frames: number; analysed: number }>;
  pageLines: string[];
}

function rowsOf(samples: Sample[], stopped: Sample, info: RunInfo): BenchRow[] {
  const row = (
    metric: string,
    value: BenchRow['value'],
    unit = '',
    target?: string,
    met?: boolean | null,
  ): BenchRow => ({ section: SECTION, metric, value, unit, ...(target === undefined ? {} : { target, met }) });
  const base = samples[1] ?? samples[0];
  const after = samples.slice(1);

  // One wide table, samples by columns, for docs/performance.md; the BenchRow rows follow.
  const head = [
    'sample',
    'pose tensors',
    'scan tensors',
    'pose WASM MB',
    'scan WASM MB',
    'page heap MB',
    'main RSS MB',
    'Chromium RSS MB',
    'db MB',
    'db+WAL on disk MB',
    'frames stored',
    'db B/frame (interval)',
    'videos MB',
    'fps drawn (interval)',
    'load 1 min',
  ];
  const lines = [...samples, stopped].map((s, i, all) => {
    const prev = i > 0 ? all[i - 1] : null;
    const perFrame =
      prev && s.frames > prev.frames && s.label !== 'after stop'
        ? ((s.dbLogicalBytes - prev.dbLogicalBytes) / (s.frames - prev.frames)).toFixed(0)
        : '';
    const fps =
      prev && s.nowMs > prev.nowMs && s.label !== 'after stop'
        ? (((s.drawnFrames - prev.drawnFrames) * 1000) / (s.nowMs - prev.nowMs)).toFixed(1)
        : '';
    return [
      s.label,
      tensors(s.pose),
      tensors(s.scan),
      s.pose?.wasmBytes != null ? fmtMb(s.pose.wasmBytes) : 'n/a',
      s.scan?.wasmBytes != null ? fmtMb(s.scan.wasmBytes) : 'n/a',
      fmtMb(s.heapBytes),
      fmtMb(s.mainRssBytes),
      fmtMb(s.chromiumRssBytes),
      fmtMb(s.dbLogicalBytes),
      fmtMb(s.dbFileBytes),
      String(s.frames),
      perFrame,
      fmtMb(s.videoBytes),
      fps,
      s.load1.toFixed(2),
    ];
  });
  console.log(`\n### ${SECTION}: samples\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const l of lines) console.log(`| ${l.join(' | ')} |`);

  const rows: BenchRow[] = [
    row('started (UTC)', info.startedAtText),
    row('app: out/ built at (UTC), HEAD then', `${info.builtAt} · ${info.head}`),
    row('engine (as the live screen shows it)', info.engineText),
    row('soak length, sample every', `${fmtMin(SOAK_MIN)} min, ${fmtMin(EVERY_MIN)} min`),
  ];
  for (const s of samples) {
    rows.push(
      row(
        `sample ${s.label}: tensors pose/scan · heap · main RSS · db · frames`,
        `${tensors(s.pose)}/${tensors(s.scan)} · ${fmtMb(s.heapBytes)} · ${fmtMb(s.mainRssBytes)} · ${fmtMb(s.dbLogicalBytes)} · ${s.frames}`,
        'count · MB · MB · MB · frames',
      ),
    );
  }

  const spread = (pick: (s: Sample) => number | undefined): number | null => {
    const values = samples.map(pick).filter((v): v is number => v !== undefined);
    return values.length === samples.length ? Math.max(...values) - Math.min(...values) : null;
  };
  for (const [name, pick] of [
    ['pose worker', (s: Sample) => s.pose?.numTensors],
    ['scan worker', (s: Sample) => s.scan?.numTensors],
  ] as const) {
    const d = spread(pick);
    rows.push(
      row(
        `${name} tfjs tensors, max − min over ${samples.length} samples`,
        d,
        'tensors',
        `≤ ${TENSOR_SPREAD_MAX}`,
        d === null ? null : d <= TENSOR_SPREAD_MAX,
      ),
    );
  }
  const drift = (pick: (s: Sample) => number): number =>
    Math.max(...after.map((s) => Math.abs(pick(s) / pick(base) - 1))) * 100;
  const signed = (pick: (s: Sample) => number): string =>
    after.map((s) => `${((pick(s) / pick(base) - 1) * 100).toFixed(1)}`).join(' / ');
  for (const [name, pick] of [
    ['page JS heap (after GC)', (s: Sample) => s.heapBytes],
    ['main process RSS', (s: Sample) => s.mainRssBytes],
  ] as const) {
    const d = drift(pick);
    rows.push(
      row(
        `${name}, largest change from the ${base.label} sample`,
        d,
        '%',
        `≤ ${DRIFT_MAX * 100}`,
        d <= DRIFT_MAX * 100,
      ),
    );
    rows.push(row(`${name}, change from ${base.label} at each sample`, signed(pick), '%'));
  }
  // What the page keeps per recorded frame: a heap that grows with the take's frames is a leak of them.
  rows.push(
    row(
      `page JS heap growth per stored frame, ${base.label} → last sample`,
      (samples.at(-1)!.heapBytes - base.heapBytes) / Math.max(1, samples.at(-1)!.frames - base.frames),
      'B/frame',
    ),
  );
  rows.push(
    row(
      'Chromium processes RSS (sum), first → last sample',
      `${fmtMb(samples[0].chromiumRssBytes)} → ${fmtMb(samples.at(-1)!.chromiumRssBytes)}`,
      'MB',
    ),
  );
  const pose0 = samples[0].pose?.wasmBytes;
  const poseN = samples.at(-1)!.pose?.wasmBytes;
  rows.push(
    row(
      'pose worker WASM heap, first → last sample',
      pose0 != null && poseN != null ? `${fmtMb(pose0)} → ${fmtMb(poseN)}` : null,
      'MB',
    ),
  );

  const first = samples[0];
  const last = samples.at(-1)!;
  const overall = (last.dbLogicalBytes - first.dbLogicalBytes) / Math.max(1, last.frames - first.frames);
  const perInterval = samples
    .slice(1)
    .map((s, i) => (s.dbLogicalBytes - samples[i].dbLogicalBytes) / Math.max(1, s.frames - samples[i].frames));
  const worst = Math.max(...perInterval.map((v) => Math.abs(v / overall - 1))) * 100;
  rows.push(row('database growth per stored frame, whole run', overall, 'B/frame'));
  rows.push(
    row('database growth per frame, each interval', perInterval.map((v) => v.toFixed(0)).join(' / '), 'B/frame'),
  );
  rows.push(
    row(
      'database growth per frame, largest interval deviation from the whole run',
      worst,
      '%',
      `≤ ${DRIFT_MAX * 100}`,
      worst <= DRIFT_MAX * 100,
    ),
  );
  const recordedS = (last.min - first.min) * 60;
  rows.push(
    row(
      'frames stored per second of recording (the fake camera gives 30)',
      (last.frames - first.frames) / recordedS,
      'frames/s',
    ),
  );
  rows.push(
    row(
      'load average (1 min), lowest / highest sample',
      `${Math.min(...samples.map((s) => s.load1)).toFixed(2)} / ${Math.max(...samples.map((s) => s.load1)).toFixed(2)}`,
      '',
    ),
  );
  rows.push(
    row(
      'video written per minute of recording',
      (last.videoBytes - first.videoBytes) / MB / (recordedS / 60),
      'MB/min',
    ),
  );
  rows.push(row('takes that stopped by themselves (recorded again)', info.restarts, '', '0', info.restarts === 0));
  for (const n of info.notices) rows.push(row('  take stopped', n));
  rows.push(row('stop → saved and analysed (whole take)', info.saveS, 's'));
  rows.push(row('after stop: notice', info.notice || '(none)'));
  rows.push(
    row(
      'after stop: sessions (status, frames, analysed)',
      info.sessions.map((s) => `${s.status} ${s.frames} ${s.analysed ? 'yes' : 'no'}`).join('; '),
    ),
  );
  rows.push(
    row('after stop: page heap · main RSS', `${fmtMb(stopped.heapBytes)} · ${fmtMb(stopped.mainRssBytes)}`, 'MB'),
  );
  rows.push(row('page errors and warnings during the soak', info.pageLines.length, 'lines'));
  return rows;
}
