/** How a video is split between workers, and how a seam tells the same person from another. */
import { describe, expect, it } from 'vitest';
import { planParts } from '../../../src/node/parallel/plan';
import { checkSeam } from '../../../src/node/parallel/seam';
import type { Keypoint, PoseFrame } from '../../../src/shared/pose/types';

const options = { workers: 2, warmupS: 1, minPartS: 0.5 };

describe('planParts', () => {
  it('splits 10 s at 30 fps in two parts doing equal work, the second warming up 1 s before its seam', () => {
    const parts = planParts(10, 30, options);
    expect(parts).toHaveLength(2);
    const [a, b] = parts;
    expect([a.decodeFromMs, a.ownFromMs]).toEqual([0, 0]);
    expect(a.endMs).toBe(b.ownFromMs);
    expect(b.endMs).toBe(Infinity);
    expect(b.decodeFromMs).toBeCloseTo(b.ownFromMs - 1000, 6);
    // Work: part a decodes [0, seam), part b [seam - 1 s, 10 s): equal within a frame.
    expect(Math.abs(a.endMs - (10_000 - b.decodeFromMs))).toBeLessThanOrEqual(1000 / 30 + 1e-6);
    // The seam lies half-way between two frames, so no frame time equals it.
    expect(((a.endMs * 30) / 1000) % 1).toBeCloseTo(0.5, 6);
  });

  it('covers every frame exactly once with 4 workers', () => {
    const parts = planParts(60, 30, { ...options, workers: 4 });
    expect(parts).toHaveLength(4);
    const owner = (t: number) => parts.filter((p) => t >= p.ownFromMs && t < p.endMs).length;
    for (let i = 0; i < 1800; i++) expect(owner((i * 1000) / 30)).toBe(1);
  });

  it('uses one worker for a video too short to share, or of unknown length', () => {
    expect(planParts(2, 30, options)).toHaveLength(2); // the second part owns 0.5 s after its 1-s warm-up
    expect(planParts(1.5, 30, options)).toHaveLength(1);
    expect(planParts(null, 30, options)).toEqual([{ index: 0, decodeFromMs: 0, ownFromMs: 0, endMs: Infinity }]);
  });
});

/** A standing person whose box is centred at (cx, cy), 200 px tall. */
function person(cx: number, cy: number): Keypoint[] {
  return Array.from({ length: 17 }, (_, k): Keypoint => [cx + (k % 3) * 10 - 10, cy - 100 + (k / 16) * 200, 0.9]);
}
const frames = (count: number, at: (i: number) => Keypoint[] | null, startMs = 0): PoseFrame[] =>
  Array.from({ length: count }, (_, i) => ({ t: startMs + (i * 1000) / 30, keypoints: at(i) }));

describe('checkSeam', () => {
  const before = frames(60, (i) => person(100 + i * 3, 300));

  it('accepts the same person seen by both parts', () => {
    const warmup = frames(30, (i) => person(100 + (30 + i) * 3 + 5, 302), 1000);
    expect(checkSeam(before, warmup, 30)).toEqual({ same: true, compared: 10 });
  });

  it("flags another person, with where the earlier part's person was at the warm-up start", () => {
    const warmup = frames(30, () => person(500, 300), 1000);
    const verdict = checkSeam(before, warmup, 30);
    expect(verdict.same).toBe(false);
    if (!verdict.same) expect(verdict.seed).toEqual([100 + 30 * 3, 300]);
  });

  it('has nothing to object to when one side saw nobody', () => {
    expect(
      checkSeam(
        before,
        frames(30, () => null, 1000),
        30,
      ),
    ).toEqual({ same: true, compared: 0 });
  });
});
