/**
 * The edges of the trend sentences' windows (docs/metrics.md, "Trend sentences"), worked out by
 * hand: the latest week is the 7 local days ending on the latest session's day (days L−6 … L), the
 * week 4 weeks earlier is days L−34 … L−28; without a session there, the first and the latest
 * s = min(7, ⌊(L − F + 1) / 2⌋) days; nothing with fewer than 3 sessions or under 7 days of history;
 * "about the same" only when |change| is below the band; "before your latest walk" when that walk is
 * more than a week before today.
 */
import { describe, expect, it } from 'vitest';
import { describeTrend } from '../../../src/shared/progress';
import { day, point } from './fixtures';

const cm = (right: number) => ({ peakKneePastToeCm: { left: null, right } });
const first = (pts: ReturnType<typeof point>[], today = 30, offset = 0) =>
  describeTrend(pts, new Date(day(today)), offset)[0];

describe('which sessions fall in which week', () => {
  it('the latest week starts 6 days before the latest session: day L−6 is in it, day L−7 is not', () => {
    // L = 30; earlier week: days −4 … 2 (day 0: 2 cm); latest week: days 24 … 30 (4 and 6 cm)
    const pts = [point(day(0), cm(2)), point(day(23), cm(100)), point(day(24), cm(4)), point(day(30), cm(6))];
    expect(first(pts)).toMatchObject({ change: 3, days: 28 });
  });
  it('the week 4 weeks earlier is days L−34 … L−28: L−28 is in it, L−27 and L−35 are not', () => {
    const pts = [point(day(-5), cm(100)), point(day(2), cm(2)), point(day(3), cm(50)), point(day(30), cm(6))];
    expect(first(pts)).toMatchObject({ change: 4, days: 28 });
    const wider = [point(day(-4), cm(4)), point(day(2), cm(2)), point(day(30), cm(6))];
    // L−34 is in it too: mean (4 + 2) / 2 = 3
    expect(first(wider)).toMatchObject({ change: 3, days: 28 });
  });
  it('without a session 4 weeks earlier: the first and latest s days, s = min(7, ⌊(L − F + 1) / 2⌋)', () => {
    // F = 0, L = 7: s = 4: days 0–3 (2 and 4 cm, mean 3) against days 4–7 (10 and 6 cm, mean 8)
    const pts = [point(day(0), cm(2)), point(day(3), cm(4)), point(day(4), cm(10)), point(day(7), cm(6))];
    expect(first(pts, 7)).toMatchObject({
      change: 5,
      days: 7,
      text: 'Right knee travels 5.0 cm further past the toes than when you started.',
    });
  });
  it('a long history without a session 4 weeks back compares whole first and latest weeks', () => {
    // F = 0, L = 20: s = 7: days 0–6 (2, 4) against 14–20 (8, 10); day 7 and day 13 in neither
    const pts = [
      point(day(0), cm(2)),
      point(day(6), cm(4)),
      point(day(7), cm(100)),
      point(day(13), cm(100)),
      point(day(14), cm(8)),
      point(day(20), cm(10)),
    ];
    expect(first(pts, 20)).toMatchObject({ change: 6, days: 20 });
  });
});

describe('when there is something to say', () => {
  it('exactly 7 days of history is enough; 6 is not', () => {
    expect(first([point(day(0), cm(2)), point(day(3), cm(3)), point(day(7), cm(6))], 7)).toBeDefined();
    expect(first([point(day(0), cm(2)), point(day(3), cm(3)), point(day(6), cm(6))], 6)).toBeUndefined();
  });
  it('exactly 3 sessions are enough', () => {
    expect(first([point(day(0), cm(2)), point(day(1), cm(3)), point(day(29), cm(6))])).toBeDefined();
  });
  it('a session with an unreadable date is left out, not counted as a day', () => {
    const pts = [point(day(0), cm(2)), point(day(1), cm(4)), point(day(29), cm(6))];
    const withBad = [...pts, point('not a date', cm(1000))];
    expect(first(withBad)).toEqual(first(pts));
    // two readable sessions and one unreadable: too few
    expect(describeTrend([pts[0], pts[2], point('not a date', cm(5))], new Date(day(30)), 0)).toEqual([]);
  });
});

describe('how it is said', () => {
  it('a change of exactly the band (1 cm) is a change; 0.9 cm is "about the same"', () => {
    const at = (late: number) => first([point(day(0), cm(3)), point(day(1), cm(3)), point(day(29), cm(late))]);
    expect(at(4).text).toBe('Right knee travels 1.0 cm further past the toes than 4 weeks ago.');
    expect(at(3.9).text).toBe('Right knee travels about as far past the toes as 4 weeks ago.');
    expect(at(2).text).toBe('Right knee travels 1.0 cm less far past the toes than 4 weeks ago.');
  });
  it('"4 weeks ago" while the latest walk is at most a week old; after that, "before your latest walk"', () => {
    const pts = [point(day(0), cm(2)), point(day(1), cm(2)), point(day(29), cm(6))];
    expect(first(pts, 29 + 7).text).toMatch(/than 4 weeks ago\.$/);
    expect(first(pts, 29 + 8).text).toMatch(/than 4 weeks before your latest walk\.$/);
  });
  it('today is counted on the user’s clock too', () => {
    // latest walk day 29 at 12:00 UTC; "now" is day 36 at 22:00 UTC: day 36 in UTC, day 37 at UTC+3
    const pts = [point(day(0), cm(2)), point(day(1), cm(2)), point(day(29), cm(6))];
    const now = new Date(day(36, 22));
    expect(describeTrend(pts, now, 0)[0].text).toMatch(/than 4 weeks ago\.$/);
    expect(describeTrend(pts, now, 180)[0].text).toMatch(/before your latest walk\.$/);
  });
  it('changes are rounded to the metric’s step: 2.04 cm → 2.0, 5.6 steps/min → 6', () => {
    expect(first([point(day(0), cm(3)), point(day(1), cm(3)), point(day(29), cm(5.04))])).toMatchObject({
      change: 2,
      text: 'Right knee travels 2.0 cm further past the toes than 4 weeks ago.',
    });
    const spm = (cadenceSpm: number) => ({ cadenceSpm });
    expect(first([point(day(0), spm(100)), point(day(1), spm(100)), point(day(29), spm(105.6))])).toMatchObject({
      change: 6,
      text: 'You take 6 more steps a minute than 4 weeks ago.',
    });
  });
  it('a change that rounds to nothing is 0, never −0 (a number formatter would print "-0")', () => {
    const s = first([point(day(0), cm(5)), point(day(1), cm(5)), point(day(29), cm(4.96))]);
    expect(s.change).toBe(0);
    expect(s.text).toMatch(/about as far/);
  });
  it('step-time symmetry compares |SI|: −6 → +6 is no change', () => {
    const si = (stepTimeSiPct: number) => ({ stepTimeSiPct });
    expect(first([point(day(0), si(-6)), point(day(1), si(-6)), point(day(29), si(6))])).toMatchObject({
      change: 0,
      text: 'Your step timing is about as even as 4 weeks ago.',
    });
  });
  it('each leg’s degrees are described only when that leg has no cm sentence', () => {
    const both = (l: number, r: number, dl: number, dr: number) => ({
      peakKneePastToeCm: { left: l, right: r },
      peakKneePastToeDeg: { left: dl, right: dr },
    });
    const pts = [
      point(day(0), both(2, 2, 10, 10)),
      point(day(1), both(2, 2, 10, 10)),
      point(day(29), both(5, 5, 20, 20)),
    ];
    expect(describeTrend(pts, new Date(day(30)), 0).map((s) => s.metric)).toEqual([
      'peakKneePastToeCmLeft',
      'peakKneePastToeCmRight',
    ]);
  });
});
