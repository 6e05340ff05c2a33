/**
 * Video import: the main process's analysis on the worker pool, as an import runs it.
 * Frames/s, × real time and CPU per frame for Lightning and Thunder with 1 and 2 workers: the
 * first import (workers started and models loaded inside it) and imports on warm workers (the pool
 * kept from the one before). CPU time hardly depends on what else runs; wall time does, so the
 * machine's load is shown. Also the ceiling (the bare model call on 1 and 2 threads at once), how
 * far keypoints move with 2 workers (the seam) and when decoding smaller.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { analyseVideo, type ParallelOptions } from '../src/node/parallel/analyse-video';
import { Worker } from 'node:worker_threads';
import { closeWorkers, useWorkerHeapFlags } from '../src/node/parallel/worker-pool';
import { probeVideo, type VideoInfo } from '../src/node/video';
import type { ModelName } from '../src/shared/api';
import type { PoseFrame } from '../src/shared/pose/types';
import { FOOTAGE_DIR, requireFootage } from '../test/support/requirements';
import type { BenchRow } from './types';

const SECTION = 'Video import';
const CLIP = join(FOOTAGE_DIR, 'sports2d-walk.mp4');
const REPEATS = 2;
const TARGETS = { lightning: 2, thunder: 0.5 };
/** Timed bare model calls per thread for the ceiling rows (after WARM_UP untimed ones). */
const CEILING_CALLS = { lightning: 150, thunder: 40 };
const WARM_UP = 10;

/**
 * CPU seconds used so far by this process (all its threads, the workers included) and by its
 * finished children (each worker's ffmpeg), from /proc (Linux): unlike wall time, it hardly
 * depends on what else the machine runs.
 */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": utime, stime, cutime, cstime are fields 12–15 (0-based), in clock ticks.
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

interface Run {
  frames: PoseFrame[];
  width: number;
  totalS: number;
  cpuS: number;
  /** From the first frame done to the end: the speed once models are loaded. */
  flowingFps: number;
}

async function timedRun(info: VideoInfo, options: ParallelOptions): Promise<Run> {
  const start = performance.now();
  const cpuStart = cpuSeconds();
  const handle = analyseVideo(CLIP, info, options);
  let first: { at: number; done: number } | null = null;
  const poll = setInterval(() => {
    const { done } = handle.progress();
    if (done > 0 && !first) first = { at: performance.now(), done };
  }, 20);
  try {
    const { file } = await handle.result;
    const end = performance.now();
    const from = first as { at: number; done: number } | null;
    const flowingFps = from ? (file.frames.length - from.done) / ((end - from.at) / 1000) : NaN;
    return {
      frames: file.frames,
      width: file.width,
      totalS: (end - start) / 1000,
      cpuS: cpuSeconds() - cpuStart,
      flowingFps,
    };
  } finally {
    clearInterval(poll);
  }
}

/**
 * The bare model call (see model-call-worker.ts) on `threads` threads at once: the median call
 * time and what the model alone allows in × real time for a clip at `fps` when every frame is
 * analysed. The import's rows above can only approach it: decoding, cropping, tracking and scans
 * share the same cores.
 */
async function modelCeiling(
  model: ModelName,
  threads: number,
  fps: number,
): Promise<{ callMs: number; realTime: number }> {
  useWorkerHeapFlags();
  const script = new URL('../src/node/parallel/tsx-worker.mjs', import.meta.url);
  const entry = new URL('./model-call-worker.ts', import.meta.url).href;
  const workers = Array.from(
    { length: threads },
    () => new Worker(script, { workerData: { entry, model, calls: CEILING_CALLS[model], warmUp: WARM_UP } }),
  );
  try {
    const next = (w: Worker) =>
      new Promise<{ type: string; times?: number[] }>((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
      });
    await Promise.all(workers.map(next));
    const done = workers.map(next);
    workers.forEach((w) => w.postMessage('go'));
    const medians = (await Promise.all(done)).map((m) => median(m.times!));
    const framesPerS = medians.reduce((sum, ms) => sum + 1000 / ms, 0);
    return { callMs: median(medians), realTime: framesPerS / fps };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Median distance (px at a's size) between keypoints both runs found with score ≥ 0.3; the median,
 * because a frame where one run follows someone else would swamp a mean.
 */
function keypointDistance(a: Run, b: Run): { px: number; pairs: number } {
  const scale = a.width / b.width;
  const distances: number[] = [];
  a.frames.forEach((fa, i) => {
    const fb = b.frames[i];
    if (!fa.keypoints || !fb?.keypoints) return;
    fa.keypoints.forEach(([x, y, s], k) => {
      const [xb, yb, sb] = fb.keypoints![k];
      if (s < 0.3 || sb < 0.3) return;
      distances.push(Math.hypot(x - xb * scale, y - yb * scale));
    });
  });
  return { px: distances.length ? median(distances) : NaN, pairs: distances.length };
}

export async function run(): Promise<BenchRow[]> {
  requireFootage('sports2d-walk.mp4'); // throws, naming it, where the footage is missing
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number | string, unit: string, target?: { text: string; met: boolean }) =>
    rows.push({ section: SECTION, metric, value, unit, target: target?.text, met: target?.met ?? null });
  const info = await probeVideo(CLIP);
  const clipS = (info.frameCount ?? 0) / info.fps;
  row(
    `clip: ${CLIP.split('/').pop()}`,
    `${info.frameCount} frames, ${clipS.toFixed(1)} s, ${info.width}×${info.height}`,
    '',
  );
  row('load average (1 min) at start', loadavg()[0], '');

  const reference: Record<string, Run> = {};
  try {
    for (const model of ['lightning', 'thunder'] as const) {
      for (const workers of [1, 2]) {
        const name = `${model}, ${workers} worker${workers > 1 ? 's' : ''}`;
        const target = (realTime: number) =>
          workers === 2 ? { text: `≥ ${TARGETS[model]}`, met: realTime >= TARGETS[model] } : undefined;
        await closeWorkers();
        const cold = await timedRun(info, { model, workers });
        const warm: Run[] = [];
        for (let i = 0; i < REPEATS; i++) warm.push(await timedRun(info, { model, workers }));
        reference[`${model}/${workers}`] = warm[0];
        const frames = warm[0].frames.length;
        row(
          `${name}, first import (workers start): × real time`,
          clipS / cold.totalS,
          '× real time',
          target(clipS / cold.totalS),
        );
        row(
          `${name}, first import: CPU per frame (threads + ffmpeg, start-up included)`,
          (cold.cpuS * 1000) / frames,
          'ms',
        );
        const totalS = median(warm.map((r) => r.totalS));
        row(`${name}, warm workers: end to end (median of ${REPEATS})`, frames / totalS, 'frames/s');
        row(`${name}, warm workers: × real time`, clipS / totalS, '× real time', target(clipS / totalS));
        row(`${name}, warm workers: once frames flow`, median(warm.map((r) => r.flowingFps)), 'frames/s');
        const cpuS = median(warm.map((r) => r.cpuS));
        row(`${name}, warm workers: CPU per frame (threads + ffmpeg)`, (cpuS * 1000) / frames, 'ms');
        if (workers === 2) {
          // What the CPU work allows when both cores are free for it (the wall time above shares them).
          const bound = clipS / (cpuS / 2);
          row(`${model}: × real time the CPU work allows on 2 free cores (warm)`, bound, '× real time', target(bound));
        }
      }
      for (const threads of [1, 2]) {
        const { callMs, realTime } = await modelCeiling(model, threads, info.fps);
        const name = `${model}: the model call alone, ${threads} thread${threads > 1 ? 's' : ''} at once`;
        row(`${name}: median call`, callMs, 'ms');
        row(
          `${name}: × real time it allows (the ceiling)`,
          realTime,
          '× real time',
          threads === 2 ? { text: `≥ ${TARGETS[model]}`, met: realTime >= TARGETS[model] } : undefined,
        );
      }
      const { px, pairs } = keypointDistance(reference[`${model}/1`], reference[`${model}/2`]);
      row(`${model}: median keypoint distance, 2 workers to 1 (${pairs} keypoints)`, px, 'px');
    }

    // Decoding smaller saves ffmpeg's scaling; how far do keypoints move?
    for (const maxWidth of [320, 480]) {
      const small = await timedRun(info, { model: 'lightning', workers: 2, maxWidth });
      const { px, pairs } = keypointDistance(reference['lightning/2'], small);
      row(`lightning decoded ${maxWidth} px wide: × real time (warm)`, clipS / small.totalS, '× real time');
      row(
        `lightning decoded ${maxWidth} px wide: median keypoint distance to 640 px (${pairs} keypoints)`,
        px,
        'px at 640',
      );
    }
  } finally {
    await closeWorkers();
  }
  row('load average (1 min) at end', loadavg()[0], '');
  return rows;
}
