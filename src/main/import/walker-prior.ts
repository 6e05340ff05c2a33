/**
 * Who an analysis follows when it must not pick the walker afresh:
 *  - a re-analysis follows the session's own stored track (the same person, whatever the model);
 *  - "Choose the walker": the person the user clicked in one frame, followed forward and backward
 *    through a multi-person scan of the whole video (src/shared/tracking/follow-scans).
 * Both give a prior in the decoded frames' pixels for the guided tracker.
 */
import type { Keypoint, PoseFrame } from '../../shared/pose/types';
import { followThroughScans, personClicked } from '../../shared/tracking';
import { scanVideo } from '../../node/parallel/scan-video';
import { decodeSize, type VideoInfo } from '../../node/video';
import { jobAnalysis, type PriorSource } from './analyse-file';
import { JobFailure, type JobControl } from './jobs';

/** Multi-person scans of the whole video for following a chosen person: every this many frames. */
const SCAN_EVERY = 3;

export interface PeopleInFrame {
  /** The frame's time (ms) as the analysis decodes it. */
  t: number;
  /** The decoded frame's size: the keypoints' pixel space. */
  width: number;
  height: number;
  people: Keypoint[][];
}

const scale = (keypoints: Keypoint[] | null, f: number): Keypoint[] | null =>
  keypoints && f !== 1 ? keypoints.map(([x, y, s]): Keypoint => [x * f, y * f, s]) : keypoints;

/** The session's stored track as a prior, scaled from its pixel space to the decoded one; null when it has nobody. */
export function storedTrackPrior(frames: readonly PoseFrame[], stored: { width: number }): PriorSource {
  return (info) => {
    if (!frames.some((f) => f.keypoints !== null)) return Promise.resolve(null);
    const f = decodeSize(info).width / stored.width;
    return Promise.resolve(frames.map((frame) => ({ t: frame.t, keypoints: scale(frame.keypoints, f) })));
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The person clicked at (x, y) (decoded pixels) in the frame at `t`, followed through the whole video. */
export function chosenWalkerPrior(
  video: { path: string; fileName: string },
  seed: { t: number; x: number; y: number },
): PriorSource {
  return async (info: VideoInfo, control: JobControl) => {
    // A click on nobody fails at once, before the whole video is scanned.
    const clicked = await peopleAt(video, info, seed.t);
    if (clicked && personClicked(clicked.people, seed.x, seed.y) === null) {
      throw new JobFailure(
        `Nobody was found where you clicked in the frame at ${seconds(clicked.t)}: click on one of the skeletons shown.`,
      );
    }
    control.checkCancelled();
    const scan = await jobAnalysis(
      control,
      scanVideo(video.path, info, { every: SCAN_EVERY, alsoAtMs: [seed.t] }),
      video,
    );
    const frames = [...scan.frames].sort((a, b) => a.t - b.t);
    let at = -1;
    frames.forEach((f, i) => {
      if (at < 0 || Math.abs(f.t - seed.t) < Math.abs(frames[at].t - seed.t)) at = i;
    });
    if (at < 0 || Math.abs(frames[at].t - seed.t) > 1000 / info.fps) {
      throw new JobFailure(
        `${video.fileName} has no frame at ${seconds(seed.t)}: choose the walker on a frame of the video.`,
      );
    }
    const person = personClicked(frames[at].people, seed.x, seed.y);
    if (person === null) {
      throw new JobFailure(
        `Nobody was found where you clicked in the frame at ${seconds(frames[at].t)}: click on one of the skeletons shown.`,
      );
    }
    return followThroughScans(frames, { scan: at, person });
  };
}

/** Everyone MultiPose finds in the frame nearest `t` (ms), as the analysis decodes it; null when there is none. */
export async function peopleAt(video: { path: string }, info: VideoInfo, t: number): Promise<PeopleInFrame | null> {
  const frame = 1000 / info.fps;
  const scan = await scanVideo(video.path, info, { fromMs: Math.max(0, t - frame), toMs: t + frame, workers: 1 })
    .result;
  const nearest = [...scan.frames].sort((a, b) => Math.abs(a.t - t) - Math.abs(b.t - t))[0];
  return nearest ? { t: nearest.t, width: scan.width, height: scan.height, people: nearest.people } : null;
}
