/**
 * UI side of the pose engine: owns the worker, sends it frames, and drops frames while it is busy
 * (one frame in the worker, at most one waiting; a newer frame replaces the waiting one).
 */
import type { BackendName, ModelName } from '../../../shared/api';
import type { DetectorKind, FromWorker, ToWorker } from './protocol';
import type { EngineFrameResult, PoseEngine } from './types';

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
}

/** The engine as built here: the UI contract plus what measurements and the benchmark read. */
export interface MeasurablePoseEngine extends PoseEngine {
  readonly simd: boolean;
  /** Worker start, backend start and both models loaded, in ms. */
  readonly loadMs: number;
  estimate(frame: ImageBitmap, frameTime: number): Promise<EngineFrameResult & { workerMs: number }>;
  /** Times one inference of one model on a copy of `image` (the tracker is not involved). */
  timeInference(detector: DetectorKind, image: ImageBitmap): Promise<number>;
}

interface Waiting { resolve: (r: EngineFrameResult & { workerMs: number }) => void; reject: (e: Error) => void }
interface QueuedFrame extends Waiting { id: number; bitmap: ImageBitmap; frameTime: number }

export function createPoseEngine(opts: PoseEngineOptions): Promise<MeasurablePoseEngine> {
  const worker = new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module', name: 'pose' });
  const send = (message: ToWorker, transfer: Transferable[] = []): void => worker.postMessage(message, transfer);
  const waiting = new Map<number, Waiting>();
  const timings = new Map<number, { resolve: (ms: number) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let busy = false;
  let queued: QueuedFrame | null = null;
  let disposed = false;
  let broken: Error | null = null;

  const post = (frame: QueuedFrame): void => {
    busy = true;
    waiting.set(frame.id, frame);
    send({ type: 'frame', id: frame.id, bitmap: frame.bitmap, frameTime: frame.frameTime }, [frame.bitmap]);
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
    waiting.clear();
    timings.clear();
  };

  return new Promise((resolveEngine, rejectEngine) => {
    worker.onerror = (e) => {
      e.preventDefault();
      const failure = new Error(`pose worker failed: ${e.message || 'script error'}`);
      rejectEngine(failure);
      // A crashed worker answers nothing more: fail what waits, and every later call.
      broken = failure;
      worker.terminate();
      failAll(failure);
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      switch (data.type) {
        case 'ready':
          resolveEngine(engine(data.backend, data.simd, data.loadMs));
          return;
        case 'init-failed':
          worker.terminate();
          rejectEngine(new Error(`pose engine could not start on ${data.message}`));
          return;
        case 'result':
          settleFrame(data.id, (w) => w.resolve({ ...data.result, workerMs: data.workerMs }));
          return;
        case 'timed':
          timings.get(data.id)?.resolve(data.ms);
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
    const modelBaseUrl = opts.modelBaseUrl ?? new URL('/models/', location.origin).href;
    send({ type: 'init', model: opts.model, backend: opts.backend, simd: opts.simd ?? true, modelBaseUrl });
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
      selectPersonAt(x, y) {
        send({ type: 'select', x, y });
      },
      timeInference(detector, image) {
        return new Promise((resolve, reject) => {
          if (disposed || broken) return reject(broken ?? new Error('pose engine disposed'));
          const id = nextId++;
          timings.set(id, { resolve, reject });
          send({ type: 'time', id, detector, bitmap: image }); // copied, not transferred: the caller keeps it
        });
      },
      dispose() {
        if (disposed) return;
        disposed = true;
        worker.terminate();
        failAll(new Error('pose engine disposed'));
      },
    };
  }
}
