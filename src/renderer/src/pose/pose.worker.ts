/// <reference lib="webworker" />
/**
 * The pose worker: the single-pose model and the walker tracker on every frame, off the UI
 * thread. Live, it reads the camera's frames itself (the next as soon as the last is tracked, so it
 * neither waits on the UI thread nor works on a stale frame). Scans run in the scan worker in
 * parallel and the tracker takes their choice when they finish; without a scan worker they run
 * here, inline.
 */
import { createWalkerTracker, type WalkerTracker } from '../../../shared/tracking/walker-tracker';
import { CameraClock } from './camera-clock';
import { loadMoveNet, type CameraFrame, type MoveNetModels } from './movenet-models';
import type { FromWorker, ToWorker } from './protocol';
import type { EngineFrameResult, FrameTimings } from './types';
import { messageOf } from '../api/errors';
import { post, startWorker } from './worker-start';

declare const self: DedicatedWorkerGlobalScope;

let models: MoveNetModels | null = null;
let tracker: WalkerTracker<CameraFrame> | null = null;
/** The camera being read, if any. */
let camera: ReadableStreamDefaultReader<VideoFrame> | null = null;
/**
 * Camera answers the UI thread has not taken yet. The worker reads the next frame while the UI
 * thread draws the last (one ahead), never more: a busy UI thread would otherwise get a growing
 * queue of late pictures, and the model's work on them would only take the cores from it.
 */
let untaken = 0;
let onTaken: (() => void) | null = null;
const MAX_UNTAKEN = 2;

/** Tracks the walker in `bitmap`; the result carries `bitmap` itself, to be shown with its pose. */
async function trackFrame(
  bitmap: ImageBitmap,
  frameTime: number,
): Promise<{ result: EngineFrameResult; timings: FrameTimings }> {
  const start = performance.now();
  const size = { width: bitmap.width, height: bitmap.height };
  models!.takeSinglePoseMs();
  const tracked = await tracker!.track({ bitmap, timeMs: frameTime }, size, frameTime);
  const singlePoseMs = models!.takeSinglePoseMs();
  return {
    result: { ...tracked, frameTime, inferenceMs: singlePoseMs, frame: bitmap },
    timings: { workerMs: performance.now() - start, scanMs: tracked.scanned ? models!.lastScanMs : 0 },
  };
}

/** Tracks every frame `reader` gives until it ends or another camera replaces it. */
async function followCamera(reader: ReadableStreamDefaultReader<VideoFrame>, pageTimeOrigin: number): Promise<void> {
  const clock = new CameraClock(performance.timeOrigin - pageTimeOrigin);
  while (camera === reader) {
    while (untaken >= MAX_UNTAKEN) await new Promise<void>((resolve) => (onTaken = resolve));
    if (camera !== reader) return;
    let read: ReadableStreamReadResult<VideoFrame>;
    try {
      read = await reader.read();
    } catch {
      return; // the camera ended or was stopped
    }
    if (read.done) return;
    const videoFrame = read.value;
    if (camera !== reader) return videoFrame.close();
    const frameTime = clock.pageTime(videoFrame.timestamp, performance.now());
    let bitmap: ImageBitmap | null = null;
    try {
      // one RGB copy, used by the model, the scan and the overlay; the camera's buffer is freed at once
      bitmap = await createImageBitmap(videoFrame);
      videoFrame.close();
      const { result, timings } = await trackFrame(bitmap, frameTime);
      untaken += 1;
      self.postMessage({ type: 'camera-result', result, timings } satisfies FromWorker, [bitmap]);
    } catch (e) {
      videoFrame.close();
      bitmap?.close();
      untaken += 1;
      post({ type: 'camera-failed', message: messageOf(e) });
    }
  }
}

function stopCamera(): void {
  camera?.cancel().catch(() => undefined);
  camera = null;
  untaken = 0;
  taken();
}

function taken(): void {
  untaken = Math.max(0, untaken - 1);
  onTaken?.();
  onTaken = null;
}

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  switch (data.type) {
    case 'init':
      return startWorker(data, async () => {
        models = await loadMoveNet(data.model, data.modelBaseUrl, data.scans);
        tracker = createWalkerTracker(models, { scans: data.scans instanceof MessagePort ? 'background' : 'inline' });
      });
    case 'frame': {
      const { id, bitmap, frameTime } = data;
      try {
        const { result, timings } = await trackFrame(bitmap, frameTime);
        // the frame goes back with its pose (transferred, not copied), to be shown together
        self.postMessage({ type: 'result', id, result, timings } satisfies FromWorker, [bitmap]);
      } catch (e) {
        bitmap.close();
        post({ type: 'failed', id, message: messageOf(e) });
      }
      return;
    }
    case 'camera':
      stopCamera();
      camera = data.frames.getReader();
      return followCamera(camera, data.pageTimeOrigin);
    case 'camera-stop':
      return stopCamera();
    case 'camera-taken':
      return taken();
    case 'select':
      tracker?.selectPersonAt(data.x, data.y);
      return;
    case 'time': {
      try {
        post({ type: 'timed', id: data.id, run: await models!.time(data.detector, data.bitmap) });
      } catch (e) {
        post({ type: 'failed', id: data.id, message: messageOf(e) });
      } finally {
        data.bitmap.close();
      }
      return;
    }
  }
};
