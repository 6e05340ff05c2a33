/** Video analysis in Node (the CLI's path): model load, frames/s and × real time per model. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ModelName } from '../src/shared/api';
import { createWalkerTracker } from '../src/shared/tracking';
import { loadNodePoseModels } from '../src/node/movenet';
import { useWasmBackend } from '../src/node/tf-wasm';
import { decodeVideo, probeVideo } from '../src/node/video';
import { videoToKeypoints } from '../src/node/video-keypoints';
import type { PoseModels } from '../src/shared/tracking/types';
import type { BenchRow } from './types';

const SECTION = 'Video analysis (Node)';
const CLIP = resolve(import.meta.dirname, '../../shared/footage/sports2d-walk.mp4');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The same models, recording how long each model call takes. */
function timed<Image>(models: PoseModels<Image>, single: number[], multi: number[]): PoseModels<Image> {
  return {
    async detectAll(image) {
      const start = performance.now();
      const poses = await models.detectAll(image);
      multi.push(performance.now() - start);
      return poses;
    },
    async detectOne(image, region) {
      const start = performance.now();
      const pose = await models.detectOne(image, region);
      single.push(performance.now() - start);
      return pose;
    },
    resetSingle: () => models.resetSingle(),
  };
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(CLIP)) return [{ section: SECTION, metric: `${CLIP} missing`, value: null, unit: '' }];
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string) => rows.push({ section: SECTION, metric, value, unit });

  let start = performance.now();
  await useWasmBackend();
  row('tfjs WASM backend start', performance.now() - start, 'ms');

  const info = await probeVideo(CLIP);
  start = performance.now();
  let decoded = 0;
  for await (const _frame of decodeVideo(CLIP, info)) decoded++;
  row('ffmpeg decode to RGB only', decoded / ((performance.now() - start) / 1000), 'frames/s');
  for (const model of ['lightning', 'thunder'] satisfies ModelName[]) {
    start = performance.now();
    const models = await loadNodePoseModels(model);
    row(`model load, ${model} + multipose`, performance.now() - start, 'ms');
    try {
      const single: number[] = [];
      const multi: number[] = [];
      start = performance.now();
      const file = await videoToKeypoints(CLIP, info, createWalkerTracker(timed(models, single, multi)));
      const seconds = (performance.now() - start) / 1000;
      const tracked = file.frames.filter((f) => f.keypoints !== null).length;
      row(`${model}: decode + track, ${file.frames.length} frames`, file.frames.length / seconds, 'frames/s');
      row(`${model}: speed vs real time (${(file.frames.length / info.fps).toFixed(1)} s clip)`, file.frames.length / info.fps / seconds, '× real time');
      row(`${model}: single-pose call, median of ${single.length}`, median(single), 'ms');
      row(`multipose scan, median of ${multi.length}`, median(multi), 'ms');
      row(`${model}: frames with a person tracked`, (100 * tracked) / file.frames.length, '%');
    } finally {
      models.dispose();
    }
  }
  return rows;
}
