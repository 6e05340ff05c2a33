import { describe, expect, it } from 'vitest';
import {
  extremes,
  gradeBalance,
  segmentDirections,
  overallDirection,
  symmetryIndex,
  classifyDirection,
  cadence,
  buildSteps,
} from '../../../src/shared/gait';
import { directionLabel } from '../../../src/shared/gait/direction';
import type { BalanceInputs, WalkDirection } from '../../../src/shared/gait';
import { NO_BALANCE_MEASURES } from '../../support/balance-inputs';
import { mulberry32 } from '../../support/synthetic-gait';

describe('symmetryIndex (Robinson 1987)', () => {
  it('is (L − R) / (0.5 (L + R)) × 100, signed', () => {
    expect(symmetryIndex(1, 1)).toBe(0);
    expect(symmetryIndex(0.55, 0.5)).toBeCloseTo(9.5238, 3);
    expect(symmetryIndex(0.5, 0.55)).toBeCloseTo(-9.5238, 3);
    expect(symmetryIndex(60, 40)).toBeCloseTo(40, 10);
  });
  it('is null when a side is missing or not positive', () => {
    expect(symmetryIndex(null, 1)).toBeNull();
    expect(symmetryIndex(1, undefined)).toBeNull();
    expect(symmetryIndex(0, 1)).toBeNull();
    expect(symmetryIndex(-1, 3)).toBeNull();
    expect(symmetryIndex(NaN, 1)).toBeNull();
  });
});

describe('segmentDirections', () => {
  const t = (n: number) => Array.from({ length: n }, (_, i) => i / 30);
  it('merges short flickers into their neighbours and keeps real segments with times', () => {
    const labels: WalkDirection[] = [
      ...Array(90).fill('backward'),
      ...Array(5).fill('forward'),
      ...Array(90).fill('backward'),
      ...Array(60).fill('standing'),
      ...Array(120).fill('forward'),
    ];
    const segs = segmentDirections(labels, t(labels.length));
    expect(segs.map((s) => s.direction)).toEqual(['backward', 'standing', 'forward']);
    expect(segs[0]).toEqual({ start_s: 0, end_s: 185 / 30, direction: 'backward' });
    expect(segs[2].end_s).toBeCloseTo(365 / 30, 10);
    expect(overallDirection(segs)).toBe('mixed');
  });
  it('overall direction: ≥ 80 % of the walking time, else mixed; little walking = standing', () => {
    const s = (d: WalkDirection, a: number, b: number) => ({ start_s: a, end_s: b, direction: d });
    expect(overallDirection([s('backward', 0, 9), s('forward', 9, 10)])).toBe('backward');
    expect(overallDirection([s('standing', 0, 9), s('forward', 9, 9.5)])).toBe('standing');
    expect(overallDirection([])).toBe('standing');
  });
});

describe('extremes (event detection core)', () => {
  it('finds each peak and valley of a noisy wave once, not the edges', () => {
    const rand = mulberry32(3);
    const r = Array.from({ length: 300 }, (_, i) => Math.sin((2 * Math.PI * i) / 36 + 0.3) + (rand() - 0.5) * 0.2);
    const ex = extremes(r, 0, r.length, 0.5);
    const peaks = ex.filter((e) => e.max).map((e) => e.idx);
    // true peaks at i = 36k + 9 − 36·0.3/(2π) ≈ 36k + 7.3
    expect(peaks.length).toBe(8);
    peaks.forEach((p, k) => expect(Math.abs(p - (36 * k + 7.3))).toBeLessThanOrEqual(3));
    for (let k = 1; k < ex.length; k++) expect(ex[k].max).not.toBe(ex[k - 1].max);
    const flat = extremes(Array(50).fill(1), 0, 50, 0.5);
    expect(flat).toEqual([]);
  });
});

describe('classifyDirection', () => {
  it('backward = moving opposite to the facing, from travel or from the stance foot (treadmill)', () => {
    // facing image-right, pelvis travelling image-left, stance foot moving right relative to it
    expect(classifyDirection({ facing: 0.9, travel: -0.4, stance: 0.5, activity: 0.5 }).direction).toBe('backward');
    expect(classifyDirection({ facing: 0.9, travel: 0.4, stance: -0.5, activity: 0.5 }).direction).toBe('forward');
    // treadmill: no travel, the stance foot alone
    expect(classifyDirection({ facing: -0.9, travel: 0, stance: -0.5, activity: 0.4 }).direction).toBe('backward');
    expect(classifyDirection({ facing: 0.9, travel: 0.3, stance: 0, activity: 0.02 }).direction).toBe('standing');
    expect(classifyDirection({ facing: 0, travel: 0.4, stance: -0.5, activity: 0.5 }).direction).toBe('unknown');
  });
  it('the allocation-free label used per frame agrees with classifyDirection everywhere', () => {
    const vals = [-1, -0.5, -0.2, -0.05, 0, 0.05, 0.2, 0.5, 1, NaN];
    for (const facing of vals)
      for (const travel of vals)
        for (const stance of vals)
          for (const activity of [NaN, 0, 0.1, 0.2, 0.8]) {
            expect(directionLabel(facing, travel, stance, activity)).toBe(
              classifyDirection({ facing, travel, stance, activity }).direction,
            );
          }
  });
});

describe('steps and cadence', () => {
  it('step time = time since the other foot’s contact; cadence = 60 / mean step time', () => {
    const ev = [] as Array<{ t_s: number; side: 'left' | 'right'; kind: 'contact' | 'liftoff'; frame: number }>;
    for (let k = 0; k < 10; k++) {
      const t = k * 0.6 + (k % 2 ? 0.02 : 0);
      ev.push({ t_s: t, side: k % 2 ? 'right' : 'left', kind: 'contact', frame: Math.round(t * 30) });
      ev.push({ t_s: t + 0.7, side: k % 2 ? 'right' : 'left', kind: 'liftoff', frame: Math.round((t + 0.7) * 30) });
    }
    ev.sort((a, b) => a.t_s - b.t_s);
    const steps = buildSteps(ev, [{ start: 0, end: 1000, u: 1 }]);
    expect(steps.length).toBe(10);
    expect(steps[0].step_time_s).toBeNull();
    expect(steps[1].step_time_s).toBeCloseTo(0.62, 10);
    expect(steps[2].step_time_s).toBeCloseTo(0.58, 10);
    expect(steps[3].stance_time_s).toBeCloseTo(0.7, 10);
    expect(cadence(steps)).toBeCloseTo(60 / ((5 * 0.62 + 4 * 0.58) / 9), 6);
  });
});

describe('gradeBalance', () => {
  const steady: BalanceInputs = {
    trunkLeanSdDeg: 1.5,
    pelvisSwayPct: 1,
    stepTimeCvPct: 3,
    pathDeviationPct: 1,
    stops: 0,
    stumbles: 0,
    minutes: 2,
    view: 'side',
  };
  it('gives 100 to steady walking and explains', () => {
    const g = gradeBalance(steady);
    expect(g.score).toBe(100);
    expect(Object.keys(g.subscores).sort()).toEqual([
      'path_deviation',
      'pelvis_sway',
      'rhythm_regularity',
      'stumbles_stops',
      'trunk_sway',
    ]);
    expect(g.explanation).toMatch(/Steady/);
  });
  it('names the biggest deduction, and each worse input lowers the grade', () => {
    const g = gradeBalance({ ...steady, trunkLeanSdDeg: 6, stepTimeCvPct: 8 });
    expect(g.subscores.trunk_sway).toBe(33);
    expect(g.explanation).toMatch(/trunk sway/);
    expect(g.score!).toBeLessThan(100);
    const worse = gradeBalance({ ...steady, trunkLeanSdDeg: 6, stepTimeCvPct: 8, stumbles: 3 });
    expect(worse.score!).toBeLessThan(g.score!);
  });
  it('leaves out missing sub-scores and is null with none', () => {
    const g = gradeBalance({ ...steady, stepTimeCvPct: null, pathDeviationPct: null });
    expect(g.subscores.rhythm_regularity).toBeNull();
    expect(g.score).toBe(100);
    const none = gradeBalance({ ...NO_BALANCE_MEASURES, minutes: 0, view: 'unknown' });
    expect(none.score).toBeNull();
  });
});
