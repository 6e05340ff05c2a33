/** What a worker is asked to analyse, what it answers, and the shared counters between them. */
import type { ModelName } from '../../shared/api';
import type { Keypoint, KeypointsFile, PoseFrame } from '../../shared/pose/types';
import type { VideoInfo } from '../video';
import type { VideoPart } from './plan';

export interface PartJob {
  path: string;
  info: VideoInfo;
  model: ModelName;
  part: VideoPart;
  /** Follow the person at this point (decoded pixels) from the first frame: a re-run across a seam. */
  seed: readonly [number, number] | null;
  /**
   * Follow this track (decoded pixels, the part's frames) instead of picking the walker: the
   * session's stored keypoints, or the person the user chose (src/shared/tracking/guided-tracker).
   */
  prior?: PoseFrame[] | null;
  maxWidth?: number;
  /** Int32 slots shared by the job's workers: CONTROL_CANCEL, then one frames-done count per part. */
  control: SharedArrayBuffer;
}

/** A multi-person scan of a part: every `every`-th frame of it, and the frames at `alsoAtMs`. */
export interface ScanJob {
  path: string;
  info: VideoInfo;
  part: VideoPart;
  every: number;
  alsoAtMs?: number[];
  maxWidth?: number;
  control: SharedArrayBuffer;
}

/** What the pool asks a worker: load a model ahead of time, analyse a part, or scan one for people. */
export type WorkerRequest =
  { type: 'warm'; model: ModelName } | { type: 'part'; job: PartJob } | { type: 'scan'; job: ScanJob };

/** Everyone found in one scanned frame (decoded pixels). */
export interface ScannedFrame {
  t: number;
  people: Keypoint[][];
}

export type PartResult =
  | { type: 'done'; file: KeypointsFile; severalPeopleFrames: number }
  /** A ScanJob's answer; width and height: the decoded frames' size. */
  | { type: 'scanned'; frames: ScannedFrame[]; width: number; height: number }
  | { type: 'cancelled' }
  /** badInput: the video itself is the problem (its message is for the user). */
  | { type: 'error'; message: string; badInput: boolean };

export const CONTROL_CANCEL = 0;
export const progressSlot = (partIndex: number): number => 1 + partIndex;
export const controlBuffer = (parts: number): SharedArrayBuffer => new SharedArrayBuffer(4 * (1 + parts));
