/**
 * SQLite: a 10-minute session (18,000 frames at 30 fps) written as the app records it — 600 one-second
 * batches, each its own durable transaction — then read back, and its size on disk per frame.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../src/main/dataDir';
import { createServices } from '../src/main/services';
import type { BenchRow } from './types';

const FPS = 30;
const FRAMES = 10 * 60 * FPS;
const RUNS = 5;
const SECTION = 'SQLite';

function sessionFrames(): { t: number; keypoints: [number, number, number][] | null }[] {
  return Array.from({ length: FRAMES }, (_, i) => ({
    t: (i * 1000) / FPS + Math.random(),
    // About 2 % of frames without a person, as when the walker leaves the picture.
    keypoints:
      i % 50 === 0
        ? null
        : Array.from(
            { length: 17 },
            () => [Math.random() * 640, Math.random() * 480, Math.random()] as [number, number, number],
          ),
  }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** `durable`: the app's setting (synchronous=FULL, one fsync per batch); else NORMAL, to show what the fsyncs cost. */
function oneRun(frames: ReturnType<typeof sessionFrames>, durable: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'retrowalk-bench-'));
  try {
    const services = createServices({ dataDir: dir, mode: 'browser' });
    if (!durable) services.db.pragma('synchronous = NORMAL');
    const emptyBytes =
      (services.db.pragma('page_count', { simple: true }) as number) *
      (services.db.pragma('page_size', { simple: true }) as number);
    const { id } = services.sessions.create({
      startedAt: new Date().toISOString(),
      model: 'lightning',
      width: 640,
      height: 480,
      fps: FPS,
    });
    const batchMs: number[] = [];
    const writeStart = performance.now();
    for (let i = 0; i < FRAMES; i += FPS) {
      const t0 = performance.now();
      services.sessions.appendFrames(id, frames.slice(i, i + FPS));
      batchMs.push(performance.now() - t0);
    }
    const writeMs = performance.now() - writeStart;
    const readStart = performance.now();
    const back = services.sessions.frames(id);
    const readMs = performance.now() - readStart;
    if (back.length !== FRAMES) throw new Error(`read back ${back.length} frames, wrote ${FRAMES}`);
    services.db.pragma('wal_checkpoint(TRUNCATE)');
    services.close();
    const bytesPerFrame = (statSync(join(dir, DATABASE_FILE)).size - emptyBytes) / FRAMES;
    const bulkMs = writeOneTransaction(dir, frames);
    const openStart = performance.now();
    createServices({ dataDir: dir, mode: 'browser' }).close();
    const openMs = performance.now() - openStart;
    return { writeMs, readMs, bytesPerFrame, openMs, bulkMs, batchP95: percentile(batchMs, 0.95) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole session in one transaction, as an import saves it (saveImported). */
function writeOneTransaction(dir: string, frames: ReturnType<typeof sessionFrames>): number {
  const services = createServices({ dataDir: dir, mode: 'browser' });
  try {
    const start = performance.now();
    services.sessions.saveImported(
      {
        model: 'lightning',
        width: 640,
        height: 480,
        frames,
        direction: null,
        analysis: null,
        warnings: [],
        startedAt: new Date().toISOString(),
        fps: FPS,
        durationMs: FRAMES * (1000 / FPS),
        originalName: 'bench.mp4',
        video: { path: join(dir, 'bench.mp4'), bytes: 0 },
        videoOwned: false,
      },
      () => join(dir, 'bench.mp4'),
    );
    return performance.now() - start;
  } finally {
    services.close();
  }
}

export function run(): BenchRow[] {
  const frames = sessionFrames();
  oneRun(frames, true); // warm-up: JIT and file-system caches
  const runs = Array.from({ length: RUNS }, () => oneRun(frames, true));
  const withoutFsync = median(Array.from({ length: RUNS }, () => oneRun(frames, false).writeMs));
  const write = median(runs.map((r) => r.writeMs));
  const read = median(runs.map((r) => r.readMs));
  const bytes = median(runs.map((r) => r.bytesPerFrame));
  const batch = median(runs.map((r) => r.batchP95));
  const reopen = median(runs.map((r) => r.openMs));
  const bulk = median(runs.map((r) => r.bulkMs));
  return [
    {
      section: SECTION,
      metric: `write 10-min session (${FRAMES} frames, 600 durable 1-s transactions), median of ${RUNS}`,
      value: write,
      unit: 'ms',
      target: '≤ 60',
      met: write <= 60,
    },
    {
      section: SECTION,
      metric: `write 10-min session in one durable transaction (as an import saves it), median of ${RUNS}`,
      value: bulk,
      unit: 'ms',
      target: '≤ 60',
      met: bulk <= 60,
    },
    {
      section: SECTION,
      metric: 'same, without the per-batch fsync (synchronous=NORMAL; not what the app does)',
      value: withoutFsync,
      unit: 'ms',
    },
    { section: SECTION, metric: 'one 1-s batch (30 frames) durable commit, p95', value: batch, unit: 'ms' },
    {
      section: SECTION,
      metric: `read back 10-min session (${FRAMES} frames), median of ${RUNS}`,
      value: read,
      unit: 'ms',
      target: '≤ 30',
      met: read <= 30,
    },
    {
      section: SECTION,
      metric: 'database size per frame (after checkpoint)',
      value: bytes,
      unit: 'B',
      target: '≤ 300',
      met: bytes <= 300,
    },
    {
      section: SECTION,
      metric: 'app start: open + integrity check + migrations, 10-min session stored',
      value: reopen,
      unit: 'ms',
    },
  ];
}
