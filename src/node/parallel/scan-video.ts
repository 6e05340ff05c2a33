/**
 * Everyone in a video, found by MultiPose on every `every`-th frame, on several cores: the video is
 * cut into parts (plan.ts, without warm-up: a scan needs no tracker to settle) and each worker
 * scans one. For choosing a person and following them (src/shared/tracking/follow-scans).
 */
import type { ScannedFrame } from './part-job';
import { CONTROL_CANCEL, controlBuffer, progressSlot, type PartResult } from './part-job';
import { planParts, type VideoPart } from './plan';
import type { VideoInfo } from '../video';
import { AnalysisCancelled } from '../video-keypoints';
import { AnalysisFailed, DEFAULT_WORKERS, type AnalysisProgress } from './analyse-video';
import { runScan, type RunningPart } from './worker-pool';

export interface VideoScan {
  frames: ScannedFrame[];
  width: number;
  height: number;
}

export interface ScanHandle {
  result: Promise<VideoScan>;
  progress(): AnalysisProgress;
  cancel(): void;
}

export interface ScanOptions {
  /** Scan every this many frames (default 1). */
  every?: number;
  /** Scan these times too (ms), e.g. the frame the user clicked. */
  alsoAtMs?: number[];
  /** Only from / up to these times (ms); default the whole video. */
  fromMs?: number;
  toMs?: number;
  workers?: number;
  maxWidth?: number;
}

export function scanVideo(path: string, info: VideoInfo, options: ScanOptions = {}): ScanHandle {
  const fromMs = options.fromMs ?? 0;
  const toMs = options.toMs ?? Infinity;
  const durationS =
    (Number.isFinite(toMs) ? toMs : (info.durationS ?? (info.frameCount ?? 0) / info.fps) * 1000) / 1000 -
    fromMs / 1000;
  const planned = planParts(durationS > 0 ? durationS : null, info.fps, {
    workers: options.workers ?? DEFAULT_WORKERS,
    warmupS: 0,
    minPartS: 1,
  });
  const parts: VideoPart[] = planned.map((p) => ({
    index: p.index,
    decodeFromMs: fromMs + p.decodeFromMs,
    ownFromMs: fromMs + p.ownFromMs,
    endMs: Math.min(toMs, fromMs + p.endMs),
  }));
  const buffer = controlBuffer(parts.length);
  const control = new Int32Array(buffer);
  const running: RunningPart[] = parts.map((part) =>
    runScan({
      path,
      info,
      part,
      every: options.every ?? 1,
      alsoAtMs: options.alsoAtMs,
      maxWidth: options.maxWidth,
      control: buffer,
    }),
  );

  async function run(): Promise<VideoScan> {
    const results: PartResult[] = await Promise.all(
      running.map((r) =>
        r.result.then((result) => {
          if (result.type !== 'scanned') Atomics.store(control, CONTROL_CANCEL, 1);
          return result;
        }),
      ),
    );
    const failure = results.find((r) => r.type === 'error');
    if (failure?.type === 'error') throw new AnalysisFailed(failure.message, failure.badInput);
    if (results.some((r) => r.type !== 'scanned')) throw new AnalysisCancelled();
    const scanned = results as Extract<PartResult, { type: 'scanned' }>[];
    const sized = scanned.find((r) => r.width > 0) ?? scanned[0];
    return { frames: scanned.flatMap((r) => r.frames), width: sized.width, height: sized.height };
  }

  return {
    result: run().finally(() => {
      Atomics.store(control, CONTROL_CANCEL, 1);
    }),
    progress() {
      let done = 0;
      for (const part of parts) done += Atomics.load(control, progressSlot(part.index));
      const total = Number.isFinite(toMs) || fromMs > 0 ? Math.round(durationS * info.fps) : info.frameCount;
      return { done, total, note: 'finding everyone in the video' };
    },
    cancel() {
      Atomics.store(control, CONTROL_CANCEL, 1);
    },
  };
}
