/**
 * The balance grade (docs/metrics.md, "Balance grade (0–100)"), worked out by hand: each sub-score
 * is 100 at or below its steady level, 0 at or above its poor level, linear between; the grade is
 * their weighted mean (trunk 0.25, pelvis 0.20, rhythm 0.25, path 0.10, stumbles and stops 0.20,
 * missing ones left out); events are counted per minute, at least one minute; the explanation names
 * the sub-score that cost the most weighted points, or says "Steady" when none cost 5 or more.
 */
import { describe, expect, it } from 'vitest';
import { gradeBalance, type BalanceInputs } from '../../../src/shared/gait/balance';
import { NO_BALANCE_MEASURES } from '../../support/balance-inputs';

const steady: BalanceInputs = {
  trunkLeanSdDeg: 1,
  pelvisSwayPct: 1,
  stepTimeCvPct: 2,
  pathDeviationPct: 1,
  stops: 0,
  stumbles: 0,
  minutes: 2,
  view: 'side',
};
/** Only trunk 5° (sub-score 50) and pelvis 4 % (0) measured. */
const trunkAndPelvisOnly: BalanceInputs = { ...steady, ...NO_BALANCE_MEASURES, trunkLeanSdDeg: 5, pelvisSwayPct: 4 };

describe('sub-scores: 100 at the steady level, 0 at the poor level, linear between', () => {
  /** The four measured sway and rhythm inputs, in the order trunk °, pelvis %, rhythm CV %, path %. */
  const measured = (
    trunkLeanSdDeg: number,
    pelvisSwayPct: number,
    stepTimeCvPct: number,
    pathDeviationPct: number,
  ) => ({
    trunkLeanSdDeg,
    pelvisSwayPct,
    stepTimeCvPct,
    pathDeviationPct,
  });
  it('half-way values give 50 (trunk 5°, pelvis 2.75 %, rhythm 12 %, path 6 %, 2 events a minute)', () => {
    const g = gradeBalance({ ...steady, ...measured(5, 2.75, 12, 6), stops: 1, stumbles: 1, minutes: 1 });
    expect(g.subscores).toEqual({
      trunk_sway: 50,
      pelvis_sway: 50,
      rhythm_regularity: 50,
      path_deviation: 50,
      stumbles_stops: 50,
    });
    expect(g.score).toBe(50);
  });
  it('the levels themselves: steady gives 100, poor gives 0, beyond poor stays 0', () => {
    const atSteady = gradeBalance({ ...steady, ...measured(2, 1.5, 4, 2) });
    expect(Object.values(atSteady.subscores)).toEqual([100, 100, 100, 100, 100]);
    const atPoor = gradeBalance({ ...steady, ...measured(8, 4, 20, 10), stops: 4, stumbles: 0, minutes: 1 });
    expect(Object.values(atPoor.subscores)).toEqual([0, 0, 0, 0, 0]);
    expect(atPoor.score).toBe(0);
    expect(gradeBalance({ ...steady, trunkLeanSdDeg: 30 }).subscores.trunk_sway).toBe(0);
  });
  it('a quarter of the way: trunk 3.5° → 75, rhythm 8 % → 75', () => {
    const g = gradeBalance({ ...steady, trunkLeanSdDeg: 3.5, stepTimeCvPct: 8 });
    expect(g.subscores.trunk_sway).toBe(75);
    expect(g.subscores.rhythm_regularity).toBe(75);
    // 0.25 × 75 + 0.2 × 100 + 0.25 × 75 + 0.1 × 100 + 0.2 × 100 = 87.5 → 88
    expect(g.score).toBe(88);
  });
});

describe('the grade: a weighted mean of the sub-scores it has', () => {
  it('weights 0.25 / 0.20 / 0.25 / 0.10 / 0.20: one sub-score at 0 costs its weight', () => {
    expect(gradeBalance({ ...steady, trunkLeanSdDeg: 8 }).score).toBe(75);
    expect(gradeBalance({ ...steady, pelvisSwayPct: 4 }).score).toBe(80);
    expect(gradeBalance({ ...steady, stepTimeCvPct: 20 }).score).toBe(75);
    expect(gradeBalance({ ...steady, pathDeviationPct: 10 }).score).toBe(90);
    expect(gradeBalance({ ...steady, stops: 8, minutes: 2 }).score).toBe(80);
  });
  it('missing sub-scores are left out of the mean, not counted as 0 or 100', () => {
    // trunk 5° (50) and pelvis 4 % (0) only: (0.25 × 50 + 0.2 × 0) / 0.45 = 27.8 → 28
    const g = gradeBalance(trunkAndPelvisOnly);
    expect(g.score).toBe(28);
    expect(g.subscores.rhythm_regularity).toBeNull();
    expect(g.subscores.stumbles_stops).toBeNull();
  });
  it('a value that is not a finite number is missing', () => {
    const g = gradeBalance({ ...steady, trunkLeanSdDeg: NaN, pelvisSwayPct: Infinity });
    expect(g.subscores.trunk_sway).toBeNull();
    expect(g.subscores.pelvis_sway).toBeNull();
    expect(g.score).toBe(100);
  });
  it('nothing measured: no grade, and says so', () => {
    const g = gradeBalance({ ...NO_BALANCE_MEASURES, minutes: 3, view: 'side' });
    expect(g.score).toBeNull();
    expect(g.explanation).toMatch(/Not enough/);
  });
});

describe('stops and stumbles per minute, at least one minute counted', () => {
  it('2 events in 30 s count as 2 a minute (one minute at least): 50', () => {
    expect(gradeBalance({ ...steady, stops: 1, stumbles: 1, minutes: 0.5 }).subscores.stumbles_stops).toBe(50);
  });
  it('2 events in 2 minutes are 1 a minute: 75', () => {
    expect(gradeBalance({ ...steady, stops: 1, stumbles: 1, minutes: 2 }).subscores.stumbles_stops).toBe(75);
  });
  it('stops and stumbles add up, one of them unknown counting as none', () => {
    expect(gradeBalance({ ...steady, stops: null, stumbles: 2, minutes: 1 }).subscores.stumbles_stops).toBe(50);
    expect(gradeBalance({ ...steady, stops: 2, stumbles: null, minutes: 1 }).subscores.stumbles_stops).toBe(50);
    expect(gradeBalance({ ...steady, stops: 3, stumbles: 1, minutes: 1 }).subscores.stumbles_stops).toBe(0);
  });
});

describe('the explanation', () => {
  it('names the sub-score that cost the most weighted points, with its value and its points', () => {
    // trunk 5° costs 0.25 × 50 = 12.5 points; rhythm 8 % costs 0.25 × 25 = 6.25
    const g = gradeBalance({ ...steady, trunkLeanSdDeg: 5, stepTimeCvPct: 8 });
    expect(g.explanation).toMatch(/^Biggest deduction \(−13 points\), trunk sway: .*±5°/);
  });
  it('weights decide, not the raw sub-score: path at 0 costs 10 points, pelvis at 40 costs 12', () => {
    // path 10 % → 0 × 0.1 = 10 lost; pelvis 3 % → 40, 0.2 × 60 = 12 lost
    const g = gradeBalance({ ...steady, pathDeviationPct: 10, pelvisSwayPct: 3 });
    expect(g.explanation).toMatch(/\(−12 points\), pelvis sway: .* up and down by 3 %/);
  });
  it('the points are those of the grade actually computed (missing sub-scores left out)', () => {
    // only pelvis 4 % (0) and trunk 5° (50): pelvis lost 0.2 × 100 / 0.45 = 44.4 → 44 points
    const g = gradeBalance({ ...trunkAndPelvisOnly, view: 'front' });
    expect(g.explanation).toMatch(/\(−44 points\), pelvis sway: your pelvis moved side to side by 4 %/);
  });
  it('names each measure in its own words', () => {
    expect(gradeBalance({ ...steady, stepTimeCvPct: 20 }).explanation).toMatch(/rhythm: .*varied by 20 %/);
    expect(gradeBalance({ ...steady, pathDeviationPct: 10 }).explanation).toMatch(/path deviation: .*wandered 10 %/);
    expect(gradeBalance({ ...steady, stops: 6, stumbles: 2, minutes: 2 }).explanation).toMatch(
      /stumbles and stops: 2 stumble\(s\) and 6 stop\(s\) in 2 min/,
    );
  });
  it('values are shown to 0.1', () => {
    expect(gradeBalance({ ...steady, trunkLeanSdDeg: 5.04 }).explanation).toMatch(/±5°/);
    expect(gradeBalance({ ...steady, trunkLeanSdDeg: 5.06 }).explanation).toMatch(/±5\.1°/);
  });
  it('"Steady" when no sub-score cost 5 points or more: 4 points lost is steady, 5 is a deduction', () => {
    // trunk 2.96° → 84: 0.25 × 16 = 4 points; trunk 3.2° → 80: 5 points
    expect(gradeBalance({ ...steady, trunkLeanSdDeg: 2.96 }).explanation).toMatch(/^Steady/);
    expect(gradeBalance({ ...steady, trunkLeanSdDeg: 3.2 }).explanation).toMatch(/^Biggest deduction \(−5 points\)/);
    expect(gradeBalance(steady).explanation).toMatch(/^Steady/);
  });
});
