/**
 * Video import: the main process's analysis on the worker pool, as an import runs it.
 * Frames/s, × real time and CPU per frame for Lightning and Thunder with 1 and 2 workers: the
 * first import (workers started and models loaded inside it) and imports on warm workers (the pool
 * kept from the one before). CPU time hardly depends on what else runs; wall time does, so the
 * machine's load is shown. Also the ceiling (the bare model call on 1 and 2 threads at once,
 * measured just before and just after the 2-worker imports, so that both see the same load), the
 * share of it the import reaches, where the workers' time goes and the share their model calls alone allow (import-stages.ts), how far
 * keypoints move with 2 workers (the seam) and when decoding smaller.
 * BENCH_IMPORT_MODELS=lightning (or thunder) measures one model only.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyseVideo, MIN_PART_S, SEAM_WARMUP_S, type ParallelOptions } from '../src/node/parallel/analyse-video';
import { planParts } from '../src/node/parallel/plan';
import { closeWorkers, useWorkerHeapFlags } from '../src/node/parallel/worker-pool';
import { probeVideo, type VideoInfo } from '../src/node/video';
import type { ModelName } from '../src/shared/api';
import type { PoseFrame } from '../src/shared/pose/types';
import { FOOTAGE_DIR, requireFootage } from '../test/support/requirements';
import { modelBoundShare, stageTimes } from './import-stages';
import type { BenchRow } from './types';

const SECTION = 'Video import';
const CLIP = join(FOOTAGE_DIR, 'sports2d-walk.mp4');
const REPEATS = 2;
const TARGETS = { lightning: 2, thunder: 0.5 };
/** Timed bare model calls per thread for the ceiling rows (after WARM_UP untimed ones). */
const CEILING_CALLS = { lightning: 150, thunder: 40 };
const WARM_UP = 10;
/** The import's target share of the ceiling (bare model calls on both cores). */
const SHARE_TARGET = 90;
const MODELS = (process.env.BENCH_IMPORT_MODELS?.split(',') ?? ['lightning', 'thunder']) as ModelName[];

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
): Promise<{ callMs: number; realTime: number; cpuMs: number }> {
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
    const cpuStart = cpuSeconds(); // the timed calls are all this process does meanwhile
    workers.forEach((w) => w.postMessage('go'));
    const medians = (await Promise.all(done)).map((m) => median(m.times!));
    const cpuMs = ((cpuSeconds() - cpuStart) * 1000) / (threads * CEILING_CALLS[model]);
    const framesPerS = medians.reduce((sum, ms) => sum + 1000 / ms, 0);
    return { callMs: median(medians), realTime: framesPerS / fps, cpuMs };
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
  const parts = planParts(clipS, info.fps, { workers: 2, warmupS: SEAM_WARMUP_S, minPartS: MIN_PART_S });
  const shareTarget = (value: number) => ({ text: `≥ ${SHARE_TARGET}`, met: value >= SHARE_TARGET });
  try {
    for (const model of MODELS) {
      const ceiling2: number[] = [];
      const callCpu2: number[] = [];
      let importCpu2 = NaN;
      const flowing2: number[] = [];
      let endToEnd2 = NaN;
      for (const workers of [1, 2]) {
        const name = `${model}, ${workers} worker${workers > 1 ? 's' : ''}`;
        const target = (realTime: number) =>
          workers === 2 ? { text: `≥ ${TARGETS[model]}`, met: realTime >= TARGETS[model] } : undefined;
        await closeWorkers();
        const cold = await timedRun(info, { model, workers });
        const aroundRuns = async () => {
          const { realTime, cpuMs } = await modelCeiling(model, 2, info.fps);
          ceiling2.push(realTime);
          callCpu2.push(cpuMs);
        };
        if (workers === 2) await aroundRuns();
        const warm: Run[] = [];
        for (let i = 0; i < REPEATS; i++) warm.push(await timedRun(info, { model, workers }));
        if (workers === 2) await aroundRuns();
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
        const flowingFps = median(warm.map((r) => r.flowingFps));
        row(`${name}, warm workers: once frames flow`, flowingFps, 'frames/s');
        const cpuS = median(warm.map((r) => r.cpuS));
        row(`${name}, warm workers: CPU per frame (threads + ffmpeg)`, (cpuS * 1000) / frames, 'ms');
        if (workers === 2) {
          // What the CPU work allows when both cores are free for it (the wall time above shares them).
          const bound = clipS / (cpuS / 2);
          row(`${model}: × real time the CPU work allows on 2 free cores (warm)`, bound, '× real time', target(bound));
          endToEnd2 = clipS / totalS;
          importCpu2 = (cpuS * 1000) / frames;
          flowing2.push(flowingFps / info.fps);
        }
      }
      const { callMs, realTime } = await modelCeiling(model, 1, info.fps);
      row(`${model}: the model call alone, 1 thread: median call`, callMs, 'ms');
      row(`${model}: the model call alone, 1 thread: × real time it allows`, realTime, '× real time');
      const ceiling = (ceiling2[0] + ceiling2[1]) / 2;
      row(
        `${model}: the model call alone, 2 threads at once: × real time it allows (the ceiling; before, after the imports)`,
        `${ceiling.toFixed(2)} (${ceiling2.map((c) => c.toFixed(2)).join(', ')})`,
        '× real time',
        { text: `≥ ${TARGETS[model]}`, met: ceiling >= TARGETS[model] },
      );
      const share = (realTime: number) => (100 * realTime) / ceiling;
      const endToEndShare = share(endToEnd2);
      const flowingShare = share(flowing2[0]);
      row(`${model}, 2 warm workers, end to end: share of the ceiling`, endToEndShare, '%', shareTarget(endToEndShare));
      row(
        `${model}, 2 warm workers, once frames flow: share of the ceiling`,
        flowingShare,
        '%',
        shareTarget(flowingShare),
      );
      // CPU time hardly depends on the load: the steadier view of the same share.
      const callCpu = (callCpu2[0] + callCpu2[1]) / 2;
      row(`${model}: the model call alone, 2 threads at once: CPU per call`, callCpu, 'ms');
      row(
        `${model}, 2 warm workers: the bare calls' CPU per frame over the import's`,
        (100 * callCpu) / importCpu2,
        '%',
      );
      const { px, pairs } = keypointDistance(reference[`${model}/1`], reference[`${model}/2`]);
      row(`${model}: median keypoint distance, 2 workers to 1 (${pairs} keypoints)`, px, 'px');
      const stages = await stageTimes(CLIP, info, model, parts);
      stageRows(model, stages);
      const bound = modelBoundShare(stages, info.frameCount ?? stages.frames);
      row(
        `${model}: the share the model calls alone allow (${stages.singleCount} single-pose calls, ${stages.scanCount} scans of ${(stages.scanMs / stages.singleMs).toFixed(1)} calls each; everything else free)`,
        bound,
        '%',
        shareTarget(bound),
      );
    }
    const analysedS = parts.reduce((s, p) => s + Math.min(p.endMs, clipS * 1000) - p.decodeFromMs, 0) / 1000;
    row(`2 workers: frames analysed per frame of the clip (seam warm-up)`, analysedS / clipS, '×');

    // Decoding smaller saves ffmpeg's scaling; how far do keypoints move? (against Lightning's run)
    for (const maxWidth of reference['lightning/2'] ? [320, 480] : []) {
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

  /** One worker's time per frame by stage, each with its share of the whole (one pass: the same load). */
  function stageRows(model: ModelName, t: Awaited<ReturnType<typeof stageTimes>>): void {
    const name = `${model}, one thread running the ${t.frames} frames of both parts as their workers do`;
    const stage = (what: string, ms: number) =>
      row(`${name}: ${what}`, `${ms.toFixed(1)} (${((100 * ms) / t.total).toFixed(0)} %)`, 'ms/frame');
    stage('waiting for the decoded frame', t.decodeWait);
    stage('single-pose calls (crop, model, read-back)', t.singlePose);
    stage(`MultiPose scans (${t.scanCount}, median ${t.scanMs.toFixed(0)} ms)`, t.scans);
    stage('tracking and the rest', t.tracking);
    row(`${name}: in all`, t.total, 'ms/frame');
  }
}
