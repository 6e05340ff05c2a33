/// <reference lib="webworker" />
/** The pose engine's worker: MoveNet and the walker tracker, off the UI thread. */
import { createWalkerTracker, type WalkerTracker } from '../../../shared/tracking/walker-tracker';
import { loadMoveNet, type CameraFrame, type MoveNetModels } from './movenet-models';
import type { FromWorker, ToWorker } from './protocol';
import { useBackend } from './tf-backend';

declare const self: DedicatedWorkerGlobalScope;

let models: MoveNetModels | null = null;
let tracker: WalkerTracker<CameraFrame> | null = null;

const post = (message: FromWorker): void => self.postMessage(message);
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  switch (data.type) {
    case 'init': {
      const start = performance.now();
      try {
        const simd = await useBackend(data.backend, data.simd);
        models = await loadMoveNet(data.model, data.modelBaseUrl);
        tracker = createWalkerTracker(models);
        post({ type: 'ready', backend: data.backend, simd, loadMs: performance.now() - start });
      } catch (e) {
        post({ type: 'init-failed', message: `${data.backend}: ${messageOf(e)}` });
      }
      return;
    }
    case 'frame': {
      const { id, bitmap, frameTime } = data;
      const start = performance.now();
      try {
        const size = { width: bitmap.width, height: bitmap.height };
        models!.takeInferenceMs();
        const tracked = await tracker!.track({ bitmap, timeMs: frameTime }, size, frameTime);
        const inferenceMs = models!.takeInferenceMs();
        post({ type: 'result', id, result: { ...tracked, frameTime, inferenceMs }, workerMs: performance.now() - start });
      } catch (e) {
        post({ type: 'failed', id, message: messageOf(e) });
      } finally {
        bitmap.close();
      }
      return;
    }
    case 'select':
      tracker?.selectPersonAt(data.x, data.y);
      return;
    case 'time': {
      try {
        post({ type: 'timed', id: data.id, ms: await models!.time(data.detector, data.bitmap) });
      } catch (e) {
        post({ type: 'failed', id: data.id, message: messageOf(e) });
      } finally {
        data.bitmap.close();
      }
      return;
    }
  }
};
