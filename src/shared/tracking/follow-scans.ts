/**
 * One person's track through a video's multi-person scans, from a frame where the user picked them:
 * forward and backward from there, each scan's person is the one nearest the last place they were
 * seen, no farther than a person can move in the time between (the gait module's own rule for a
 * change of person: 0.35 body + 1.5 bodies a second), and of a similar size. A person not seen for
 * MAX_GAP_MS has left: the track ends there rather than jump to someone else.
 */
import type { Keypoint, PoseFrame } from '../pose/types';
import { bodyCentre, bodyHeight } from './same-person';

/** Everyone one multi-person scan found in the frame at `t` (ms). */
export interface PeopleScan {
  t: number;
  people: Keypoint[][];
}

/** Reach of a person between two scans, in body heights: a jump plus a speed. */
const JUMP_BODIES = 0.35;
const BODIES_PER_SECOND = 1.5;
/** A candidate's height must lie within this factor of the person's (a flip folds the body). */
const SIZE_FACTOR = 2.5;
/** A person unseen for this long has left the picture. */
export const MAX_GAP_MS = 1000;

/** The scanned people nearest the person last seen as `last` at `lastT`, or null. */
function nextPose(last: Keypoint[], lastT: number, scan: PeopleScan): Keypoint[] | null {
  const centre = bodyCentre(last),
    height = bodyHeight(last);
  if (!centre || !height) return null;
  const reach = height * (JUMP_BODIES + (BODIES_PER_SECOND * Math.abs(scan.t - lastT)) / 1000);
  let best: Keypoint[] | null = null;
  let bestDistance = reach;
  for (const person of scan.people) {
    const c = bodyCentre(person),
      h = bodyHeight(person);
    if (!c || !h || h > SIZE_FACTOR * height || h < height / SIZE_FACTOR) continue;
    const d = Math.hypot(c[0] - centre[0], c[1] - centre[1]);
    if (d <= bestDistance) {
      bestDistance = d;
      best = person;
    }
  }
  return best;
}

/** Follows `seed` (the pose found at scan `from`) scan by scan in one direction, to the end of the scans. */
function walk(
  scans: readonly PeopleScan[],
  from: number,
  seed: { pose: Keypoint[]; t: number },
  step: 1 | -1,
  out: PoseFrame[],
): void {
  let last = seed.pose;
  let lastT = seed.t;
  for (let i = from + step; ; i += step) {
    const scan = scans[i];
    if (!scan) break;
    if (Math.abs(scan.t - lastT) > MAX_GAP_MS) {
      out[i] = { t: scan.t, keypoints: null };
      continue;
    }
    const found = nextPose(last, lastT, scan);
    out[i] = { t: scan.t, keypoints: found };
    if (found) {
      last = found;
      lastT = scan.t;
    }
  }
}

/**
 * The track of `scans[seed.scan].people[seed.person]` through every scan (sorted by time): its pose
 * per scanned frame, null where they were not found.
 */
export function followThroughScans(scans: readonly PeopleScan[], seed: { scan: number; person: number }): PoseFrame[] {
  const out: PoseFrame[] = scans.map((s) => ({ t: s.t, keypoints: null }));
  const seedScan = scans[seed.scan];
  const chosen = seedScan?.people[seed.person];
  if (!seedScan || !chosen) return out;
  out[seed.scan] = { t: seedScan.t, keypoints: chosen };
  walk(scans, seed.scan, { pose: chosen, t: seedScan.t }, 1, out);
  walk(scans, seed.scan, { pose: chosen, t: seedScan.t }, -1, out);
  return out;
}
