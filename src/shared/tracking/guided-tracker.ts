/**
 * A tracker that follows a person already chosen: a stored track (the session's keypoints, when
 * another model analyses its video again) or the track of the person the user clicked. At every
 * frame with a prior pose the model is shown the region around its own last pose if that is the
 * prior's person, else the region around the prior's pose, and what it finds is kept only if it is
 * the prior's person (hips within SAME_PERSON_SHARE of a body); otherwise a
 * multi-person scan finds the candidate nearest the prior and the model is shown that one. Between
 * prior poses (a frame the prior has nobody in, or a sparse prior), it follows its own last pose, as
 * the walker tracker does. It never picks a walker afresh: the prior decides who is followed.
 */
import type { Keypoint, PoseFrame } from '../pose/types';
import { boxCenter, CONFIDENT_SCORE, poseExtent, regionAround, type ImageSize } from './geometry';
import { nearestPose, poseDistance, SAME_PERSON_SHARE } from './same-person';
import type { DetectedPose, PoseModels, TrackResult } from './types';
import { frameWarnings } from './warnings';

/** A prior pose per frame time: the pose, null (nobody, or no prior at that time). */
export type PriorLookup = (timeMs: number) => Keypoint[] | null;

/** Prior frames by time: the frame within `toleranceMs` (default: 0.75 of their median period) of the asked time. */
export function priorLookup(frames: readonly PoseFrame[], toleranceMs?: number): PriorLookup {
  const sorted = [...frames].sort((a, b) => a.t - b.t);
  const gaps = sorted
    .slice(1)
    .map((f, i) => f.t - sorted[i]!.t) // sorted[i] is the frame before f
    .sort((a, b) => a - b);
  const tolerance = toleranceMs ?? 0.75 * (gaps[Math.floor(gaps.length / 2)] ?? 33);
  return (t) => {
    let lo = 0,
      hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.t < t) lo = mid + 1;
      else hi = mid;
    }
    const near = [sorted[lo - 1], sorted[lo]].filter(
      (f): f is PoseFrame => f !== undefined && Math.abs(f.t - t) <= tolerance,
    );
    near.sort((a, b) => Math.abs(a.t - t) - Math.abs(b.t - t));
    return near[0]?.keypoints ?? null;
  };
}

export interface GuidedTrackerOptions {
  /** Multi-person scans at least this often (ms), for the "several people" warning; default 1000. */
  scanIntervalMs?: number;
}

/** As in the walker tracker: fewer confident keypoints than this, and the person is lost. */
const MIN_FOUND_KEYPOINTS = 5;
/** Following its own last pose, a centre jumping farther than this share of the body is someone else. */
const MAX_JUMP_SHARE = 0.75;
/** Room around the prior pose for the model (share of the body, see regionAround). */
const REGION_MARGIN = 0.3;
/** Tighter room around a scanned candidate, so a neighbour is left out of the picture. */
const CANDIDATE_MARGIN = 0.15;

export function createGuidedTracker<Image>(
  models: PoseModels<Image>,
  prior: PriorLookup,
  opts: GuidedTrackerOptions = {},
) {
  const scanIntervalMs = opts.scanIntervalMs ?? 1000;
  let current: DetectedPose | null = null;
  let people: DetectedPose[] = [];
  let lastScanAt: number | null = null;

  async function detectIn(
    image: Image,
    keypoints: readonly Keypoint[],
    size: ImageSize,
    margin: number,
  ): Promise<DetectedPose | null> {
    const region = regionAround(keypoints, size, margin);
    if (!region) return null;
    const found = await models.detectOne(image, region);
    if (!found) return null;
    const extent = poseExtent(found.keypoints);
    if (!extent || found.keypoints.filter((k) => k[2] >= CONFIDENT_SCORE).length < MIN_FOUND_KEYPOINTS) return null;
    return { ...found, box: extent };
  }

  async function scan(image: Image, t: number): Promise<DetectedPose[]> {
    people = await models.detectAll(image);
    lastScanAt = t;
    return people;
  }

  /** The prior's person in this frame, as the model sees them; null when the model finds only others. */
  async function onPrior(
    image: Image,
    size: ImageSize,
    t: number,
    p: Keypoint[],
  ): Promise<{ pose: DetectedPose | null; scanned: boolean }> {
    // On the prior's person already: the region around its own last pose, as the walker tracker
    // would crop (so a person tracked either way gets the same keypoints).
    if (current && poseDistance(p, current.keypoints) <= SAME_PERSON_SHARE) {
      const own = await detectIn(image, current.keypoints, size, REGION_MARGIN);
      if (own && poseDistance(p, own.keypoints) <= SAME_PERSON_SHARE) return { pose: own, scanned: false };
    }
    const direct = await detectIn(image, p, size, REGION_MARGIN);
    if (direct && poseDistance(p, direct.keypoints) <= SAME_PERSON_SHARE) return { pose: direct, scanned: false };
    const candidates = await scan(image, t);
    const index = nearestPose(
      p,
      candidates.map((c) => c.keypoints),
    );
    const candidate = index === null ? undefined : candidates[index]?.keypoints;
    if (!candidate) return { pose: null, scanned: true };
    const close = await detectIn(image, candidate, size, CANDIDATE_MARGIN);
    return {
      pose: close && poseDistance(candidate, close.keypoints) <= SAME_PERSON_SHARE ? close : null,
      scanned: true,
    };
  }

  /** No prior here: the model on the region around its own last pose, if the result has not jumped. */
  async function follow(image: Image, size: ImageSize): Promise<DetectedPose | null> {
    if (!current) return null;
    const found = await detectIn(image, current.keypoints, size, REGION_MARGIN);
    if (!found) return null;
    const [cx, cy] = boxCenter(found.box);
    const [px, py] = boxCenter(current.box);
    return Math.hypot(cx - px, cy - py) <= MAX_JUMP_SHARE * Math.max(current.box.height, current.box.width)
      ? found
      : null;
  }

  return {
    async track(image: Image, size: ImageSize, timeMs: number): Promise<TrackResult> {
      const p = prior(timeMs);
      let scanned = false;
      let pose: DetectedPose | null;
      if (p) ({ pose, scanned } = await onPrior(image, size, timeMs, p));
      else pose = await follow(image, size);
      current = pose;
      if (!scanned && (lastScanAt === null || timeMs - lastScanAt >= scanIntervalMs)) {
        await scan(image, timeMs);
        scanned = true;
      }
      return { pose, people, warnings: frameWarnings(pose, people, size), scanned };
    },
  };
}
