/**
 * UI side of the pose engine: owns its two workers (pose worker: single-pose model and walker
 * tracker on every frame; scan worker: MultiPose now and then, in parallel). Live, it hands the
 * camera's frames to the pose worker to read itself (`follow`); pictures sent one by one
 * (`estimate`: tests, measurements) are dropped while the pose worker is busy (one frame in the
 * worker, at most one waiting; a newer frame replaces the waiting one).
 */
import type { BackendName, ModelName } from '../../../shared/api';
import { cameraFrames } from './camera-frames';
import type { DetectorKind, FromWorker, ScanPlacement, ToScanWorker, ToWorker } from './protocol';
import type { EngineFrameResult, FrameTimings, InferenceRun, PoseEngine } from './types';

/** `estimate` rejects with this when a newer frame took the frame's place in the queue. */
export class FrameDroppedError extends Error {
  constructor() {
    super('frame dropped: the pose engine was busy and a newer frame arrived');
    this.name = 'FrameDroppedError';
  }
}

export interface PoseEngineOptions {
  model: ModelName;
  backend: BackendName;
  /** WASM only: use the SIMD build when the browser supports it (default true). */
  simd?: boolean;
  /** Where movenet-*.json/.bin are served; default `/models/` on the page's origin. */
  modelBaseUrl?: string;
  /**
   * Where the walker tracker's MultiPose scans run: 'worker' (default) in a second worker, in
   * parallel; 'inline' in the pose worker, stalling the frame that scans (~90 ms; kept for the
   * benchmark's comparison); 'none' loads no MultiPose at all (engines that only time models).
   */
  scans?: ScanPlacement;
}

export type MeasuredFrameResult = EngineFrameResult & { timings: FrameTimings };

/** The engine as built here: the UI contract plus what measurements and the benchmark read. */
export interface MeasurablePoseEngine extends PoseEngine {
  readonly simd: boolean;
  /** Workers started, backends started and the models loaded (both workers in parallel), in ms. */
  readonly loadMs: number;
  estimate(frame: ImageBitmap, frameTime: number): Promise<MeasuredFrameResult>;
  /** Times one inference of one model on a copy of `image` (the tracker is not involved). */
  timeInference(detector: DetectorKind, image: ImageBitmap): Promise<InferenceRun>;
}

interface Waiting {
  resolve: (r: MeasuredFrameResult) => void;
  reject: (e: Error) => void;
}
interface QueuedFrame extends Waiting {
  id: number;
  bitmap: ImageBitmap;
  frameTime: number;
}
type Ready = Extract<FromWorker, { type: 'ready' }>;

export function createPoseEngine(opts: PoseEngineOptions): Promise<MeasurablePoseEngine> {
  const poseWorker = new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module', name: 'pose' });
  const scanWorker =
    (opts.scans ?? 'worker') !== 'worker'
      ? null
      : new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module', name: 'pose-scan' });
  const workers = scanWorker ? [poseWorker, scanWorker] : [poseWorker];
  const waiting = new Map<number, Waiting>();
  const timings = new Map<number, { resolve: (run: InferenceRun) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let busy = false;
  let queued: QueuedFrame | null = null;
  let disposed = false;
  let broken: Error | null = null;
  /** Who takes the camera's results (`follow`), if a camera is followed. */
  let follower: {
    onResult: (r: MeasuredFrameResult) => void | Promise<void>;
    onError: (e: Error) => void;
  } | null = null;

  const post = (frame: QueuedFrame): void => {
    busy = true;
    waiting.set(frame.id, frame);
    poseWorker.postMessage(
      { type: 'frame', id: frame.id, bitmap: frame.bitmap, frameTime: frame.frameTime } satisfies ToWorker,
      [frame.bitmap],
    );
  };
  const settleFrame = (id: number, settle: (w: Waiting) => void): void => {
    const w = waiting.get(id);
    waiting.delete(id);
    if (w) settle(w);
    busy = false;
    if (queued && !disposed) {
      const next = queued;
      queued = null;
      post(next);
    }
  };

  const failAll = (error: Error): void => {
    queued?.bitmap.close();
    queued?.reject(error);
    queued = null;
    for (const w of waiting.values()) w.reject(error);
    for (const t of timings.values()) t.reject(error);
    follower?.onError(error);
    follower = null;
    waiting.clear();
    timings.clear();
  };
  const terminate = (): void => workers.forEach((w) => w.terminate());

  return new Promise((resolveEngine, rejectEngine) => {
    const ready: Ready[] = [];
    const onMessage = ({ data }: MessageEvent<FromWorker>): void => {
      switch (data.type) {
        case 'ready':
          ready.push(data);
          if (ready.length === workers.length) {
            resolveEngine(
              engine(
                data.backend,
                ready.every((r) => r.simd),
                Math.max(...ready.map((r) => r.loadMs)),
              ),
            );
          }
          return;
        case 'init-failed':
          terminate();
          rejectEngine(new Error(`pose engine could not start on ${data.message}`));
          return;
        case 'result':
          settleFrame(data.id, (w) => w.resolve({ ...data.result, timings: data.timings }));
          return;
        case 'camera-result': {
          const taken = follower?.onResult({ ...data.result, timings: data.timings });
          if (!follower) data.result.frame.close();
          // the next frame is read once this one's taker is ready for it (a recording's encoder)
          void Promise.resolve(taken)
            .catch(() => undefined)
            .then(() => {
              if (!disposed) poseWorker.postMessage({ type: 'camera-taken' } satisfies ToWorker);
            });
          return;
        }
        case 'camera-failed':
          follower?.onError(new Error(`pose estimation failed: ${data.message}`));
          poseWorker.postMessage({ type: 'camera-taken' } satisfies ToWorker);
          return;
        case 'timed':
          timings.get(data.id)?.resolve(data.run);
          timings.delete(data.id);
          return;
        case 'failed':
          if (timings.has(data.id)) {
            timings.get(data.id)!.reject(new Error(data.message));
            timings.delete(data.id);
          } else {
            settleFrame(data.id, (w) => w.reject(new Error(`pose estimation failed: ${data.message}`)));
          }
          return;
      }
    };
    for (const worker of workers) {
      worker.onmessage = onMessage;
      worker.onerror = (e) => {
        e.preventDefault();
        const failure = new Error(
          `${worker === poseWorker ? 'pose' : 'scan'} worker failed: ${e.message || 'script error'}`,
        );
        rejectEngine(failure);
        // A crashed worker answers nothing more: fail what waits, and every later call.
        broken = failure;
        terminate();
        failAll(failure);
      };
    }
    const init = {
      backend: opts.backend,
      simd: opts.simd ?? true,
      modelBaseUrl: opts.modelBaseUrl ?? new URL('/models/', location.origin).href,
    };
    if (!scanWorker) {
      poseWorker.postMessage({
        type: 'init',
        model: opts.model,
        ...init,
        scans: opts.scans === 'none' ? 'none' : 'inline',
      } satisfies ToWorker);
      return;
    }
    // The pose worker hands frames to the scan worker directly, not through this (UI) thread.
    const channel = new MessageChannel();
    poseWorker.postMessage({ type: 'init', model: opts.model, ...init, scans: channel.port1 } satisfies ToWorker, [
      channel.port1,
    ]);
    scanWorker.postMessage({ type: 'init', ...init, scanPort: channel.port2 } satisfies ToScanWorker, [channel.port2]);
  });

  function engine(backend: BackendName, simd: boolean, loadMs: number): MeasurablePoseEngine {
    return {
      backend,
      model: opts.model,
      simd,
      loadMs,
      estimate(bitmap, frameTime) {
        return new Promise((resolve, reject) => {
          if (disposed || broken) {
            bitmap.close();
            return reject(broken ?? new Error('pose engine disposed'));
          }
          const frame = { id: nextId++, bitmap, frameTime, resolve, reject };
          if (!busy) return post(frame);
          if (queued) {
            queued.bitmap.close();
            queued.reject(new FrameDroppedError());
          }
          queued = frame;
        });
      },
      follow(track, onResult, onError) {
        if (disposed || broken) {
          onError(broken ?? new Error('pose engine disposed'));
          return () => undefined;
        }
        const frames = cameraFrames(track);
        const me = { onResult, onError };
        follower = me;
        poseWorker.postMessage({ type: 'camera', frames, pageTimeOrigin: performance.timeOrigin } satisfies ToWorker, [
          frames,
        ]);
        return () => {
          if (follower !== me) return;
          follower = null;
          if (!disposed) poseWorker.postMessage({ type: 'camera-stop' } satisfies ToWorker);
        };
      },
      selectPersonAt(x, y) {
        poseWorker.postMessage({ type: 'select', x, y } satisfies ToWorker);
      },
      timeInference(detector, image) {
        return new Promise((resolve, reject) => {
          if (disposed || broken) return reject(broken ?? new Error('pose engine disposed'));
          const id = nextId++;
          timings.set(id, { resolve, reject });
          // Copied, not transferred: the caller keeps the image.
          if (detector === 'multi' && scanWorker)
            scanWorker.postMessage({ type: 'time', id, bitmap: image } satisfies ToScanWorker);
          else poseWorker.postMessage({ type: 'time', id, detector, bitmap: image } satisfies ToWorker);
        });
      },
      dispose() {
        if (disposed) return;
        disposed = true;
        follower = null; // a camera followed by a disposed engine has not failed: its follower stops it
        terminate();
        failAll(new Error('pose engine disposed'));
      },
    };
  }
}
