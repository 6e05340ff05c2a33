/** What the UI uses of the pose engine (two Web Workers running MoveNet and the walker tracker). */
import type { BackendName, ModelName } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import type { TrackResult } from '../../../shared/tracking/types';

export interface EngineFrameResult extends TrackResult {
  /** Timestamp of the video frame this result belongs to (ms, performance.now() clock). */
  frameTime: number;
  /** Single-pose time for this frame in ms (worker side: region drawn to the model input, model, smoothing). */
  inferenceMs: number;
  /** The picture the pose was computed from, handed back so it can be shown with its pose; the receiver closes it. */
  frame: ImageBitmap;
}

/** Where one frame's time went (ms), for the benchmark and profiling (single-pose: `inferenceMs`). */
export interface FrameTimings {
  /** Pose worker: everything for this frame (single-pose, tracker, scan hand-off). */
  workerMs: number;
  /** Scan worker: the MultiPose scan whose result this frame took (0 when none). */
  scanMs: number;
}

export interface PoseEngine {
  readonly backend: BackendName;
  readonly model: ModelName;
  /**
   * Send one video frame (transferred); resolves with the tracked pose for that frame, and the frame
   * itself back (`frame`, the caller's to close). While the
   * worker is busy one frame waits; a newer frame replaces it and the replaced frame's promise
   * rejects with `FrameDroppedError` (from ./engine), which callers ignore.
   */
  estimate(frame: ImageBitmap, frameTime: number): Promise<EngineFrameResult>;
  /**
   * Follow a camera: the pose worker reads `track`'s frames itself, the next as soon as the last is
   * tracked, and each frame's result (with its picture, the caller's to close) goes to `onResult`;
   * a frame that failed, or the engine breaking, to `onError`. Returns what stops it. Following
   * another camera stops the first.
   */
  follow(
    track: MediaStreamTrack,
    /** The worker tracks the next frame once what this returns has resolved (back-pressure). */
    onResult: (result: EngineFrameResult) => void | Promise<void>,
    onError: (error: Error) => void,
  ): () => void;
  /** The user clicked at (x, y) image pixels: track the person there from now on. */
  selectPersonAt(x: number, y: number): void;
  dispose(): void;
}

/** One inference of one model on a whole picture: its time and, for the single-pose model, its keypoints. */
export interface InferenceRun {
  ms: number;
  keypoints: Keypoint[] | null;
}

export interface BackendMeasurement {
  backend: BackendName;
  msPerFrame: number | null;
  /** The single-pose keypoints on the measurement's picture, to check the backends agree. */
  keypoints?: Keypoint[] | null;
  error?: string;
}
