/**
 * The walker tracker: a multi-person scan now and then picks the person doing the walk (the
 * user's click first, then continuity, then the walker score), and the fast single-pose model
 * follows that person in between, shown only the region around them so it cannot wander off to
 * someone else. Pure logic over `PoseModels`, shared by the renderer worker and the Node CLI.
 */
import { chooseWalker } from './choose';
import { boxCenter, CONFIDENT_SCORE, poseExtent, regionAround, type ImageSize } from './geometry';
import { matchToPrevious, followCandidates } from './matching';
import type { Candidate } from './scoring';
import type { Box, DetectedPose, PoseModels, TrackResult } from './types';
import { frameWarnings } from './warnings';

export interface WalkerTrackerOptions {
  /** Multi-person scan period while someone is tracked, in ms (catches a better walker entering). */
  scanIntervalMs?: number;
  /** Scan period while nobody is tracked, in ms. */
  searchIntervalMs?: number;
  /** Frame period assumed when `track` is called without a time, in ms. */
  frameMs?: number;
}

export interface WalkerTracker<Image> {
  /** Tracks the walker in one frame; `timeMs` (video or camera clock) drives the scan schedule and speeds. */
  track(image: Image, imageSize: ImageSize, timeMs?: number): Promise<TrackResult>;
  /** The user clicked at (x, y) image pixels: the next frame scans and follows the person there. */
  selectPersonAt(x: number, y: number): void;
}

/** A single-pose result with fewer confident keypoints than this means the person is lost. */
const MIN_FOUND_KEYPOINTS = 5;
/** A single-pose result whose centre jumps farther than this share of the body is someone else. */
const MAX_JUMP_SHARE = 0.75;

interface Tracked { pose: DetectedPose; extent: Box; chosenByUser: boolean }

export function createWalkerTracker<Image>(models: PoseModels<Image>, opts: WalkerTrackerOptions = {}): WalkerTracker<Image> {
  const scanIntervalMs = opts.scanIntervalMs ?? 700;
  const searchIntervalMs = opts.searchIntervalMs ?? 200;
  const frameMs = opts.frameMs ?? 1000 / 30;

  let frameIndex = 0;
  let candidates: Candidate[] = [];
  let lastScanAt: number | null = null;
  let current: Tracked | null = null;
  let click: readonly [number, number] | null = null;

  /** Single-pose on the region around the current person; null when they are lost. */
  async function follow(image: Image, size: ImageSize): Promise<DetectedPose | null> {
    if (!current) return null;
    const region = regionAround(current.pose.keypoints, size);
    if (!region) return null;
    const found = await models.detectOne(image, region);
    if (!found) return null;
    const extent = poseExtent(found.keypoints);
    const confident = found.keypoints.filter((k) => k[2] >= CONFIDENT_SCORE).length;
    if (!extent || confident < MIN_FOUND_KEYPOINTS) return null;
    const [cx, cy] = boxCenter(extent);
    const [px, py] = boxCenter(current.extent);
    if (Math.hypot(cx - px, cy - py) > MAX_JUMP_SHARE * Math.max(current.extent.height, current.extent.width)) return null;
    current = { ...current, pose: { ...found, box: extent }, extent };
    return current.pose;
  }

  async function scan(image: Image, size: ImageSize, t: number): Promise<DetectedPose | null> {
    const detections = await models.detectAll(image);
    candidates = followCandidates(candidates, detections, lastScanAt === null ? 0 : t - lastScanAt);
    lastScanAt = t;
    const choice = chooseWalker(candidates, size, current, click);
    click = null;
    if (choice.index === null) {
      if (current) models.resetSingle();
      current = null;
      return null;
    }
    const chosen = candidates[choice.index];
    const samePerson = current !== null && matchToPrevious(current.extent, [chosen]) !== null;
    // The single-pose model's smoothing and crop belong to one person: start afresh on a new one.
    if (!samePerson) models.resetSingle();
    const chosenByUser = choice.reason === 'click' || (samePerson && current!.chosenByUser);
    current = { pose: chosen.pose, extent: chosen.extent, chosenByUser };
    // Every frame's keypoints come from the single-pose model (and its smoothing) when it finds them.
    return (await follow(image, size)) ?? chosen.pose;
  }

  return {
    async track(image, imageSize, timeMs) {
      const t = timeMs ?? frameIndex * frameMs;
      frameIndex += 1;
      const interval = current ? scanIntervalMs : searchIntervalMs;
      const due = click !== null || lastScanAt === null || t - lastScanAt >= interval;
      let pose: DetectedPose | null = null;
      let scanned = false;
      if (current && !due) pose = await follow(image, imageSize);
      // Scan when due, and at once when the current person is lost.
      if (due || (current && !pose)) {
        pose = await scan(image, imageSize, t);
        scanned = true;
      }
      const people = candidates.map((c) => c.pose);
      return { pose, people, warnings: frameWarnings(pose, people, imageSize), scanned };
    },
    selectPersonAt(x, y) {
      click = [x, y];
    },
  };
}
