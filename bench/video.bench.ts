/**
 * Video analysis in Node, one thread (the CLI's path, and what each import worker does): model load,
 * frames/s, × real time and CPU per frame per model, and where a frame's time goes: the bare model
 * call (the floor), the crop, the single-pose call as the tracker makes it, the MultiPose scans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelName } from '../src/shared/api';
import { createWalkerTracker } from '../src/shared/tracking';
import { fileModelHandler, modelJsonPath } from '../src/node/model-files';
import { loadNodePoseModels } from '../src/node/movenet';
import { cropSquare } from '../src/node/square-crop';
import { tf, useWasmBackend } from '../src/node/tf-wasm';
import { decodeVideo, probeVideo, type VideoFrame } from '../src/node/video';
import { videoToKeypoints } from '../src/node/video-keypoints';
import { FOOTAGE_DIR, requireFootage } from '../test/support/requirements';
import { timedModels } from './timed-models';
import type { BenchRow } from './types';

const SECTION = 'Video analysis (Node)';
const CLIP = join(FOOTAGE_DIR, 'sports2d-walk.mp4');

/** CPU seconds of this process (all threads) and its finished children (ffmpeg), from /proc (Linux). */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
}

/** Median ms of `fn` over `n` calls after 5 unmeasured ones. */
function timeCalls(fn: () => void, n: number): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function run(): Promise<BenchRow[]> {
  requireFootage('sports2d-walk.mp4'); // throws, naming it, where the footage is missing
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string) => rows.push({ section: SECTION, metric, value, unit });

  let start = performance.now();
  await useWasmBackend();
  row('tfjs WASM backend start', performance.now() - start, 'ms');

  const info = await probeVideo(CLIP);
  start = performance.now();
  let decoded = 0;
  for await (const _ of decodeVideo(CLIP, info)) decoded++;
  row('ffmpeg decode to RGB only', decoded / ((performance.now() - start) / 1000), 'frames/s');
  let sample: VideoFrame | null = null; // a frame with the walker in view, for the crop's timing
  for await (const frame of decodeVideo(CLIP, info)) {
    sample = frame;
    if (frame.index === 120) break;
  }
  for (const model of ['lightning', 'thunder'] satisfies ModelName[]) {
    const size = model === 'thunder' ? 256 : 192;
    const graph = await tf.loadGraphModel(
      fileModelHandler(modelJsonPath(model === 'thunder' ? 'movenet-thunder' : 'movenet-lightning')),
    );
    const input = tf.zeros([1, size, size, 3], 'int32');
    row(
      `${model}: bare model call (execute + read back), median of 50`,
      timeCalls(() => tf.tidy(() => (graph.execute(input) as tf.Tensor).dataSync()), 50),
      'ms',
    );
    input.dispose();
    graph.dispose();
    const frame = sample;
    if (frame)
      row(
        `${model}: square crop ${size}×${size} from the decoded bytes, median of 50`,
        timeCalls(() => cropSquare(frame, { left: 250, top: 90, side: 300 }, size), 50),
        'ms',
      );
    start = performance.now();
    const models = await loadNodePoseModels(model);
    row(`model load, ${model} + multipose`, performance.now() - start, 'ms');
    try {
      const single: number[] = [];
      const multi: number[] = [];
      start = performance.now();
      const cpuStart = cpuSeconds();
      const file = await videoToKeypoints(CLIP, info, createWalkerTracker(timedModels(models, single, multi)));
      const seconds = (performance.now() - start) / 1000;
      const cpuMs = ((cpuSeconds() - cpuStart) * 1000) / file.frames.length;
      const tracked = file.frames.filter((f) => f.keypoints !== null).length;
      row(`${model}: decode + track, ${file.frames.length} frames`, file.frames.length / seconds, 'frames/s');
      row(
        `${model}: speed vs real time (${(file.frames.length / info.fps).toFixed(1)} s clip)`,
        file.frames.length / info.fps / seconds,
        '× real time',
      );
      row(`${model}: CPU per frame (Node threads + ffmpeg)`, cpuMs, 'ms');
      row(`${model}: × real time that CPU allows on 2 free cores`, (2 * 1000) / info.fps / cpuMs, '× real time');
      row(`${model}: single-pose call as tracked (crop + model), median of ${single.length}`, median(single), 'ms');
      row(`multipose scan, median of ${multi.length}`, median(multi), 'ms');
      row(`multipose scans, per frame on average`, multi.reduce((a, b) => a + b, 0) / file.frames.length, 'ms');
      row(`${model}: frames with a person tracked`, (100 * tracked) / file.frames.length, '%');
    } finally {
      models.dispose();
    }
  }
  return rows;
}
