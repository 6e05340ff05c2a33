import { describe, expect, it } from 'vitest';
import { chooseWalker } from '../../../src/shared/tracking/choose';
import { poseExtent, regionAround } from '../../../src/shared/tracking/geometry';
import { followCandidates, matchToPrevious, MISSED_SCANS_KEPT, personAt } from '../../../src/shared/tracking/matching';
import { STATIC_WEIGHT, walkerScore, type Candidate } from '../../../src/shared/tracking/scoring';
import { IMAGE, person, type PersonSpec } from './synthetic';

function candidate(spec: PersonSpec, speed: number | null): Candidate {
  const pose = person(spec);
  return { pose, extent: poseExtent(pose.keypoints)!, speed };
}

describe('walkerScore', () => {
  const standing = { x: 300, feetY: 420, height: 250 };

  it('ranks a person travelling sideways above the same person standing still', () => {
    const walking = walkerScore(candidate(standing, 0.5), IMAGE);
    const still = walkerScore(candidate(standing, 0), IMAGE);
    expect(walking).toBeGreaterThan(still);
    expect(still / walking).toBeCloseTo(STATIC_WEIGHT, 5);
  });

  it('treats someone first seen (speed unknown) like someone standing still', () => {
    expect(walkerScore(candidate(standing, null), IMAGE)).toBe(walkerScore(candidate(standing, 0), IMAGE));
  });

  it('prefers larger, whole-body, upright people', () => {
    const base = walkerScore(candidate(standing, 0.5), IMAGE);
    expect(walkerScore(candidate({ ...standing, height: 120 }, 0.5), IMAGE)).toBeLessThan(base);
    expect(
      walkerScore(candidate({ ...standing, scores: { 13: 0.1, 14: 0.1, 15: 0.05, 16: 0.05 } }, 0.5), IMAGE),
    ).toBeLessThan(base);
    expect(walkerScore(candidate({ ...standing, lying: true }, 0.5), IMAGE)).toBeLessThan(0.5 * base);
  });
});

describe('regionAround', () => {
  it('holds every keypoint with a margin, clamped to the image', () => {
    const pose = person({ x: 600, feetY: 470, height: 300 });
    const region = regionAround(pose.keypoints, IMAGE)!;
    for (const [x, y] of pose.keypoints) {
      expect(x).toBeGreaterThan(region.x);
      expect(y).toBeGreaterThan(region.y);
      expect(x).toBeLessThanOrEqual(region.x + region.width);
      expect(y).toBeLessThanOrEqual(region.y + region.height);
    }
    expect(region.x + region.width).toBe(IMAGE.width);
    expect(region.y + region.height).toBe(IMAGE.height);
    expect(region.y).toBeLessThan(pose.keypoints[0][1] - 50); // 0.3 × 300 px above the head
  });

  it('is null when fewer than three keypoints are found', () => {
    const pose = person({ x: 300, feetY: 400, height: 200, score: 0.05, scores: { 11: 0.9, 12: 0.9 } });
    expect(regionAround(pose.keypoints, IMAGE)).toBeNull();
  });
});

describe('matchToPrevious and personAt', () => {
  const left = candidate({ x: 150, feetY: 400, height: 200 }, 0);
  const right = candidate({ x: 450, feetY: 400, height: 200 }, 0);

  it('finds the same person a little further on, and nobody when all are far', () => {
    const before = candidate({ x: 440, feetY: 400, height: 200 }, 0).extent;
    expect(matchToPrevious(before, [left, right])).toBe(1);
    const gone = candidate({ x: 300, feetY: 150, height: 60 }, 0).extent;
    expect(matchToPrevious(gone, [left, right])).toBeNull();
  });

  it('picks the person under a click, and nobody for a click on empty ground', () => {
    expect(personAt([left, right], 150, 300)).toBe(0);
    expect(personAt([left, right], 455, 250)).toBe(1);
    expect(personAt([left, right], 300, 50)).toBeNull();
  });
});

describe('followCandidates', () => {
  it('measures sideways speed in body heights per second between scans', () => {
    const before = followCandidates(
      [],
      [person({ x: 400, feetY: 400, height: 200 }), person({ x: 100, feetY: 300, height: 150 })],
      0,
    );
    expect(before.map((c) => c.speed)).toEqual([null, null]);
    // 0.5 s later: the first moved 50 px left, the second stayed put.
    const after = followCandidates(
      before,
      [person({ x: 100, feetY: 300, height: 150 }), person({ x: 350, feetY: 400, height: 200 })],
      500,
    );
    const bodyHeight = after[1].extent.height;
    expect(after[1].speed).toBeCloseTo(50 / bodyHeight / 0.5, 5);
    expect(after[0].speed).toBe(0);
  });

  it('keeps a person one scan missed, where they were, and lets them go after MISSED_SCANS_KEPT misses', () => {
    const walker = person({ x: 400, feetY: 400, height: 200 });
    const bystander = person({ x: 100, feetY: 300, height: 150 });
    let people = followCandidates([], [walker, bystander], 0);
    for (let miss = 1; miss <= MISSED_SCANS_KEPT; miss++) {
      people = followCandidates(people, [walker], 700);
      expect(people).toHaveLength(2);
      expect(people[0].missed).toBeUndefined(); // seen in this scan
      expect(people[1].missed).toBe(miss);
      expect(people[1].pose.keypoints).toEqual(bystander.keypoints);
    }
    people = followCandidates(people, [walker], 700);
    expect(people).toHaveLength(1);
    // seen again after a miss: a fresh detection, not a second copy
    people = followCandidates(
      followCandidates(followCandidates([], [walker, bystander], 0), [walker], 700),
      [walker, bystander],
      700,
    );
    expect(people.map((c) => c.missed ?? 0)).toEqual([0, 0]);
  });
});

describe('chooseWalker', () => {
  const still = candidate({ x: 230, feetY: 222, height: 135 }, 0);
  const walker = candidate({ x: 420, feetY: 392, height: 150 }, 0.7);

  it('chooses the walker over a person standing still', () => {
    expect(chooseWalker([still, walker], IMAGE, null, null)).toEqual({ index: 1, reason: 'walker' });
  });

  it('keeps the current person unless another is clearly more of a walker', () => {
    const barelyMoving = candidate({ x: 420, feetY: 392, height: 150 }, 0.03);
    const current = { extent: still.extent, chosenByUser: false };
    expect(chooseWalker([still, barelyMoving], IMAGE, current, null)).toEqual({ index: 0, reason: 'continuity' });
    expect(chooseWalker([still, walker], IMAGE, current, null)).toEqual({ index: 1, reason: 'walker' });
  });

  it('follows the person the user clicked, and keeps them while they stay in view', () => {
    expect(chooseWalker([still, walker], IMAGE, null, [230, 150])).toEqual({ index: 0, reason: 'click' });
    const chosen = { extent: still.extent, chosenByUser: true };
    expect(chooseWalker([still, walker], IMAGE, chosen, null)).toEqual({ index: 0, reason: 'continuity' });
  });
});
