import { describe, expect, it } from 'vitest';
import { describeTrend } from '../../../src/shared/progress';
import { day, point } from './fixtures';

const kpt = (right: number | null, left: number | null = null) => ({ peakKneePastToeCm: { left, right } });

describe('describeTrend', () => {
  it('latest week against the same week 4 weeks earlier: "2.0 cm further than 4 weeks ago"', () => {
    const pts = [
      point(day(0), kpt(3)),
      point(day(2), kpt(4)), // the week 4 weeks before: mean 3.5
      point(day(14), kpt(9)), // between the windows: not used
      point(day(27), kpt(5)),
      point(day(30), kpt(6)), // the latest week (days 24–30): mean 5.5
    ];
    const [s] = describeTrend(pts, new Date(day(31)), 0);
    expect(s).toEqual({
      metric: 'peakKneePastToeCmRight',
      text: 'Right knee travels 2.0 cm further past the toes than 4 weeks ago.',
      textImperial: 'Right knee travels 0.8 in further past the toes than 4 weeks ago.', // 2 / 2.54 = 0.79
      change: 2,
      days: 28,
    });
  });

  it('says "less far", and "before your latest walk" when that walk is over a week old', () => {
    const pts = [point(day(0), kpt(8)), point(day(1), kpt(8)), point(day(29), kpt(6.5))];
    const [s] = describeTrend(pts, new Date(day(60)), 0);
    expect(s.text).toBe('Right knee travels 1.5 cm less far past the toes than 4 weeks before your latest walk.');
    expect(s.change).toBe(-1.5);
    expect(s.textImperial).toBe(
      'Right knee travels 0.6 in less far past the toes than 4 weeks before your latest walk.', // 1.5 / 2.54 = 0.59
    );
  });

  it('"about the same" inside the noise band (1 cm)', () => {
    const pts = [point(day(0), kpt(5)), point(day(1), kpt(5.2)), point(day(29), kpt(5.8))];
    const [s] = describeTrend(pts, new Date(day(29)), 0);
    expect(s.text).toBe('Right knee travels about as far past the toes as 4 weeks ago.');
    expect(s.textImperial).toBe(s.text);
    expect(s.change).toBe(0.7);
  });

  it('falls back to the first week when the week 4 weeks before has no session', () => {
    const pts = [point(day(0), kpt(2)), point(day(3), kpt(4)), point(day(10), kpt(7)), point(day(20), kpt(6))];
    const [s] = describeTrend(pts, new Date(day(20)), 0);
    // first week (days 0–6): 3; latest week (days 14–20): 6
    expect(s).toMatchObject({
      change: 3,
      days: 20,
      text: 'Right knee travels 3.0 cm further past the toes than when you started.',
    });
  });

  it('with under two weeks of history, halves of it are compared', () => {
    const pts = [point(day(0), kpt(2)), point(day(4), kpt(3)), point(day(5), kpt(4)), point(day(9), kpt(5))];
    // span = floor(10 / 2) = 5 days: days 0–4 (mean 2.5) against days 5–9 (mean 4.5)
    expect(describeTrend(pts, new Date(day(9)), 0)[0]).toMatchObject({ change: 2, days: 9 });
  });

  it('says nothing with fewer than 3 sessions or under 7 days of history, per side', () => {
    expect(describeTrend([point(day(0), kpt(2)), point(day(30), kpt(9))], new Date(day(30)), 0)).toEqual([]);
    expect(
      describeTrend([point(day(0), kpt(2)), point(day(3), kpt(3)), point(day(6), kpt(9))], new Date(day(6)), 0),
    ).toEqual([]);
    // the right leg has 3 sessions, the left only 2
    const pts = [point(day(0), kpt(2, 4)), point(day(1), kpt(2)), point(day(29), kpt(5, 9))];
    expect(describeTrend(pts, new Date(day(29)), 0).map((s) => s.metric)).toEqual(['peakKneePastToeCmRight']);
  });

  it('describes degrees only for a leg without cm, and every other metric in its own words', () => {
    const early = {
      peakKneePastToeDeg: { left: 20, right: 20 },
      peakKneePastToeCm: { left: null, right: 4 },
      kneeRomDeg: { left: 60, right: 60 },
      cadenceSpm: 100,
      stepTimeSiPct: -8,
      balanceScore: 60,
    };
    const late = {
      peakKneePastToeDeg: { left: 24, right: 30 },
      peakKneePastToeCm: { left: null, right: 6 },
      kneeRomDeg: { left: 55, right: 61 },
      cadenceSpm: 94,
      stepTimeSiPct: 3,
      balanceScore: 72,
    };
    const pts = [point(day(0), early), point(day(1), early), point(day(29), late)];
    expect(describeTrend(pts, new Date(day(30)), 0).map((s) => [s.metric, s.text, s.change])).toEqual([
      ['peakKneePastToeCmRight', 'Right knee travels 2.0 cm further past the toes than 4 weeks ago.', 2],
      ['peakKneePastToeDegLeft', 'Left knee reaches 4° further past the toes than 4 weeks ago.', 4],
      ['kneeRomDegLeft', 'Left knee bends through 5° less than 4 weeks ago.', -5],
      ['kneeRomDegRight', 'Right knee bends through about the same range as 4 weeks ago.', 1],
      ['cadenceSpm', 'You take 6 fewer steps a minute than 4 weeks ago.', -6],
      // |SI| 8 → 3: closer to symmetric
      ['stepTimeSiPct', 'Your step timing is 5 points more even than 4 weeks ago.', -5],
      ['balanceScore', 'Your balance grade is 12 points higher than 4 weeks ago.', 12],
    ]);
  });

  it("counts days on the user's clock: a walk late on day 28 UTC is day 29 at UTC+10", () => {
    const pts = [point(day(0, 12), kpt(3)), point(day(1, 12), kpt(5)), point(day(28, 20), kpt(6))];
    // UTC: the latest walk is day 28, the 4-weeks-earlier week is days −6..0 (one walk: 3)
    expect(describeTrend(pts, new Date(day(29)), 0)[0].change).toBe(3);
    // UTC+10: the latest walk is on day 29, so the earlier week is days −5..1 (both walks: mean 4)
    expect(describeTrend(pts, new Date(day(29)), 600)[0]).toMatchObject({ change: 2, days: 28 });
  });
});
