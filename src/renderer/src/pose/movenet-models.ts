/**
 * Pose worker side: the walker tracker's `PoseModels` for camera frames. The single-pose model
 * runs here on every frame. Scans go to the scan worker (a frame downscaled to MultiPose's input
 * size, so little is copied) and come back as a promise the tracker does not wait for; without a
 * scan worker, MultiPose runs here, inline.
 */
import type { ModelName } from '../../../shared/api';
import type { DetectedPose, PoseModels } from '../../../shared/tracking/types';
import { loadMultiPose, scanInput } from './multi-pose';
import type { DetectorKind, ScanReply, ScanRequest } from './protocol';
import { loadSinglePose } from './single-pose';
import type { InferenceRun } from './types';

/** A camera frame with its time. */
export interface CameraFrame {
  bitmap: ImageBitmap;
  timeMs: number;
}

export interface MoveNetModels extends PoseModels<CameraFrame> {
  /** Milliseconds in the single-pose model since the last call. */
  takeSinglePoseMs(): number;
  /** Milliseconds the latest finished scan took. */
  readonly lastScanMs: number;
  /** One inference of one model on the whole of `bitmap` (measurement only). */
  time(detector: DetectorKind, bitmap: ImageBitmap): Promise<InferenceRun>;
  dispose(): void;
}

/** `scans`: the port to the scan worker, 'inline' to run MultiPose in this worker, or 'none'. */
export async function loadMoveNet(
  model: ModelName,
  modelBaseUrl: string,
  scans: MessagePort | 'inline' | 'none',
): Promise<MoveNetModels> {
  const single = await loadSinglePose(model, new URL(`movenet-${model}.json`, modelBaseUrl).href);
  const localMulti = scans === 'inline' ? await loadMultiPose(modelBaseUrl) : null;
  const pending = new Map<number, { resolve: (poses: DetectedPose[]) => void; reject: (e: Error) => void }>();
  let nextScan = 1;
  let singlePoseMs = 0;
  let lastScanMs = 0;
  if (scans instanceof MessagePort) {
    scans.onmessage = ({ data }: MessageEvent<ScanReply>) => {
      const scan = pending.get(data.id);
      pending.delete(data.id);
      if ('error' in data) return scan?.reject(new Error(`scan failed: ${data.error}`));
      lastScanMs = data.ms;
      scan?.resolve(data.poses);
    };
  }
  const scanCanvas = new OffscreenCanvas(1, 1);

  return {
    async detectAll({ bitmap }) {
      if (scans === 'none') throw new Error('this pose engine was started without MultiPose scans');
      // Drawn before any await, while the frame is open: the worker closes it when the frame is done.
      const input = scanInput(bitmap, scanCanvas);
      if (localMulti) {
        const start = performance.now();
        try {
          return await localMulti.scan(input.bitmap, input.scaleX, input.scaleY);
        } finally {
          input.bitmap.close();
          lastScanMs = performance.now() - start;
        }
      }
      const port = scans as MessagePort;
      const request: ScanRequest = { id: nextScan++, ...input };
      return new Promise((resolve, reject) => {
        pending.set(request.id, { resolve, reject });
        port.postMessage(request, [input.bitmap]);
      });
    },
    detectOne({ bitmap }, region) {
      const start = performance.now();
      const found = single.detect(bitmap, region);
      singlePoseMs += performance.now() - start;
      // the tracker's interface is asynchronous (a scan is); the single-pose model answers at once
      return Promise.resolve(found);
    },
    resetSingle() {
      // each call is a fresh crop: the single-pose path keeps no state between frames
    },
    takeSinglePoseMs() {
      const ms = singlePoseMs;
      singlePoseMs = 0;
      return ms;
    },
    get lastScanMs() {
      return lastScanMs;
    },
    async time(detector, bitmap) {
      if (detector === 'multi') {
        if (!localMulti)
          throw new Error(scans === 'none' ? 'this pose engine has no MultiPose' : 'MultiPose runs in the scan worker');
        return { ms: await localMulti.time(bitmap), keypoints: null };
      }
      const start = performance.now();
      const pose = single.detect(bitmap, { x: 0, y: 0, width: bitmap.width, height: bitmap.height });
      return { ms: performance.now() - start, keypoints: pose?.keypoints ?? null };
    },
    dispose() {
      single.dispose();
      localMulti?.dispose();
      if (scans instanceof MessagePort) scans.close();
    },
  };
}
