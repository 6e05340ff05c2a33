/** What a worker is asked to analyse, what it answers, and the shared counters between them. */
import type { ModelName } from '../../shared/api';
import type { KeypointsFile } from '../../shared/pose/types';
import type { VideoInfo } from '../video';
import type { VideoPart } from './plan';

export interface PartJob {
  path: string;
  info: VideoInfo;
  model: ModelName;
  part: VideoPart;
  /** Follow the person at this point (decoded pixels) from the first frame: a re-run across a seam. */
  seed: readonly [number, number] | null;
  maxWidth?: number;
  /** Int32 slots shared by the job's workers: CONTROL_CANCEL, then one frames-done count per part. */
  control: SharedArrayBuffer;
}

/** What the pool asks a worker: load a model ahead of time, or analyse a part. */
export type WorkerRequest = { type: 'warm'; model: ModelName } | { type: 'part'; job: PartJob };

export type PartResult =
  | { type: 'done'; file: KeypointsFile; severalPeopleFrames: number }
  | { type: 'cancelled' }
  /** badInput: the video itself is the problem (its message is for the user). */
  | { type: 'error'; message: string; badInput: boolean };

export const CONTROL_CANCEL = 0;
export const progressSlot = (partIndex: number): number => 1 + partIndex;
export const controlBuffer = (parts: number): SharedArrayBuffer => new SharedArrayBuffer(4 * (1 + parts));
