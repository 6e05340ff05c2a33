/**
 * Where an import worker's time goes, stage by stage: one thread runs the clip as a part worker
 * does (same decoding, tracker and scan schedule), timing the wait for each decoded frame, the
 * single-pose calls (crop, model, read-back), the MultiPose scans and the tracking around them.
 */
import { loadNodePoseModels } from '../src/node/movenet';
import { CALM_SCAN_INTERVAL_MS } from '../src/node/parallel/analyse-part';
import type { RgbImage } from '../src/node/square-crop';
import { decodeVideo, type VideoInfo } from '../src/node/video';
import type { ModelName } from '../src/shared/api';
import { createWalkerTracker } from '../src/shared/tracking';
import { timedModels } from './timed-models';
import type { PoseModels } from '../src/shared/tracking/types';

export interface StageTimes {
  frames: number;
  /** ms per frame, each. */
  decodeWait: number;
  singlePose: number;
  scans: number;
  tracking: number;
  total: number;
  scanCount: number;
  /** Median ms of one scan. */
  scanMs: number;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Two passes over the clip; the second (JIT and caches warm, as in a warm worker) is reported. */
export async function stageTimes(path: string, info: VideoInfo, model: ModelName): Promise<StageTimes> {
  const models = await loadNodePoseModels(model);
  try {
    let times: StageTimes | null = null;
    for (let pass = 0; pass < 2; pass++) times = await onePass(path, info, models);
    return times!;
  } finally {
    models.dispose();
  }
}

async function onePass(path: string, info: VideoInfo, models: PoseModels<RgbImage>): Promise<StageTimes> {
  const single: number[] = [];
  const scans: number[] = [];
  const timed = timedModels(models, single, scans);
  const tracker = createWalkerTracker(timed, { calmScanIntervalMs: CALM_SCAN_INTERVAL_MS });
  let decodeWait = 0;
  let track = 0;
  let frames = 0;
  const start = performance.now();
  let asked = start;
  for await (const frame of decodeVideo(path, info)) {
    const got = performance.now();
    decodeWait += got - asked;
    await tracker.track(frame, frame, frame.t);
    asked = performance.now();
    track += asked - got;
    frames++;
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
    scanCount: scans.length,
    scanMs: median(scans),
  };
}
