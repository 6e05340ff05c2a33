/**
 * The first stage of the session analysis: a session's frames as one flat keypoint buffer with a
 * time for every frame, its sampling rate and duration, and how many of its frames are confident
 * enough to measure a leg.
 */
import { KP } from '../pose/keypoints';
import { DEFAULT_FPS, KP_STRIDE, SAMPLING_RATE_INTERVALS } from './constants';
import { framesToBuffer, median, pointX, type KeypointBuffer } from './series';
import type { PoseFrame } from './types';

export interface SessionInput {
  fps: number;
  width: number;
  height: number;
  frames: PoseFrame[];
}

/**
 * The frames as a buffer (series.ts); a frame without a usable time gets the time its index has at
 * the input's frame rate (DEFAULT_FPS when it names none). Input that is not a session reads as no frames.
 */
export function sessionBuffer(input: SessionInput | null | undefined, minScore: number): KeypointBuffer {
  const frames = Array.isArray(input?.frames) ? input.frames : [];
  const fps = frameRate(input);
  const buf = framesToBuffer(frames, minScore);
  const { t } = buf;
  for (let i = 0; i < buf.n; i++) if (!Number.isFinite(t[i])) t[i] = i / fps;
  return buf;
}

/** The input's frame rate, DEFAULT_FPS when it names none. */
export function frameRate(input: Pick<SessionInput, 'fps'> | null | undefined): number {
  const fps = input?.fps;
  return fps !== undefined && fps > 0 ? fps : DEFAULT_FPS;
}

/** Frames per second from the median interval between frame times (at most SAMPLING_RATE_INTERVALS of them); `fps` when they do not tell. */
export function samplingRate(t: Float64Array, fps: number): number {
  if (t.length < 3) return fps;
  const dts: number[] = [];
  const stride = Math.max(1, Math.floor(t.length / SAMPLING_RATE_INTERVALS));
  for (let i = 1; i < t.length; i += stride) {
    const dt = t[i]! - t[i - 1]!;
    if (dt > 0) dts.push(dt);
  }
  const m = median(dts);
  return m > 0 ? 1 / m : fps;
}

/** Seconds from the first frame to the end of the last one (one sampling interval after it). */
export function sessionDuration(t: Float64Array, fs: number): number {
  const first = t[0],
    last = t[t.length - 1];
  return first !== undefined && last !== undefined ? last - first + 1 / fs : 0;
}

/** Frames with a hip and the knee and ankle of the same side, the least a leg's angles need. */
export function confidentFrames(d: Float64Array, n: number): number {
  let confident = 0;
  for (let i = 0; i < n; i++) if (frameConfident(d, i * KP_STRIDE)) confident++;
  return confident;
}

function frameConfident(d: Float64Array, o: number): boolean {
  return (
    (seen(d, o, KP.leftHip) && seen(d, o, KP.leftKnee) && seen(d, o, KP.leftAnkle)) ||
    (seen(d, o, KP.rightHip) && seen(d, o, KP.rightKnee) && seen(d, o, KP.rightAnkle))
  );
}

function seen(d: Float64Array, o: number, k: number): boolean {
  return !Number.isNaN(pointX(d, o, k));
}
