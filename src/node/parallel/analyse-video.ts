/**
 * Video → keypoints on several cores: the video is cut into contiguous parts (see plan.ts), each
 * analysed by a worker thread of the pool (worker-pool.ts) with its own ffmpeg and walker tracker,
 * then stitched. A seam
 * where the two sides follow different people is re-run from the earlier side's person.
 * Progress and cancellation go through shared memory, so polling them costs nothing.
 */
import type { ModelName } from '../../shared/api';
import type { KeypointsFile, PoseFrame } from '../../shared/pose/types';
import type { VideoInfo } from '../video';
import { AnalysisCancelled } from '../video-keypoints';
import { CONTROL_CANCEL, controlBuffer, progressSlot, type PartJob, type PartResult } from './part-job';
import { planParts, type VideoPart } from './plan';
import { checkSeam } from './seam';
import { DEFAULT_WORKERS, runPart, type RunningPart } from './worker-pool';

/** Default warm-up before each seam (s): a scan picks the walker; the seam check catches a wrong pick. */
export const SEAM_WARMUP_S = 0.5;
/** Default shortest part worth a worker, after its warm-up (s). */
export const MIN_PART_S = 0.5;

export interface ParallelOptions {
  model: ModelName;
  /** Worker threads (default: the cores, at most 4). */
  workers?: number;
  /** Warm-up before each seam, in seconds (default SEAM_WARMUP_S). */
  warmupS?: number;
  /** Shortest part (after its warm-up) worth a worker, in seconds (default MIN_PART_S). */
  minPartS?: number;
  /** Decode at most this wide (default: src/node/video's MAX_DECODE_WIDTH). */
  maxWidth?: number;
  /**
   * The track to follow (decoded pixels, times in ms): every part follows it instead of picking the
   * walker itself, so no seam needs checking (see src/shared/tracking/guided-tracker).
   */
  prior?: readonly PoseFrame[] | null;
}

export interface ParallelAnalysis {
  file: KeypointsFile;
  /** Share of frames (0–1) in which the tracker saw several people. */
  severalPeopleShare: number;
  parts: number;
  /** Seams whose later part was re-run to follow the earlier part's person. */
  seamReruns: number;
  /** Seams where even the re-run disagreed (the walker may change there). */
  seamsUnsure: number;
}

export interface AnalysisProgress {
  done: number;
  total: number | null;
  /** What the analysis does beyond counting frames, e.g. re-running a seam. */
  note: string | null;
}

export interface AnalysisHandle {
  result: Promise<ParallelAnalysis>;
  progress(): AnalysisProgress;
  cancel(): void;
}

/** The analysis failed; badInput: because of the video (the message is for the user). */
export class AnalysisFailed extends Error {
  constructor(
    message: string,
    readonly badInput: boolean,
  ) {
    super(message);
  }
}

export { DEFAULT_WORKERS };

export function analyseVideo(path: string, info: VideoInfo, options: ParallelOptions): AnalysisHandle {
  const parts = planParts(info.durationS ?? (info.frameCount ? info.frameCount / info.fps : null), info.fps, {
    workers: options.workers ?? DEFAULT_WORKERS,
    warmupS: options.warmupS ?? SEAM_WARMUP_S,
    minPartS: options.minPartS ?? MIN_PART_S,
  });
  const controls: Int32Array[] = [];
  const running = new Set<RunningPart>();
  let cancelled = false;
  let note: string | null = null;

  function start(part: VideoPart, seed: PartJob['seed']): { control: Int32Array; run: RunningPart } {
    const buffer = controlBuffer(parts.length);
    const control = new Int32Array(buffer);
    if (cancelled) Atomics.store(control, CONTROL_CANCEL, 1);
    controls.push(control);
    const prior = options.prior ? priorOf(options.prior, part, info.fps) : null;
    const run = runPart({
      path,
      info,
      model: options.model,
      part,
      seed,
      prior,
      maxWidth: options.maxWidth,
      control: buffer,
    });
    running.add(run);
    void run.result.finally(() => running.delete(run));
    return { control, run };
  }

  function stopAll(): void {
    for (const control of controls) Atomics.store(control, CONTROL_CANCEL, 1);
  }

  /** Waits for every part; the first failure stops the others. */
  async function settleAll(runs: RunningPart[]): Promise<{ files: KeypointsFile[]; several: number[] }> {
    const results: PartResult[] = await Promise.all(
      runs.map((r) =>
        r.result.then((result) => {
          if (result.type !== 'done') stopAll();
          return result;
        }),
      ),
    );
    const failure = results.find((r) => r.type === 'error');
    if (failure?.type === 'error') throw new AnalysisFailed(failure.message, failure.badInput);
    if (cancelled || results.some((r) => r.type === 'cancelled')) throw new AnalysisCancelled();
    const done = results as Extract<PartResult, { type: 'done' }>[];
    return { files: done.map((r) => r.file), several: done.map((r) => r.severalPeopleFrames) };
  }

  const firstRuns = parts.map((part) => start(part, null));

  async function run(): Promise<ParallelAnalysis> {
    const { files, several } = await settleAll(firstRuns.map((r) => r.run));
    let seamReruns = 0;
    let seamsUnsure = 0;
    for (let i = 1; i < parts.length && !options.prior; i++) {
      const warmup = (f: KeypointsFile) => f.frames.filter((frame) => frame.t < parts[i].ownFromMs);
      let verdict = checkSeam(files[i - 1].frames, warmup(files[i]), info.fps);
      if (verdict.same || !verdict.seed) {
        if (!verdict.same) seamsUnsure++;
        continue;
      }
      note = `re-checking the walker at ${(parts[i].ownFromMs / 1000).toFixed(1)} s`;
      const rerun = await settleAll([start(parts[i], verdict.seed).run]);
      files[i] = rerun.files[0];
      several[i] = rerun.several[0];
      seamReruns++;
      verdict = checkSeam(files[i - 1].frames, warmup(files[i]), info.fps);
      if (!verdict.same) seamsUnsure++;
    }
    note = null;
    const frames: PoseFrame[] = parts.flatMap((part, i) =>
      files[i].frames.filter((f) => f.t >= part.ownFromMs && f.t < part.endMs),
    );
    const severalFrames = several.reduce((a, b) => a + b, 0);
    return {
      file: { fps: info.fps, width: files[0].width, height: files[0].height, frames },
      severalPeopleShare: frames.length ? severalFrames / frames.length : 0,
      parts: parts.length,
      seamReruns,
      seamsUnsure,
    };
  }

  return {
    result: run().finally(() => {
      stopAll();
      // A worker still busy (cancel seen only between frames) is stopped outright.
      for (const r of running) void r.terminate();
    }),
    progress() {
      // The first runs' counters: a seam's re-run does not count its frames twice.
      let done = 0;
      for (const part of parts) done += Atomics.load(controls[part.index], progressSlot(part.index));
      return { done, total: info.frameCount, note };
    },
    cancel() {
      cancelled = true;
      stopAll();
    },
  };
}

/** The prior's frames a part decodes (a frame's margin either side). */
function priorOf(prior: readonly PoseFrame[], part: VideoPart, fps: number): PoseFrame[] {
  const margin = 1000 / fps;
  return prior.filter((f) => f.t >= part.decodeFromMs - margin && f.t < part.endMs + margin);
}
