/** The small helpers every stage reads its buffers with (series.ts), on values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { KP_STRIDE } from '../../../src/shared/gait/constants';
import {
  clearPoint,
  consecutivePairs,
  FiniteMean,
  pointScore,
  pointX,
  pointY,
  swapPoints,
  velocityAt,
} from '../../../src/shared/gait/series';

describe('velocityAt', () => {
  const t = [0, 1, 2, 3, 4];
  const v = [0, 1, NaN, 5, 6];
  const at = (i: number) => velocityAt(v, 0, 1, v.length, t, i);

  it('central differences, one-sided at the ends and beside a missing sample', () => {
    expect(at(0)).toBe(1); // (1 − 0) / 1, one-sided
    expect(at(1)).toBe(1); // right neighbour missing: (1 − 0) / 1
    expect(at(2)).toBe(2); // across the missing sample: (5 − 1) / 2
    expect(at(3)).toBe(1); // left neighbour missing: (6 − 5) / 1
    expect(at(4)).toBe(1); // one-sided
  });

  it('strided series, as a keypoint track in the flat buffer', () => {
    const d = [9, 0, 9, 2, 9, 4]; // stride 2, offset 1: 0, 2, 4
    expect(velocityAt(d, 1, 2, 3, [0, 0.5, 1], 1)).toBe(4);
  });

  it('NaN with no two samples, or where time does not advance', () => {
    expect(velocityAt([NaN, 3, NaN], 0, 1, 3, [0, 1, 2], 1)).toBeNaN();
    expect(velocityAt([1, 2], 0, 1, 2, [5, 5], 0)).toBeNaN();
  });
});

describe('consecutivePairs', () => {
  it('each element with the next', () => {
    expect(consecutivePairs(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(consecutivePairs([1])).toEqual([]);
  });
});

describe('FiniteMean', () => {
  it('the mean of the finite values added, NaN before any', () => {
    const m = new FiniteMean();
    expect(m.value()).toBeNaN();
    for (const x of [1, NaN, 3]) m.add(x);
    expect(m.value()).toBe(2);
  });
});

describe('keypoint access in the flat buffer', () => {
  it('reads, clears and swaps keypoint k of a frame', () => {
    const d = Float64Array.from({ length: 2 * KP_STRIDE }, (_, j) => j);
    const o = KP_STRIDE; // frame 1
    expect([pointX(d, o, 4), pointY(d, o, 4), pointScore(d, o, 4)]).toEqual([o + 12, o + 13, o + 14]);
    swapPoints(d, 1, 4, 5);
    expect([pointX(d, o, 4), pointX(d, o, 5), pointScore(d, o, 5)]).toEqual([o + 15, o + 12, o + 14]);
    clearPoint(d, o, 4);
    expect([pointX(d, o, 4), pointY(d, o, 4), pointScore(d, o, 4)]).toEqual([NaN, NaN, 0]);
    expect(pointX(d, 0, 4)).toBe(12); // frame 0 untouched
  });
});
