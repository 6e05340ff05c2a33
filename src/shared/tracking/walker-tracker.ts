/**
 * The walker tracker: a multi-person scan now and then picks the person doing the walk (the
 * user's click first, then continuity, then the walker score), and the fast single-pose model
 * follows that person in between, shown only the region around them so it cannot wander off to
 * someone else. Pure logic over `PoseModels`, shared by the renderer worker and the Node CLI.
 */
import { chooseWalker } from './choose';
import { boxCenter, CONFIDENT_SCORE, poseExtent, regionAround, type ImageSize } from './geometry';
import { matchToPrevious, followCandidates } from './matching';
import { WALKING_SPEED, type Candidate } from './scoring';
import type { Box, DetectedPose, PoseModels, TrackResult } from './types';
import { frameWarnings } from './warnings';

export interface WalkerTrackerOptions {
  /** Multi-person scan period while someone is tracked, in ms (catches a better walker entering). */
  scanIntervalMs?: number;
  /** Scan period while nobody is tracked, in ms. */
  searchIntervalMs?: number;
  /**
   * Scan period once the scene is calm, in ms: `CALM_SCANS` scans in a row found the same walker,
   * walking, and nobody else but the people the scan before saw (alone, or with the same bystanders). Anything
   * else (someone new, someone missed, a switch, the walker lost, a click) brings back `scanIntervalMs`. Default 2000 with background scans (each scan slows the
   * single-pose path, the two workers sharing the cores), `scanIntervalMs` inline (the CLI keeps
   * its fixed schedule).
   */
  calmScanIntervalMs?: number;
  /** Frame period assumed when `track` is called without a time, in ms. */
  frameMs?: number;
  /**
   * 'inline' (default): a due scan runs within the frame, which waits for it; results depend only
   * on the frames (the CLI). 'background': a due scan is started and the frame goes on without it;
   * its choice is applied at the first frame after it finishes, so a slow scan running elsewhere
   * (the live engine's second worker) never stalls the single-pose path. A scan that finds someone
   * new is followed by another after `searchIntervalMs`, so a walker entering is recognised by
   * their speed within a fraction of a second (scans cost the live path nothing here).
   */
  scans?: 'inline' | 'background';
}

export interface WalkerTracker<Image> {
  /** Tracks the walker in one frame; `timeMs` (video or camera clock) drives the scan schedule and speeds. */
  track(image: Image, imageSize: ImageSize, timeMs?: number): Promise<TrackResult>;
  /** The user clicked at (x, y) image pixels: the next scan follows the person there. */
  selectPersonAt(x: number, y: number): void;
}

/** A single-pose result with fewer confident keypoints than this means the person is lost. */
const MIN_FOUND_KEYPOINTS = 5;
/** A single-pose result whose centre jumps farther than this share of the body is someone else. */
const MAX_JUMP_SHARE = 0.75;
/** Room around the person for the next frame, as a share of their body size (see regionAround). */
const REGION_MARGIN = 0.3;
/**
 * Extra room per second the last known pose is older than one frame (a late background scan, a
 * loaded machine): a brisk walker covers under one body height a second.
 */
const BODIES_PER_SECOND = 1;
/**
 * The single-pose model found the walker this recently before a scan's frame (ms): a scan that
 * misses them then is MultiPose's miss, not the walker gone.
 */
const FOLLOWED_RECENTLY_MS = 250;
/** Scans in a row that saw the same walker and the same people before the scene counts as calm. */
const CALM_SCANS = 5;
/**
 * The followed person moves at least this fast (body heights a second, half of slow backward
 * walking) for a scene to count as calm: slower scans save the CPU while a walk is measured, but
 * while someone stands (a bystander followed for want of a walker, the man on his box) a walker who
 * comes in must be found within a scan interval, not a calm one.
 */
const CALM_MIN_SPEED = WALKING_SPEED / 2;

interface Tracked {
  pose: DetectedPose;
  extent: Box;
  chosenByUser: boolean;
  /** Frame time of `pose`. */ t: number;
}
type Click = readonly [number, number] | null;
type ScanOutcome = { detections: DetectedPose[]; t: number; click: Click } | { error: unknown };

export function createWalkerTracker<Image>(
  models: PoseModels<Image>,
  opts: WalkerTrackerOptions = {},
): WalkerTracker<Image> {
  const scanIntervalMs = opts.scanIntervalMs ?? 700;
  const searchIntervalMs = opts.searchIntervalMs ?? 200;
  const frameMs = opts.frameMs ?? 1000 / 30;
  const background = opts.scans === 'background';
  const calmScanIntervalMs = opts.calmScanIntervalMs ?? (background ? 2000 : scanIntervalMs);

  let frameIndex = 0;
  let candidates: Candidate[] = [];
  /** Frame time of the latest scan started (schedule) and of the latest applied (speeds). */
  let lastScanAt: number | null = null;
  let lastAppliedAt: number | null = null;
  let current: Tracked | null = null;
  let click: Click = null;
  let scanInFlight = false;
  /** The last scan saw someone new, so the next comes sooner to learn their speed. */
  let followUp = false;
  let finishedScan: ScanOutcome | null = null;
  /** The single-pose model's latest look did not find the current person. */
  let followLost = false;
  /** Scans in a row that found the same scene (see `calmScanIntervalMs`). */
  let calmScans = 0;

  /** Single-pose on the region around the current person; null when they are lost. */
  async function follow(image: Image, size: ImageSize, t: number): Promise<DetectedPose | null> {
    const found = await lookForCurrent(image, size, t);
    followLost = found === null;
    return found;
  }

  async function lookForCurrent(image: Image, size: ImageSize, t: number): Promise<DetectedPose | null> {
    if (!current) return null;
    const allowance = (BODIES_PER_SECOND * Math.max(0, t - current.t - frameMs)) / 1000;
    const region = regionAround(current.pose.keypoints, size, REGION_MARGIN + allowance);
    if (!region) return null;
    const found = await models.detectOne(image, region);
    if (!found) return null;
    const extent = poseExtent(found.keypoints);
    const confident = found.keypoints.filter((k) => k[2] >= CONFIDENT_SCORE).length;
    if (!extent || confident < MIN_FOUND_KEYPOINTS) return null;
    const [cx, cy] = boxCenter(extent);
    const [px, py] = boxCenter(current.extent);
    if (
      Math.hypot(cx - px, cy - py) >
      (MAX_JUMP_SHARE + allowance) * Math.max(current.extent.height, current.extent.width)
    )
      return null;
    current = { ...current, pose: { ...found, box: extent }, extent, t };
    return current.pose;
  }

  /**
   * The current walker as a candidate when MultiPose missed them but the single-pose model found them
   * lately: their latest pose, with the speed of their last scan. It competes with the people seen
   * (a switch still needs a clearly better walker); null when the scan saw them or they are lost.
   */
  function missedWalker(seen: readonly Candidate[], t: number): Candidate | null {
    if (!current || followLost || current.t < t - FOLLOWED_RECENTLY_MS) return null;
    if (matchToPrevious(current.extent, seen) !== null) return null;
    const kept = candidates.filter((c) => c.missed);
    const before = matchToPrevious(current.extent, kept);
    const speed = before === null ? null : (kept[before]?.speed ?? null);
    return { pose: current.pose, extent: current.extent, speed };
  }

  /** Picks the walker among a scan's detections; returns the chosen person's pose in the scanned frame. */
  function applyScan(detections: DetectedPose[], t: number, size: ImageSize, scanClick: Click): DetectedPose | null {
    candidates = followCandidates(candidates, detections, lastAppliedAt === null ? 0 : t - lastAppliedAt);
    lastAppliedAt = t;
    // Someone new: scan again soon to learn their speed, so a walker who comes in is chosen within a
    // fifth of a second of the scan that first saw them. Only one follow-up in a row, so someone who
    // is never paired up cannot keep scans coming fast.
    followUp = !followUp && candidates.some((c) => c.speed === null);
    // Only people this scan saw can be followed: a kept one's pose is a scan old.
    const seen = candidates.filter((c) => !c.missed);
    const standIn = missedWalker(seen, t);
    const pool = standIn ? [...seen, standIn] : seen;
    const choice = chooseWalker(pool, size, current, scanClick);
    const chosen = choice.index === null ? undefined : pool[choice.index];
    if (chosen && chosen === standIn && current) {
      // MultiPose missed the walker whom the single-pose model still follows, and nobody seen
      // outweighs them: stay with them.
      calmScans = 0;
      return current.pose;
    }
    if (!chosen) {
      calmScans = 0;
      if (current) models.resetSingle();
      current = null;
      return null;
    }
    const samePerson = current !== null && matchToPrevious(current.extent, [chosen]) !== null;
    // The single-pose model's smoothing and crop belong to one person: start afresh on a new one.
    if (!samePerson) models.resetSingle();
    // calm: the same walker, and everyone this scan saw was seen by the last one (alone, or with the
    // same bystanders); anyone new or missed brings the quicker scans back
    const sameScene = candidates.every((c) => c.speed !== null && !c.missed);
    const walking = chosen.speed !== null && chosen.speed >= CALM_MIN_SPEED;
    calmScans = samePerson && sameScene && walking && !followUp ? calmScans + 1 : 0;
    const chosenByUser = choice.reason === 'click' || (samePerson && current!.chosenByUser);
    // A background scan saw an older frame: keep the newer single-pose view of the same person.
    current =
      samePerson && background
        ? { ...current!, chosenByUser }
        : { pose: chosen.pose, extent: chosen.extent, chosenByUser, t };
    return chosen.pose;
  }

  async function trackInline(
    image: Image,
    size: ImageSize,
    t: number,
    due: boolean,
  ): Promise<Omit<TrackResult, 'people' | 'warnings'>> {
    let pose: DetectedPose | null = null;
    if (current && !due) pose = await follow(image, size, t);
    // Scan when due, and at once when the current person is lost.
    if (!due && (pose || !current)) return { pose, scanned: false };
    const detections = await models.detectAll(image);
    lastScanAt = t;
    const chosen = applyScan(detections, t, size, click);
    click = null;
    // Every frame's keypoints come from the single-pose model (and its smoothing) when it finds them.
    return { pose: chosen && ((await follow(image, size, t)) ?? chosen), scanned: true };
  }

  async function trackBackground(
    image: Image,
    size: ImageSize,
    t: number,
    due: boolean,
  ): Promise<Omit<TrackResult, 'people' | 'warnings'>> {
    const finished = finishedScan;
    finishedScan = null;
    if (finished && 'error' in finished) throw finished.error;
    if (finished) applyScan(finished.detections, finished.t, size, finished.click);
    // The chosen person's pose from the scan belongs to an older frame: this frame shows only what
    // the single-pose model finds in it.
    const pose = await follow(image, size, t);
    if (current !== null && pose === null) calmScans = 0;
    if (!scanInFlight && (due || (current !== null && pose === null))) startScan(image, t);
    return { pose, scanned: finished !== null };
  }

  function startScan(image: Image, t: number): void {
    const scanClick = click;
    click = null;
    lastScanAt = t;
    scanInFlight = true;
    let scan: Promise<DetectedPose[]>;
    try {
      scan = models.detectAll(image);
    } catch (error) {
      scan = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    scan.then(
      (detections) => {
        finishedScan = { detections, t, click: scanClick };
        scanInFlight = false;
      },
      (error: unknown) => {
        finishedScan = { error };
        scanInFlight = false;
      },
    );
  }

  return {
    async track(image, imageSize, timeMs) {
      const t = timeMs ?? frameIndex * frameMs;
      frameIndex += 1;
      const interval =
        !current || followUp ? searchIntervalMs : calmScans >= CALM_SCANS ? calmScanIntervalMs : scanIntervalMs;
      const due = click !== null || lastScanAt === null || t - lastScanAt >= interval;
      const { pose, scanned } = await (background ? trackBackground : trackInline)(image, imageSize, t, due);
      const people = candidates.map((c) => c.pose);
      return { pose, people, warnings: frameWarnings(pose, people, imageSize), scanned };
    },
    selectPersonAt(x, y) {
      click = [x, y];
      calmScans = 0;
    },
  };
}
