/** Who is who between two looks at the scene: continuity, clicks, and sideways speed. */
import { boxCenter, boxContains, hipCenter, intersectionOverUnion, poseExtent } from './geometry';
import type { Candidate } from './scoring';
import type { Box, DetectedPose } from './types';

/** Index of the candidate that is the previously tracked person, or null when none is close. */
export function matchToPrevious(previous: Box, candidates: readonly Candidate[]): number | null {
  let best: number | null = null;
  let bestIou = 0.2;
  for (const [i, c] of candidates.entries()) {
    const iou = intersectionOverUnion(previous, c.extent);
    if (iou > bestIou) {
      bestIou = iou;
      best = i;
    }
  }
  if (best !== null) return best;
  // Fast movers can leave their old box entirely: fall back to the nearest centre within half a body.
  const [px, py] = boxCenter(previous);
  let bestDistance = 0.5 * Math.max(previous.height, previous.width);
  for (const [i, c] of candidates.entries()) {
    const [cx, cy] = boxCenter(c.extent);
    const d = Math.hypot(cx - px, cy - py);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

/** Index of the candidate the user clicked: the smallest box holding the point, else the nearest. */
export function personAt(candidates: readonly Candidate[], x: number, y: number): number | null {
  let best: number | null = null;
  let bestArea = Infinity;
  for (const [i, c] of candidates.entries()) {
    const grown = grow(c.extent, 0.1);
    const area = grown.width * grown.height;
    if (boxContains(grown, x, y) && area < bestArea) {
      bestArea = area;
      best = i;
    }
  }
  if (best !== null) return best;
  let bestDistance = Infinity;
  for (const [i, c] of candidates.entries()) {
    const [cx, cy] = boxCenter(c.extent);
    const d = Math.hypot(cx - x, cy - y);
    if (d < 0.75 * c.extent.height && d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

/**
 * MultiPose misses people now and then (at its small scan size, about one frame in four on a
 * 640×480 room with two walkers a quarter of the picture high): someone seen by the previous scan
 * and missed by this one is kept, where they were, for this many scans before they count as gone.
 */
export const MISSED_SCANS_KEPT = 1;

/**
 * Turns a scan's detections into candidates, carrying each person's sideways hip speed over from
 * the previous scan (`dtMs` ago): greedy nearest-first pairing within one body height, the speed
 * averaged with the previous estimate to calm keypoint jitter. People of the previous scan that
 * this one missed stay (see MISSED_SCANS_KEPT), after the detected ones.
 */
export function followCandidates(
  previous: readonly Candidate[],
  detections: readonly DetectedPose[],
  dtMs: number,
): Candidate[] {
  const fresh = detections.flatMap((pose): Candidate[] => {
    const extent = poseExtent(pose.keypoints);
    return extent ? [{ pose: { ...pose, box: extent }, extent, speed: null }] : [];
  });
  if (dtMs <= 0) return fresh;
  const pairs: Array<{ now: Candidate; before: Candidate; distance: number; dx: number }> = [];
  for (const now of fresh) {
    const hip = hipCenter(now.pose.keypoints);
    for (const before of previous) {
      const hipBefore = hipCenter(before.pose.keypoints);
      if (!hip || !hipBefore) continue;
      const distance = Math.hypot(hip[0] - hipBefore[0], hip[1] - hipBefore[1]);
      if (distance < Math.max(now.extent.height, before.extent.height))
        pairs.push({ now, before, distance, dx: hip[0] - hipBefore[0] });
    }
  }
  pairs.sort((a, b) => a.distance - b.distance);
  const takenNow = new Set<Candidate>();
  const takenBefore = new Set<Candidate>();
  for (const { now, before, dx } of pairs) {
    if (takenNow.has(now) || takenBefore.has(before)) continue;
    takenNow.add(now);
    takenBefore.add(before);
    const bodyHeight = Math.max(1, (now.extent.height + before.extent.height) / 2);
    const speed = Math.abs(dx) / bodyHeight / (dtMs / 1000);
    now.speed = before.speed === null ? speed : (speed + before.speed) / 2;
  }
  const kept = previous.flatMap((p): Candidate[] => {
    const missed = (p.missed ?? 0) + 1;
    return takenBefore.has(p) || missed > MISSED_SCANS_KEPT ? [] : [{ ...p, missed }];
  });
  return [...fresh, ...kept];
}

function grow(b: Box, share: number): Box {
  const dx = b.width * share,
    dy = b.height * share;
  return { x: b.x - dx, y: b.y - dy, width: b.width + 2 * dx, height: b.height + 2 * dy };
}
