/**
 * Messages between the pose engine (UI thread) and its two workers: the pose worker (single-pose
 * model and walker tracker, every frame) and the scan worker (MultiPose, now and then). The pose
 * worker asks the scan worker directly, over a MessagePort the engine hands them both.
 */
import type { BackendName, ModelName } from '../../../shared/api';
import type { DetectedPose } from '../../../shared/tracking/types';
import type { EngineFrameResult, FrameTimings, InferenceRun } from './types';

export type DetectorKind = 'single' | 'multi';
export type ScanPlacement = 'worker' | 'inline' | 'none';

interface Init {
  type: 'init';
  backend: BackendName;
  simd: boolean;
  modelBaseUrl: string;
}

export type ToWorker =
  /** `scans`: the port the scan worker listens on, or scans inline in the pose worker, or none. */
  | (Init & { model: ModelName; scans: MessagePort | 'inline' | 'none' })
  | { type: 'frame'; id: number; bitmap: ImageBitmap; frameTime: number }
  /**
   * Follow a camera: read its frames straight from `frames` (a MediaStreamTrackProcessor's readable,
   * transferred), the next one as soon as the last is done; `pageTimeOrigin` turns their times into
   * the page's performance.now() clock. Answered with 'camera-result' or 'camera-failed' per frame
   * until the camera ends or 'camera-stop'; a new 'camera' replaces the last.
   */
  | { type: 'camera'; frames: ReadableStream<VideoFrame>; pageTimeOrigin: number }
  | { type: 'camera-stop' }
  /** The UI thread is done with a 'camera-result' or 'camera-failed' (the worker stays at most one ahead). */
  | { type: 'camera-taken' }
  | { type: 'select'; x: number; y: number }
  /** One inference of one model on a copy of `bitmap`, for measurements and the benchmark. */
  | { type: 'time'; id: number; detector: DetectorKind; bitmap: ImageBitmap };

export type ToScanWorker =
  | (Init & { scanPort: MessagePort })
  /** One MultiPose inference on a copy of `bitmap`, for measurements and the benchmark. */
  | { type: 'time'; id: number; bitmap: ImageBitmap };

export type FromWorker =
  | { type: 'ready'; backend: BackendName; simd: boolean; loadMs: number }
  | { type: 'init-failed'; message: string }
  /** `result.frame` is the frame's bitmap, transferred back. */
  | { type: 'result'; id: number; result: EngineFrameResult; timings: FrameTimings }
  /** One camera frame's pose; `result.frame` is its picture, transferred. */
  | { type: 'camera-result'; result: EngineFrameResult; timings: FrameTimings }
  /** One camera frame could not be tracked; the next ones are read as usual. */
  | { type: 'camera-failed'; message: string }
  | { type: 'timed'; id: number; run: InferenceRun }
  | { type: 'failed'; id: number; message: string };

/** Over the scan port: a downscaled frame to scan, and the people found (full-frame pixels). */
export type ScanRequest = { id: number; bitmap: ImageBitmap; scaleX: number; scaleY: number };
export type ScanReply = { id: number; poses: DetectedPose[]; ms: number } | { id: number; error: string };
