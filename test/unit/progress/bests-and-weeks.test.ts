/**
 * Personal bests, weekly totals and the local calendar (docs/metrics.md, "Progress over time"),
 * answers worked out by hand: the best is the first session to reach the best value (larger is
 * better, step-time SI closest to 0, no cadence best); weeks run Monday to Sunday on the user's
 * local dates, empty ones included; seconds are summed and shown to 0.01 s.
 */
import { describe, expect, it } from 'vitest';
import { personalBests, weeklyTotals } from '../../../src/shared/progress';
import { isoDate, localDayNumber, localMs, mondayOf } from '../../../src/shared/progress/local-time';
import { day, point } from './fixtures';

describe('personal bests', () => {
  it('on a tie, the first session to reach the value keeps the best', () => {
    const a = point(day(0), { balanceScore: 70 });
    const b = point(day(5), { balanceScore: 70 });
    expect(personalBests([a, b])).toEqual([
      { metric: 'balanceScore', variant: 'flat', sessionId: a.sessionId, startedAt: a.startedAt, value: 70 },
    ]);
  });
  it('a later, better session takes it', () => {
    const a = point(day(0), { kneeRomDeg: { left: 50, right: null } });
    const b = point(day(5), { kneeRomDeg: { left: 52, right: null } });
    expect(personalBests([a, b]).map((x) => [x.metric, x.sessionId, x.value])).toEqual([
      ['kneeRomDegLeft', b.sessionId, 52],
    ]);
  });
  it('step-time symmetry: closest to 0 either side; a session without the number is skipped', () => {
    const none = point(day(0));
    const left = point(day(1), { stepTimeSiPct: -3 });
    const right = point(day(2), { stepTimeSiPct: 4 });
    expect(personalBests([none, left, right])).toEqual([
      { metric: 'stepTimeSiPct', variant: 'flat', sessionId: left.sessionId, startedAt: left.startedAt, value: -3 },
    ]);
  });
  it('a negative value can be a best (knee past toes that never reached the toes)', () => {
    const a = point(day(0), { peakKneePastToeCm: { left: -4, right: null } });
    const b = point(day(1), { peakKneePastToeCm: { left: -2.5, right: null } });
    expect(personalBests([a, b])).toEqual([
      { metric: 'peakKneePastToeCmLeft', variant: 'flat', sessionId: b.sessionId, startedAt: b.startedAt, value: -2.5 },
    ]);
  });
  it('one best per variant: a sled walk’s larger value does not take the flat best', () => {
    const flat = point(day(0), { balanceScore: 70 }, 'flat');
    const sled = point(day(1), { balanceScore: 90 }, 'sled');
    const flatLater = point(day(2), { balanceScore: 75 }, 'flat');
    expect(personalBests([flat, sled, flatLater]).map((b) => [b.variant, b.sessionId, b.value])).toEqual([
      ['flat', flatLater.sessionId, 75],
      ['sled', sled.sessionId, 90],
    ]);
  });
  it('cadence has no best, and metrics after it still do', () => {
    const a = point(day(0), { cadenceSpm: 110, balanceScore: 60 });
    expect(personalBests([a]).map((x) => x.metric)).toEqual(['balanceScore']);
  });
});

describe('the local calendar', () => {
  it('a day number counts local days from 1970-01-01', () => {
    expect(localDayNumber(localMs('1970-01-01T00:00:00Z', 0))).toBe(0);
    expect(localDayNumber(localMs('1970-01-01T23:59:59Z', 0))).toBe(0);
    expect(localDayNumber(localMs('1970-01-02T00:00:00Z', 0))).toBe(1);
    // 23:00 UTC on 1 Jan is 00:30 on 2 Jan at UTC+1:30, and 20:00 on 1 Jan at UTC−3
    expect(localDayNumber(localMs('1970-01-01T23:00:00Z', 90))).toBe(1);
    expect(localDayNumber(localMs('1970-01-02T01:00:00Z', -180))).toBe(0);
    expect(localMs('garbage', 0)).toBeNaN();
  });
  it('the Monday of a week, before 1970 too (1970-01-01 was a Thursday)', () => {
    expect(isoDate(mondayOf(0))).toBe('1969-12-29'); // Thursday → the Monday before
    expect(isoDate(mondayOf(4))).toBe('1970-01-05'); // a Monday is its own
    expect(isoDate(mondayOf(10))).toBe('1970-01-05'); // Sunday 11 Jan
    expect(isoDate(mondayOf(-1))).toBe('1969-12-29'); // Wednesday 31 Dec 1969
    expect(isoDate(mondayOf(-4))).toBe('1969-12-22'); // Sunday 28 Dec 1969
    expect(isoDate(mondayOf(-3))).toBe('1969-12-29'); // Monday 29 Dec 1969
  });
  it('ISO date of a day number', () => {
    expect(isoDate(0)).toBe('1970-01-01');
    expect(isoDate(20_514)).toBe('2026-03-02');
  });
});

describe('weekly totals', () => {
  it('seconds are summed, then shown to 0.01 s (0.1 + 0.2 s is 0.3 s, not 0.30000000000000004)', () => {
    const pts = [
      point(day(0), { backwardS: 0.1 }),
      point(day(1), { backwardS: 0.2 }),
      point(day(2), { backwardS: 0.004 }),
    ];
    expect(weeklyTotals(pts, 0)).toEqual([{ weekStart: '2026-03-02', backwardS: 0.3, sessions: 3 }]);
  });
  it('sessions in any order make the same weeks', () => {
    const pts = [point(day(15), { backwardS: 5 }), point(day(0), { backwardS: 7 })];
    expect(weeklyTotals(pts, 0)).toEqual([
      { weekStart: '2026-03-02', backwardS: 7, sessions: 1 },
      { weekStart: '2026-03-09', backwardS: 0, sessions: 0 },
      { weekStart: '2026-03-16', backwardS: 5, sessions: 1 },
    ]);
  });
  it('one week only: one entry', () => {
    expect(weeklyTotals([point(day(3), { backwardS: 4 })], 0)).toEqual([
      { weekStart: '2026-03-02', backwardS: 4, sessions: 1 },
    ]);
  });
});
