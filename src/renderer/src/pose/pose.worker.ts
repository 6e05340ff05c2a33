/// <reference lib="webworker" />
/**
 * The pose worker: the single-pose model and the walker tracker on every frame, off the UI
 * thread. Scans run in the scan worker in parallel and the tracker takes their choice when they
 * finish; without a scan worker they run here, inline.
 */
import { createWalkerTracker, type WalkerTracker } from '../../../shared/tracking/walker-tracker';
import { loadMoveNet, type CameraFrame, type MoveNetModels } from './movenet-models';
import type { FromWorker, ToWorker } from './protocol';
import { messageOf } from '../api/errors';
import { post, startWorker } from './worker-start';

declare const self: DedicatedWorkerGlobalScope;

let models: MoveNetModels | null = null;
let tracker: WalkerTracker<CameraFrame> | null = null;

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  switch (data.type) {
    case 'init':
      return startWorker(data, async () => {
        models = await loadMoveNet(data.model, data.modelBaseUrl, data.scans);
        tracker = createWalkerTracker(models, { scans: data.scans instanceof MessagePort ? 'background' : 'inline' });
      });
    case 'frame': {
      const { id, bitmap, frameTime } = data;
      const start = performance.now();
      try {
        const size = { width: bitmap.width, height: bitmap.height };
        models!.takeSinglePoseMs();
        const tracked = await tracker!.track({ bitmap, timeMs: frameTime }, size, frameTime);
        const singlePoseMs = models!.takeSinglePoseMs();
        // the frame goes back with its pose (transferred, not copied), to be shown together
        const result: FromWorker = {
          type: 'result',
          id,
          result: { ...tracked, frameTime, inferenceMs: singlePoseMs, frame: bitmap },
          timings: { workerMs: performance.now() - start, scanMs: tracked.scanned ? models!.lastScanMs : 0 },
        };
        self.postMessage(result, [bitmap]);
      } catch (e) {
        bitmap.close();
        post({ type: 'failed', id, message: messageOf(e) });
      }
      return;
    }
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
