/** How knee-past-toe numbers are named, picked and written everywhere (src/shared/display). */
import { describe, expect, it } from 'vitest';
import {
  formatKneePastToe,
  kneePastToeUnit,
  largestStep,
  metricsKneePastToe,
  parseKneePastToe,
  sessionKneePastToe,
  stepKneePastToe,
} from '../../../src/shared/display/knee-past-toe';
import { analyzeSession, type StepRecord } from '../../../src/shared/gait';
import { median } from '../../../src/shared/gait/series';
import { parseKeypointsFile } from '../../../src/shared/pose/keypoints-file';
import { sessionMetrics } from '../../../src/shared/progress';
import { loadFixture } from '../../support/requirements';

const parsed = parseKeypointsFile(loadFixture('sports2d-walk.lightning.json'));
if (!parsed.ok) throw new Error(parsed.error);
const file = parsed.file;

const step = (side: 'left' | 'right', cm: number | null, deg: number | null, t: number | null): StepRecord => ({
  side,
  t_s: 0,
  step_time_s: null,
  stance_time_s: null,
  step_length: null,
  peak_knee_flexion_deg: null,
  peak_knee_past_toe_deg: deg,
  peak_knee_past_toe: cm,
  peak_knee_past_toe_t_s: t,
  knee_past_toe: cm == null ? null : cm > 0,
});

describe('writing a knee-past-toe value', () => {
  it('writes the stored 0.1 precision with its unit and a real minus sign', () => {
    expect(formatKneePastToe(12.3, 'cm')).toBe('12.3 cm');
    expect(formatKneePastToe(-4, 'cm')).toBe('−4.0 cm');
    expect(formatKneePastToe(23.45, 'deg')).toBe('23.4°'); // toFixed: what the stored value rounds to
    expect(formatKneePastToe(-0.04, 'deg')).toBe('0.0°'); // no "−0.0"
    expect(formatKneePastToe(null, 'cm')).toBe('—');
    expect(formatKneePastToe(Number.NaN, 'deg')).toBe('—');
  });

  it('reads back the number it wrote', () => {
    for (const [v, u] of [
      [12.3, 'cm'],
      [-4, 'cm'],
      [31.2, 'deg'],
      [0, 'deg'],
    ] as const) {
      expect(parseKneePastToe(formatKneePastToe(v, u))).toBe(v);
    }
    expect(parseKneePastToe('—')).toBeNaN();
  });

  it('writes a distance in inches in imperial (cm / 2.54 to 0.1) and keeps degrees', () => {
    expect(formatKneePastToe(12.3, 'cm', 'imperial')).toBe('4.8 in'); // 4.843 in
    expect(formatKneePastToe(-4, 'cm', 'imperial')).toBe('−1.6 in'); // −1.575 in
    expect(formatKneePastToe(0.1, 'cm', 'imperial')).toBe('0.0 in'); // 0.039 in
    expect(formatKneePastToe(-0.1, 'cm', 'imperial')).toBe('0.0 in'); // no "−0.0"
    expect(formatKneePastToe(23.45, 'deg', 'imperial')).toBe('23.4°');
    expect(formatKneePastToe(null, 'cm', 'imperial')).toBe('—');
    expect(formatKneePastToe(12.3, 'cm', 'metric')).toBe('12.3 cm');
    expect(parseKneePastToe(formatKneePastToe(12.3, 'cm', 'imperial'))).toBe(4.8);
    expect(parseKneePastToe('−1.6 in')).toBe(-1.6);
  });
});

describe("the session's value and a step's, on a real walk", () => {
  for (const heightCm of [165, null]) {
    it(`are the stored numbers, in ${heightCm ? 'cm' : 'degrees'} ${heightCm ? 'with' : 'without'} a height`, () => {
      const a = analyzeSession(file, { heightCm });
      const unit = kneePastToeUnit(a);
      expect(unit).toBe(heightCm ? 'cm' : 'deg');
      for (const side of ['left', 'right'] as const) {
        const stored = heightCm ? a.knee_past_toe.peak[side] : a.knee_past_toe.peak_angle_deg[side];
        expect(sessionKneePastToe(a, side)).toBe(stored);
        // the typical step is the median of the steps' values as the step table shows them
        const steps = a.step_list
          .filter((s) => s.side === side)
          .map((s) => stepKneePastToe(s, unit))
          .filter((v): v is number => v !== null);
        expect(steps.length).toBeGreaterThan(1);
        expect(sessionKneePastToe(a, side)).toBeCloseTo(median(steps), 1);
        // progress's number, as the sessions list shows it, is the same one
        const listed = metricsKneePastToe(sessionMetrics(a, heightCm), heightCm);
        expect(listed.unit).toBe(unit);
        expect(listed[side]).toBe(stored);
      }
    });
  }

  it('a distance is never shown in shank lengths: degrees when the analysis has no cm', () => {
    const a = analyzeSession(file, {});
    expect(sessionKneePastToe(a, 'left', 'cm')).toBeNull();
  });
});

describe("each leg's largest step", () => {
  it('is the largest value of the table (the first on a tie), at its peak time; steps without one are skipped', () => {
    const steps = [
      step('left', 3, 10, 1.0),
      step('right', 9, 30, 1.5),
      step('left', 7.5, 20, 2.0),
      step('left', 7.5, 21, 3.0),
      step('left', 12, 40, null),
      step('left', null, null, null),
    ];
    expect(largestStep(steps, 'left', 'cm')).toEqual({ index: 2, value: 7.5, timeS: 2.0 });
    expect(largestStep(steps, 'left', 'deg')).toEqual({ index: 3, value: 21, timeS: 3.0 });
    expect(largestStep(steps, 'right', 'cm')).toEqual({ index: 1, value: 9, timeS: 1.5 });
    expect(largestStep([step('left', null, null, null)], 'left', 'cm')).toBeNull();
  });
});
