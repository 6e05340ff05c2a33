/** Video file → KeypointsFile: decode with ffmpeg, follow the walker with MoveNet frame by frame. */
import type { Keypoint, KeypointsFile, PoseFrame } from '../shared/pose/types';
import type { TrackResult } from '../shared/tracking/types';
import type { RgbImage } from './square-crop';
import { decodeSize, decodeVideo, type DecodeOptions, type VideoInfo } from './video';

/** The walker tracker as the CLI drives it (one call per frame, in order, with the frame's time). */
export interface FrameTracker {
  track(image: RgbImage, size: { width: number; height: number }, timeMs: number): Promise<TrackResult>;
}

export interface Progress {
  done: number;
  /** null when the container does not say how many frames it has. */
  total: number | null;
}

/** One part of a video, for parallel analysis (see src/node/parallel). */
export interface PartOptions {
  decode?: DecodeOptions;
  /** Stop before the first frame at or after this time (ms). */
  endMs?: number;
  /** Checked before each frame: true stops the analysis with AnalysisCancelled. */
  shouldStop?: () => boolean;
  /** Sees every frame's tracking result (warnings, people). */
  onTrack?: (result: TrackResult, timeMs: number) => void;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('the analysis was cancelled');
  }
}

/** Keypoints are stored to 0.1 px and scores to 0.001: finer digits are noise and bloat files. */
export function roundKeypoint([x, y, score]: Keypoint): Keypoint {
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10, Math.round(score * 1000) / 1000];
}

export async function videoToKeypoints(
  path: string,
  info: VideoInfo,
  tracker: FrameTracker,
  onProgress?: (p: Progress) => void,
  part: PartOptions = {},
): Promise<KeypointsFile> {
  const frames: PoseFrame[] = [];
  let size = decodeSize(info, part.decode?.maxWidth);
  for await (const frame of decodeVideo(path, info, part.decode)) {
    if (part.shouldStop?.()) throw new AnalysisCancelled();
    if (part.endMs !== undefined && frame.t >= part.endMs) break;
    size = { width: frame.width, height: frame.height };
    const result = await tracker.track(frame, size, frame.t);
    part.onTrack?.(result, frame.t);
    const { pose } = result;
    frames.push({ t: Math.round(frame.t * 100) / 100, keypoints: pose ? pose.keypoints.map(roundKeypoint) : null });
    onProgress?.({ done: frames.length, total: info.frameCount });
  }
  return { fps: info.fps, width: size.width, height: size.height, frames };
}
