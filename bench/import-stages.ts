/**
 * Where the import's time goes, stage by stage: one thread runs each part of the clip as its
 * worker does (same parts and seam warm-up, decoding, tracker and scan schedule), timing the wait
 * for each decoded frame, the single-pose calls (crop, model, read-back), the MultiPose scans and
 * the tracking around them. It also counts the model calls, for the share of the ceiling those
 * calls alone allow (see `modelBoundShare`).
 */
import { loadNodePoseModels } from '../src/node/movenet';
import { CALM_SCAN_INTERVAL_MS } from '../src/node/parallel/analyse-part';
import type { VideoPart } from '../src/node/parallel/plan';
import type { RgbImage } from '../src/node/square-crop';
import { decodeVideo, type VideoInfo } from '../src/node/video';
import type { ModelName } from '../src/shared/api';
import { createWalkerTracker } from '../src/shared/tracking';
import { timedModels } from './timed-models';
import type { PoseModels } from '../src/shared/tracking/types';

export interface StageTimes {
  /** Frames decoded and tracked, the seam warm-ups included. */
  frames: number;
  /** ms per tracked frame, each. */
  decodeWait: number;
  singlePose: number;
  scans: number;
  tracking: number;
  total: number;
  singleCount: number;
  scanCount: number;
  /** Median ms of one single-pose call and of one scan. */
  singleMs: number;
  scanMs: number;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The most the import can reach, as a share (%) of the bare-call ceiling, if decoding, cropping
 * and tracking cost nothing: the clip's frames over the model work done for them, a scan counted
 * as `scanMs / singleMs` single-pose calls. The ceiling spends one bare call per clip frame; the
 * import also spends the seam warm-ups' calls and the scans that find and re-check the walker.
 */
export function modelBoundShare(t: StageTimes, clipFrames: number): number {
  return (100 * clipFrames) / (t.singleCount + (t.scanCount * t.scanMs) / t.singleMs);
}

/** Two passes over the parts; the second (JIT and caches warm, as in a warm worker) is reported. */
export async function stageTimes(
  path: string,
  info: VideoInfo,
  model: ModelName,
  parts: readonly VideoPart[],
): Promise<StageTimes> {
  const models = await loadNodePoseModels(model);
  try {
    let times: StageTimes | null = null;
    for (let pass = 0; pass < 2; pass++) times = await onePass(path, info, models, parts);
    return times!;
  } finally {
    models.dispose();
  }
}

async function onePass(
  path: string,
  info: VideoInfo,
  models: PoseModels<RgbImage>,
  parts: readonly VideoPart[],
): Promise<StageTimes> {
  const single: number[] = [];
  const scans: number[] = [];
  const timed = timedModels(models, single, scans);
  let decodeWait = 0;
  let track = 0;
  let frames = 0;
  const start = performance.now();
  for (const part of parts) {
    // each part's worker starts with a tracker of its own, as analyse-part.ts does
    const tracker = createWalkerTracker(timed, { calmScanIntervalMs: CALM_SCAN_INTERVAL_MS });
    let asked = performance.now();
    for await (const frame of decodeVideo(path, info, { startS: part.decodeFromMs / 1000 })) {
      if (frame.t >= part.endMs) break;
      const got = performance.now();
      decodeWait += got - asked;
      await tracker.track(frame, frame, frame.t);
      asked = performance.now();
      track += asked - got;
      frames++;
    }
  }
  const total = performance.now() - start;
  const perFrame = (ms: number) => ms / frames;
  return {
    frames,
    decodeWait: perFrame(decodeWait),
    singlePose: perFrame(sum(single)),
    scans: perFrame(sum(scans)),
    tracking: perFrame(track - sum(single) - sum(scans)),
    total: perFrame(total),
    singleCount: single.length,
    scanCount: scans.length,
    singleMs: median(single),
    scanMs: median(scans),
  };
}
