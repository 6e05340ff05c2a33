/** Messages between the pose engine (UI thread) and its worker. */
import type { BackendName, ModelName } from '../../../shared/api';
import type { EngineFrameResult } from './types';

export type DetectorKind = 'single' | 'multi';

export type ToWorker =
  | { type: 'init'; model: ModelName; backend: BackendName; simd: boolean; modelBaseUrl: string }
  | { type: 'frame'; id: number; bitmap: ImageBitmap; frameTime: number }
  | { type: 'select'; x: number; y: number }
  /** One inference of one model on a copy of `bitmap`, for measurements and the benchmark. */
  | { type: 'time'; id: number; detector: DetectorKind; bitmap: ImageBitmap };

export type FromWorker =
  | { type: 'ready'; backend: BackendName; simd: boolean; loadMs: number }
  | { type: 'init-failed'; message: string }
  | { type: 'result'; id: number; result: EngineFrameResult; workerMs: number }
  | { type: 'timed'; id: number; ms: number }
  | { type: 'failed'; id: number; message: string };
