import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgressReport, personalBests, weeklyTotals } from '../../../src/shared/progress';
import { mulberry32 } from '../../support/synthetic-gait';
import { day, point } from './fixtures';

describe('weeklyTotals', () => {
  it('sums backward seconds per ISO week (Monday first), with the empty weeks between', () => {
    const pts = [
      point(day(0), { backwardS: 60 }), // Mon 2 Mar
      point(day(6, 20), { backwardS: 30 }), // Sun 8 Mar, 20:00 UTC
      point(day(21), { backwardS: 45.5 }), // Mon 23 Mar
    ];
    expect(weeklyTotals(pts, 0)).toEqual([
      { weekStart: '2026-03-02', backwardS: 90, sessions: 2 },
      { weekStart: '2026-03-09', backwardS: 0, sessions: 0 },
      { weekStart: '2026-03-16', backwardS: 0, sessions: 0 },
      { weekStart: '2026-03-23', backwardS: 45.5, sessions: 1 },
    ]);
  });

  it("follows the user's local date: Sunday 20:00 UTC is Monday 01:00 at UTC+5", () => {
    const pts = [point(day(0), { backwardS: 60 }), point(day(6, 20), { backwardS: 30 })];
    expect(weeklyTotals(pts, 300).map((w) => [w.weekStart, w.sessions])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-09', 1],
    ]);
    // and Monday 02:00 UTC is still Sunday in New York (UTC−5)
    expect(weeklyTotals([point(day(7, 2))], -300)[0].weekStart).toBe('2026-03-02');
  });

  it('crosses a year boundary on Mondays (ISO week 1 of 2026 starts on 29 Dec 2025)', () => {
    const pts = [point('2025-12-24T10:00:00Z'), point('2026-01-01T10:00:00Z')];
    expect(weeklyTotals(pts, 0).map((w) => w.weekStart)).toEqual(['2025-12-22', '2025-12-29']);
  });

  it('property: consecutive Mondays, every session counted once, seconds summed', () => {
    const session = fc.record({
      ms: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      s: fc.integer({ min: 0, max: 3600 }),
    });
    fc.assert(
      fc.property(fc.array(session, { maxLength: 40 }), fc.integer({ min: -900, max: 900 }), (sessions, offset) => {
        const weeks = weeklyTotals(
          sessions.map((x) => point(new Date(x.ms).toISOString(), { backwardS: x.s })),
          offset,
        );
        const mondays = weeks.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`));
        return (
          mondays.every(
            (m, i) => new Date(m).getUTCDay() === 1 && (i === 0 || m - mondays[i - 1] === 7 * 86_400_000),
          ) &&
          weeks.reduce((n, w) => n + w.sessions, 0) === sessions.length &&
          weeks.reduce((n, w) => n + w.backwardS, 0) === sessions.reduce((n, x) => n + x.s, 0)
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is empty without sessions, and leaves out unreadable dates', () => {
    expect(weeklyTotals([], 0)).toEqual([]);
    expect(weeklyTotals([point('not a date', { backwardS: 5 })], 0)).toEqual([]);
  });
});

describe('personalBests', () => {
  it('larger knee-past-toe, knee range and balance; step-time SI closest to 0; no cadence best', () => {
    const a = point(day(0), {
      peakKneePastToeCm: { left: 5, right: 9 },
      kneeRomDeg: { left: 60, right: 61 },
      stepTimeSiPct: -6,
      balanceScore: 70,
      cadenceSpm: 90,
    });
    const b = point(day(2), {
      peakKneePastToeCm: { left: 7, right: 8 },
      kneeRomDeg: { left: 58, right: 65 },
      stepTimeSiPct: 2.5,
      balanceScore: 70,
      cadenceSpm: 120,
    });
    const c = point(day(4), { peakKneePastToeCm: { left: 6, right: null }, stepTimeSiPct: -3, balanceScore: 65 });
    const bests = personalBests([a, b, c]);
    const of = (m: string) => bests.find((x) => x.metric === m);
    expect(of('peakKneePastToeCmLeft')).toMatchObject({ sessionId: b.sessionId, value: 7 });
    expect(of('peakKneePastToeCmRight')).toMatchObject({ sessionId: a.sessionId, value: 9 });
    expect(of('kneeRomDegLeft')).toMatchObject({ sessionId: a.sessionId, value: 60 });
    expect(of('kneeRomDegRight')).toMatchObject({ sessionId: b.sessionId, value: 65 });
    expect(of('stepTimeSiPct')).toMatchObject({ sessionId: b.sessionId, value: 2.5 });
    // a tie keeps the first session that reached it
    expect(of('balanceScore')).toMatchObject({ sessionId: a.sessionId, startedAt: a.startedAt, value: 70 });
    expect(of('cadenceSpm')).toBeUndefined();
    expect(of('peakKneePastToeDegLeft')).toBeUndefined(); // no values at all
  });
});

describe('buildProgressReport', () => {
  it('keeps one variant when asked, and builds everything from those sessions only', () => {
    const pts = [
      point(day(0), { backwardS: 10, balanceScore: 50 }, 'flat'),
      point(day(8), { backwardS: 20, balanceScore: 90 }, 'sled'),
      point(day(9), { backwardS: 5, balanceScore: 60 }, 'flat'),
    ];
    const all = buildProgressReport({
      personId: 3,
      variant: null,
      direction: 'backward',
      points: pts,
      now: new Date(day(10)),
      utcOffsetMin: 0,
    });
    expect(all.points).toHaveLength(3);
    // every variant shown, each with its own best
    expect(all.bests.filter((b) => b.metric === 'balanceScore').map((b) => [b.variant, b.value])).toEqual([
      ['flat', 60],
      ['sled', 90],
    ]);
    const flat = buildProgressReport({
      personId: 3,
      variant: 'flat',
      direction: 'backward',
      points: pts,
      now: new Date(day(10)),
      utcOffsetMin: 0,
    });
    expect(flat).toMatchObject({ personId: 3, variant: 'flat' });
    expect(flat.points.map((p) => p.variant)).toEqual(['flat', 'flat']);
    expect(flat.weekly).toEqual([
      { weekStart: '2026-03-02', backwardS: 10, sessions: 1 },
      { weekStart: '2026-03-09', backwardS: 5, sessions: 1 },
    ]);
    expect(flat.bests.find((b) => b.metric === 'balanceScore')?.value).toBe(60);
  });

  it("describes the trend within one variant: the latest walk's when all are shown, else the filter's", () => {
    const kpt = (right: number) => ({ peakKneePastToeCm: { left: null, right } });
    // flat walks steady at 5 cm; sled walks (a heavier pull, the knees further forward) 9 cm, then 12
    const pts = [
      point(day(0), kpt(5), 'flat'),
      point(day(1), kpt(5), 'flat'),
      point(day(2), kpt(9), 'sled'),
      point(day(29), kpt(5.2), 'flat'),
      point(day(29, 18), kpt(12), 'sled'),
      point(day(30), kpt(12), 'sled'),
      point(day(31), kpt(5), 'flat'), // the latest walk: flat
    ];
    const report = (variant: 'flat' | 'sled' | null) =>
      buildProgressReport({
        personId: 1,
        variant,
        direction: 'backward',
        points: pts,
        now: new Date(day(31)),
        utcOffsetMin: 0,
      });
    const rightKnee = (r: ReturnType<typeof report>) => r.trend.find((t) => t.metric === 'peakKneePastToeCmRight');
    // Mixed, the week 4 weeks before (mean 6.33) against the latest (8.55) would read 2.2 cm further.
    // The flat walks: (5 + 5) / 2 = 5 against (5.2 + 5) / 2 = 5.1.
    expect(report(null).trendVariant).toBe('flat');
    expect(rightKnee(report(null))).toMatchObject({
      change: 0.1,
      text: 'Right knee travels about as far past the toes as 4 weeks ago.',
    });
    // The sled walks alone (the filter): 9 against (12 + 12) / 2.
    expect(report('sled').trendVariant).toBe('sled');
    expect(rightKnee(report('sled'))).toMatchObject({
      change: 3,
      text: 'Right knee travels 3.0 cm further past the toes than 4 weeks ago.',
    });
  });

  it('builds 1,000 sessions over three years in a few milliseconds', () => {
    const rand = mulberry32(7);
    const pts = Array.from({ length: 1000 }, (_, i) =>
      point(new Date(Date.UTC(2023, 0, 1) + i * 26 * 3600_000).toISOString(), {
        peakKneePastToeCm: { left: rand() * 10, right: rand() * 10 },
        peakKneePastToeDeg: { left: rand() * 30, right: rand() * 30 },
        kneeRomDeg: { left: 50 + rand() * 20, right: 50 + rand() * 20 },
        cadenceSpm: 80 + rand() * 30,
        stepTimeSiPct: rand() * 10 - 5,
        balanceScore: Math.round(rand() * 100),
        backwardS: rand() * 600,
        steps: 100,
      }),
    );
    const build = () =>
      buildProgressReport({
        personId: 1,
        variant: null,
        direction: 'backward',
        points: pts,
        now: new Date(Date.UTC(2026, 0, 1)),
        utcOffsetMin: 60,
      });
    const report = build();
    expect(report.points).toHaveLength(1000);
    expect(report.weekly.reduce((n, w) => n + w.sessions, 0)).toBe(1000);
    expect(report.trend.length).toBeGreaterThan(0);
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) build();
    // printed, not asserted (no wall-clock thresholds in tests); bench/progress measures it too
    console.log(`buildProgressReport, 1,000 sessions: ${((performance.now() - t0) / 20).toFixed(2)} ms`);
  });
});
