/**
 * Direction-aware progress: the screen's backward / forward / all filter, and bests and
 * trend per direction — a forward walk never sets a backward best. Known answers on hand-made points.
 */
import { describe, expect, it } from 'vitest';
import {
  buildProgressReport,
  inDirection,
  recordPoints,
  recordsDirection,
  selectPoints,
  type DirectionFilter,
  type ProgressPoint,
} from '../../../src/shared/progress';
import { day, point } from './fixtures';

const cm = (left: number, right: number) => ({ peakKneePastToeCm: { left, right } });

// one person's walks: backward ones, a forward one with far larger numbers, a there-and-back (mixed)
// walk, a balance session (standing) and one stored without a direction
const backFlat = point(day(0), { ...cm(4, 5), balanceScore: 60, backwardS: 30 }, 'flat', 'backward');
const forwardFlat = point(day(1), { ...cm(12, 13), balanceScore: 95, backwardS: 0 }, 'flat', 'forward');
const mixedFlat = point(day(2), { ...cm(9, 9), balanceScore: 90, backwardS: 12 }, 'flat', 'mixed');
const backSled = point(day(3), { ...cm(6, 3), balanceScore: 70, backwardS: 40 }, 'sled', 'backward');
const standing = point(day(4), { balanceScore: 99 }, 'flat', 'standing');
const unknown = point(day(5), { ...cm(20, 20) }, 'flat', null);
const all = [backFlat, forwardFlat, mixedFlat, backSled, standing, unknown];
const ids = (ps: readonly ProgressPoint[]) => ps.map((p) => p.sessionId);

const build = (direction: DirectionFilter, variant: ProgressPoint['variant'] | null = null, points = all) =>
  buildProgressReport({ personId: 1, variant, direction, points, now: new Date(day(6)), utcOffsetMin: 0 });
const best = (r: ReturnType<typeof build>, metric: string, variant: ProgressPoint['variant'] = 'flat') =>
  r.bests.find((b) => b.metric === metric && b.variant === variant);

describe('the direction filter', () => {
  it("keeps a direction's walks only; mixed, standing and unknown walks show only under 'all'", () => {
    expect(ids(selectPoints(all, null, 'backward'))).toEqual(ids([backFlat, backSled]));
    expect(ids(selectPoints(all, null, 'forward'))).toEqual(ids([forwardFlat]));
    expect(ids(selectPoints(all, null, 'all'))).toEqual(ids(all));
    for (const d of ['mixed', 'standing', 'unknown', null] as const) {
      expect([inDirection(d, 'backward'), inDirection(d, 'forward'), inDirection(d, 'all')]).toEqual([
        false,
        false,
        true,
      ]);
    }
  });

  it('combines with the variant filter (treadmill and sled are variants, not directions)', () => {
    expect(ids(selectPoints(all, 'flat', 'backward'))).toEqual(ids([backFlat]));
    expect(ids(selectPoints(all, 'sled', 'forward'))).toEqual([]);
    expect(ids(selectPoints(all, 'flat', 'all'))).toEqual(ids([backFlat, forwardFlat, mixedFlat, standing, unknown]));
  });

  it("takes records from the view's own direction, from backward walks in 'all'", () => {
    expect([recordsDirection('backward'), recordsDirection('forward'), recordsDirection('all')]).toEqual([
      'backward',
      'forward',
      'backward',
    ]);
    expect(ids(recordPoints(all, 'all'))).toEqual(ids([backFlat, backSled]));
    expect(ids(recordPoints([forwardFlat], 'forward'))).toEqual(ids([forwardFlat]));
  });
});

describe('personal bests per direction and variant', () => {
  it('a forward walk with larger numbers sets no backward best', () => {
    const r = build('backward');
    expect(ids(r.points)).toEqual(ids([backFlat, backSled]));
    expect(best(r, 'peakKneePastToeCmLeft', 'sled')).toMatchObject({ sessionId: backSled.sessionId, value: 6 });
    expect(best(r, 'peakKneePastToeCmRight')).toMatchObject({ sessionId: backFlat.sessionId, value: 5 });
    expect(best(r, 'balanceScore', 'sled')).toMatchObject({ sessionId: backSled.sessionId, value: 70 });
    // no best of any variant is a forward walk's
    expect(r.bests.some((b) => b.sessionId === forwardFlat.sessionId)).toBe(false);
  });

  it("the 'all' view shows every walk but its bests stay the backward walks' (no star on forward, mixed, standing or unknown)", () => {
    const r = build('all');
    expect(r).toMatchObject({ direction: 'all', recordsDirection: 'backward' });
    expect(r.points).toHaveLength(all.length);
    expect(r.bests).toEqual(build('backward').bests);
  });

  it('forward walks have bests of their own, in the forward view', () => {
    const r = build('forward');
    expect(r.recordsDirection).toBe('forward');
    expect(best(r, 'peakKneePastToeCmLeft')).toMatchObject({ sessionId: forwardFlat.sessionId, value: 12 });
  });

  it('and per variant: the flat backward best is the flat walk even when the sled one is larger', () => {
    expect(best(build('backward', 'flat'), 'peakKneePastToeCmLeft')).toMatchObject({
      sessionId: backFlat.sessionId,
      value: 4,
    });
    // every variant together: each keeps its own best
    expect(best(build('backward'), 'peakKneePastToeCmLeft')).toMatchObject({ sessionId: backFlat.sessionId, value: 4 });
    expect(best(build('backward'), 'peakKneePastToeCmLeft', 'sled')).toMatchObject({ sessionId: backSled.sessionId });
  });
});

describe('weekly time and trend per direction', () => {
  it("sums the shown walks' backward seconds: a mixed walk's backward stretch counts in 'all' only", () => {
    const total = (r: ReturnType<typeof build>) => r.weekly.reduce((s, w) => s + w.backwardS, 0);
    expect(total(build('backward'))).toBe(70);
    expect(total(build('all'))).toBe(82);
    expect(total(build('forward'))).toBe(0);
  });

  it('forward walks do not move the backward trend', () => {
    // three backward walks over two weeks, 2 cm further each week; a forward walk each day far ahead
    const backward = [0, 7, 14].map((d, i) => point(day(d), cm(4 + 2 * i, 4 + 2 * i), 'flat', 'backward'));
    const forward = [0, 7, 14].map((d) => point(day(d, 15), cm(30, 30), 'flat', 'forward'));
    const points = [...backward, ...forward].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    const r = build('backward', null, points);
    expect(r.trend.find((t) => t.metric === 'peakKneePastToeCmLeft')).toMatchObject({
      change: 4,
      text: 'Left knee travels 4.0 cm further past the toes than when you started.',
    });
    expect(build('all', null, points).trend).toEqual(r.trend);
    // the forward walks alone: the same 30 cm every week
    expect(build('forward', null, points).trend.find((t) => t.metric === 'peakKneePastToeCmLeft')?.change).toBe(0);
  });
});
