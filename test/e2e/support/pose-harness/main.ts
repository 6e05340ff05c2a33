/**
 * Test-only page (never part of the app build): runs the real pose engine on the fake camera and
 * exposes `window.poseHarness` for the e2e test and the benchmark. Each camera frame carries its
 * clip frame number, stamped in binary into the black letterbox by ffmpeg (see ../pose-harness.ts).
 */
import type { BackendName, ModelName } from '../../../../src/shared/api';
import type { Keypoint } from '../../../../src/shared/pose/types';
import { createPoseEngine, FrameDroppedError, measureBackends } from '../../../../src/renderer/src/pose';
import type { DetectorKind, ScanPlacement } from '../../../../src/renderer/src/pose/protocol';

export interface TrackedFrame {
  /** Frame number in the source clip (30 fps), read from the stamp in the picture. */
  clipFrame: number;
  keypoints: Keypoint[] | null;
  people: number;
  warnings: string[];
  scanned: boolean;
  inferenceMs: number;
  workerMs: number;
  /** Scan worker time of the scan this frame took the result of (0 when none). */
  scanMs: number;
  /** UI thread: createImageBitmap(video). */
  grabMs: number;
  /** From `estimate` to its result on the UI thread. */
  latencyMs: number;
  /** From the video frame callback to the result on the UI thread (what the overlay waits). */
  frameToResultMs: number;
}

export interface EngineConfig {
  model: ModelName;
  backend: BackendName;
  simd?: boolean;
  scans?: ScanPlacement;
}

const STAMP_BITS = 9;
const STAMP_BLOCK = 32;

async function openCamera(): Promise<HTMLVideoElement> {
  const video = document.getElementById('camera') as HTMLVideoElement;
  if (!video.srcObject) {
    video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
    await video.play();
  }
  return video;
}

const stampCanvas = new OffscreenCanvas(STAMP_BITS * STAMP_BLOCK, 16);
const stampContext = stampCanvas.getContext('2d', { willReadFrequently: true })!;
function readStamp(bitmap: ImageBitmap): number {
  stampContext.drawImage(bitmap, 0, 0, stampCanvas.width, 16, 0, 0, stampCanvas.width, 16);
  const row = stampContext.getImageData(0, 8, stampCanvas.width, 1).data;
  let n = 0;
  for (let bit = 0; bit < STAMP_BITS; bit += 1) if (row[4 * (bit * STAMP_BLOCK + STAMP_BLOCK / 2)] > 128) n |= 1 << bit;
  return n;
}

async function track(config: EngineConfig & { frames: number }) {
  const video = await openCamera();
  const engine = await createPoseEngine(config);
  const frames: TrackedFrame[] = [];
  let dropped = 0;
  const failures: Error[] = [];
  const start = performance.now();
  const estimateFrame = async (now: number): Promise<void> => {
    const grabStart = performance.now();
    const bitmap = await createImageBitmap(video);
    const grabMs = performance.now() - grabStart;
    const clipFrame = readStamp(bitmap);
    const sent = performance.now();
    try {
      const r = await engine.estimate(bitmap, now);
      r.frame.close();
      frames.push({
        clipFrame,
        keypoints: r.pose?.keypoints ?? null,
        people: r.people.length,
        warnings: r.warnings,
        scanned: r.scanned,
        inferenceMs: r.inferenceMs,
        workerMs: r.timings.workerMs,
        scanMs: r.timings.scanMs,
        grabMs,
        latencyMs: performance.now() - sent,
        frameToResultMs: performance.now() - now,
      });
    } catch (e) {
      if (!(e instanceof FrameDroppedError)) throw e;
      dropped += 1;
    }
  };
  // Like the live screen: every camera frame goes to the engine, which drops what it cannot take.
  await new Promise<void>((done) => {
    const onVideoFrame = (now: number): void => {
      if (frames.length >= config.frames || failures.length > 0) return done();
      video.requestVideoFrameCallback(onVideoFrame);
      estimateFrame(now).catch((e: unknown) =>
        failures.push(e instanceof Error ? e : new Error('estimate failed', { cause: e })),
      );
    };
    video.requestVideoFrameCallback(onVideoFrame);
  });
  engine.dispose();
  if (failures.length > 0) throw failures[0];
  const elapsedMs = performance.now() - start;
  return { backend: engine.backend, simd: engine.simd, loadMs: engine.loadMs, frames, dropped, elapsedMs };
}

/** Distinct frames of the fake camera's clip, for timing the models on real footage. */
async function grabFrames(count: number, everyNth: number): Promise<ImageBitmap[]> {
  const video = await openCamera();
  const grabbed: ImageBitmap[] = [];
  let seen = 0;
  await new Promise<void>((done, fail) => {
    const onVideoFrame = (): void => {
      seen += 1;
      if (seen % everyNth !== 0) return void video.requestVideoFrameCallback(onVideoFrame);
      createImageBitmap(video).then((bitmap) => {
        grabbed.push(bitmap);
        if (grabbed.length >= count) done();
        else video.requestVideoFrameCallback(onVideoFrame);
      }, fail);
    };
    video.requestVideoFrameCallback(onVideoFrame);
  });
  return grabbed;
}

/** Times one model on one backend over real frames: warm-up, then up to `runs` or `budgetMs`. */
async function timeModel(config: EngineConfig & { detector: DetectorKind; runs: number; budgetMs: number }) {
  const images = await grabFrames(10, 7);
  const engine = await createPoseEngine(config);
  try {
    for (const image of images.slice(0, 2)) await engine.timeInference(config.detector, image);
    const ms: number[] = [];
    let spent = 0;
    while (ms.length < config.runs && spent < config.budgetMs) {
      const run = await engine.timeInference(config.detector, images[ms.length % images.length]);
      ms.push(run.ms);
      spent += run.ms;
    }
    return { backend: engine.backend, simd: engine.simd, loadMs: engine.loadMs, ms };
  } finally {
    engine.dispose();
    for (const image of images) image.close();
  }
}

/** Hands `count` camera frames to the engine at once; reports how each call ended, in order. */
async function burst(config: EngineConfig & { count: number }): Promise<string[]> {
  const [image] = await grabFrames(1, 1);
  const engine = await createPoseEngine(config);
  const copies = await Promise.all(Array.from({ length: config.count }, () => createImageBitmap(image)));
  // All in one go, before the worker can answer the first.
  const calls = await Promise.allSettled(copies.map((copy, i) => engine.estimate(copy, i)));
  engine.dispose();
  image.close();
  for (const c of calls) if (c.status === 'fulfilled') c.value.frame.close();
  return calls.map((c) =>
    c.status === 'fulfilled'
      ? `result for ${c.value.frameTime}`
      : c.reason instanceof FrameDroppedError
        ? 'dropped'
        : String(c.reason),
  );
}

/** The next camera frame whose clip frame number is in [from, to]. */
async function grabClipFrame(from: number, to: number): Promise<ImageBitmap> {
  for (;;) {
    const [image] = await grabFrames(1, 1);
    const clipFrame = readStamp(image);
    if (clipFrame >= from && clipFrame <= to) return image;
    image.close();
  }
}

/** Every backend timed on one camera frame of the woman whole in the park (clip frames 100–140), with each one's keypoints. */
async function measureBackendsOnCamera(model: ModelName) {
  const image = await grabClipFrame(100, 140);
  try {
    return await measureBackends(model, { image });
  } finally {
    image.close();
  }
}

const harness = { track, timeModel, measureBackends, measureBackendsOnCamera, burst };
export type PoseHarness = typeof harness;
(window as unknown as { poseHarness: PoseHarness }).poseHarness = harness;
