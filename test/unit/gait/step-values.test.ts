/**
 * Per-step values and the session's summaries of them (docs/metrics.md, "Knee and knee-past-toe
 * summaries", "Symmetry", step length), on hand-made angle series whose answers follow from the
 * definitions: a gait cycle's peak flexion and range (max, max − min over contact → next contact),
 * a stance's knee-past-toe peak (its largest value over contact → lift-off, rounded as shown), a
 * leg's headline (the median of its steps' peaks), step length (the ankles' separation over the
 * double support after the contact, median), symmetry indices (L − R) / (0.5 (L + R)) × 100.
 * A cycle or stance with under 60 % measured frames gives nothing.
 */
import { describe, expect, it } from 'vitest';
import type { FrameAngles } from '../../../src/shared/gait/frame-angles';
import { stepRecords, stepSummaries, type StepContext } from '../../../src/shared/gait/step-records';
import type { StepTiming } from '../../../src/shared/gait/steps';

const N = 120,
  FS = 30,
  SHANK = 100,
  CM_PER_PX = 0.5;
const LEFT_ANKLE = 15,
  RIGHT_ANKLE = 16;
const FOREFOOT_SHANKS = (0.75 * 0.152) / 0.246; // Winter: forefoot 0.114 H over shank 0.246 H

const series = (f: (i: number) => number) => Float64Array.from({ length: N }, (_, i) => f(i));
/**
 * Left knee: a hump 5° → 60° (frame 40) → 5° over its cycle 10–70; right knee a triangle 0° → 50°
 * (frame 70) → 0° over 40–100. Knee past toes (px; degrees are half of it): left −10 → +10 over the
 * stance 10–30, −15 → +5 over 70–90; right −2 → −22 over 40–60, a flat 8 over 100–118.
 */
function angles(): FrameAngles {
  return {
    knee: {
      left: series((i) => 5 + 55 * Math.sin((Math.PI * Math.min(Math.max(i - 10, 0), 60)) / 60)),
      right: series((i) => (i < 40 ? 0 : i <= 70 ? ((i - 40) * 50) / 30 : Math.max(0, 50 - ((i - 70) * 50) / 30))),
    },
    kneePastToePx: {
      left: series((i) => (i <= 50 ? i - 20 : i - 85)),
      right: series((i) => (i < 100 ? -(i - 40) - 2 : 8)),
    },
    kneePastToeDeg: {
      left: series((i) => 0.5 * (i <= 50 ? i - 20 : i - 85)),
      right: series((i) => 0.5 * (i < 100 ? -(i - 40) - 2 : 8)),
    },
    trunkLeanDeg: new Float64Array(N),
  };
}
const stepAt = (
  side: 'left' | 'right',
  frame: number,
  liftoffFrame: number,
  nextContactFrame: number,
  otherLiftoffFrame: number,
  step_time_s: number | null,
  inferred = false,
): StepTiming => ({
  side,
  t_s: frame / FS,
  frame,
  range: 0,
  inferred,
  step_time_s,
  stance_time_s: null,
  liftoffFrame,
  nextContactFrame,
  otherLiftoffFrame,
});
const walk = (): StepTiming[] => [
  stepAt('left', 10, 30, 70, 16, null),
  stepAt('right', 40, 60, 100, 46, 1),
  stepAt('left', 70, 90, -1, 76, 1),
  stepAt('right', 100, 118, -1, 106, 1),
];
/** Ankles 80 px apart from each contact to the other foot's lift-off, 200 px apart elsewhere. */
function context(cmPerPx: number | null = CM_PER_PX): StepContext {
  const d = new Float64Array(N * 51).fill(NaN);
  const mask = new Uint8Array(N * 17);
  const doubleSupport = (i: number) => [10, 40, 70, 100].some((c) => i >= c && i <= c + 6);
  for (let i = 0; i < N; i++) {
    d[i * 51 + LEFT_ANKLE * 3] = 300;
    d[i * 51 + RIGHT_ANKLE * 3] = doubleSupport(i) ? 380 : 500;
    mask[i * 17 + LEFT_ANKLE] = 1;
    mask[i * 17 + RIGHT_ANKLE] = 1;
  }
  return {
    d,
    mask,
    t: Float64Array.from({ length: N }, (_, i) => i / FS),
    angles: angles(),
    shankPx: SHANK,
    cmPerPx,
  };
}

describe('each step’s values', () => {
  it('peak knee flexion over the gait cycle (contact → next contact); none without a next contact', () => {
    const { stepList, cycles } = stepRecords(walk(), context());
    expect(stepList.map((s) => s.peak_knee_flexion_deg)).toEqual([60, 50, null, null]);
    expect(cycles.left).toEqual([{ peak: 60, rom: 55 }]);
    expect(cycles.right).toEqual([{ peak: 50, rom: 50 }]);
  });
  it('knee past toes: the largest over the stance (contact → lift-off, both included), in cm to 0.1', () => {
    const { stepList } = stepRecords(walk(), context());
    // in step order: left 10–30, right 40–60, left 70–90, right 100–118
    expect(stepList.map((s) => s.peak_knee_past_toe)).toEqual([5, -1, 2.5, 4]);
    expect(stepList.map((s) => s.peak_knee_past_toe_deg)).toEqual([5, -1, 2.5, 4]);
    expect(stepList.map((s) => s.knee_past_toe)).toEqual([true, false, true, true]);
    // the frame of the peak: the lift-off frame for the rising ones, the first of a flat stance
    expect(stepList.map((s) => s.peak_knee_past_toe_t_s)).toEqual([30 / FS, 40 / FS, 90 / FS, 100 / FS]);
  });
  it('without a height, distances are in shank lengths to 0.01', () => {
    const { stepList } = stepRecords(walk(), context(null));
    expect(stepList.map((s) => s.peak_knee_past_toe)).toEqual([0.1, -0.02, 0.05, 0.08]);
    expect(stepList.map((s) => s.step_length)).toEqual([null, null, null, null]);
  });
  it('step length: the ankles’ separation from the contact to the other foot’s lift-off (80 px = 40 cm)', () => {
    const { stepList } = stepRecords(walk(), context());
    expect(stepList.map((s) => s.step_length)).toEqual([40, 40, 40, 40]);
  });
  it('step length: only frames with both ankles confident; the contact frame alone without the other lift-off', () => {
    const c = context();
    // frames 11–16 of the first double support: left ankle not confident → only frame 10 is left
    for (let i = 11; i <= 16; i++) c.mask[i * 17 + LEFT_ANKLE] = 0;
    c.d[10 * 51 + RIGHT_ANKLE * 3] = 360; // 60 px at the contact itself
    const steps = walk();
    steps[1] = { ...steps[1], otherLiftoffFrame: -1 };
    c.d[40 * 51 + RIGHT_ANKLE * 3] = 420; // 120 px at the right contact: it alone counts
    const { stepList } = stepRecords(steps, c);
    expect(stepList[0].step_length).toBe(30);
    expect(stepList[1].step_length).toBe(60);
    for (let i = 10; i <= 16; i++) c.mask[i * 17 + RIGHT_ANKLE] = 0;
    expect(stepRecords(steps, c).stepList[0].step_length).toBeNull();
  });
  it('an inferred contact has no step length', () => {
    const steps = walk();
    steps[0] = { ...steps[0], inferred: true };
    expect(stepRecords(steps, context()).stepList[0].step_length).toBeNull();
  });
  it('a stance or cycle measured on under 60 % of its frames gives nothing; 60 % is enough', () => {
    // the first stance is frames 10–30 (21 frames): 13 measured (≥ 12.6) is enough, 12 is not
    const c = context();
    for (let i = 11; i < 19; i++) c.angles.kneePastToePx.left[i] = NaN; // 8 gone, 13 left
    expect(stepRecords(walk(), c).stepList[0].peak_knee_past_toe).toBe(5);
    c.angles.kneePastToePx.left[19] = NaN; // 12 left
    const { stepList, stances } = stepRecords(walk(), c);
    expect(stepList[0].peak_knee_past_toe).toBeNull();
    expect(stepList[0].peak_knee_past_toe_deg).toBeNull();
    expect(stances.left).toHaveLength(1); // only the second stance
    // the first cycle is frames 10–69 (60 frames): 36 measured is enough, 35 is not
    for (let i = 10; i < 34; i++) c.angles.knee.left[i] = NaN;
    expect(stepRecords(walk(), c).stepList[0].peak_knee_flexion_deg).toBe(60);
    c.angles.knee.left[34] = NaN;
    expect(stepRecords(walk(), c).stepList[0].peak_knee_flexion_deg).toBeNull();
  });
  it('times pass through', () => {
    const { stepList } = stepRecords(walk(), context());
    expect(stepList.map((s) => [s.side, s.t_s, s.step_time_s])).toEqual([
      ['left', 10 / FS, null],
      ['right', 40 / FS, 1],
      ['left', 70 / FS, 1],
      ['right', 100 / FS, 1],
    ]);
  });
});

describe('the session’s summaries', () => {
  const summaries = (steps = walk(), c = context(), calibrated = true) =>
    stepSummaries(stepRecords(steps, c), c.angles.knee, SHANK, calibrated);
  it('knee: each leg’s median over its cycles, and the symmetry of the ranges', () => {
    const s = summaries();
    expect(s.knee.peak_flexion_deg).toEqual({ left: 60, right: 50 });
    expect(s.knee.rom_deg).toEqual({ left: 55, right: 50 });
    expect(s.symmetry.knee_rom_si_pct).toBeCloseTo((5 / 52.5) * 100, 10);
  });
  it('knee without cycles (standing): the frames’ 98th percentile, and 98th − 2nd for the range', () => {
    const c = context();
    c.angles.knee.left = series((i) => i); // 0…119: p98 = 0.98 × 119 = 116.62, p2 = 2.38
    const steps = walk().map((s) => ({ ...s, nextContactFrame: -1 }));
    const s = summaries(steps, c);
    expect(s.knee.peak_flexion_deg.left).toBeCloseTo(116.62, 10);
    expect(s.knee.rom_deg.left).toBeCloseTo(116.62 - 2.38, 10);
    expect(s.symmetry.knee_rom_si_pct).toBeNull();
  });
  it('a leg never measured has no knee numbers (null, not NaN)', () => {
    const c = context();
    c.angles.knee.right = new Float64Array(N).fill(NaN);
    const s = summaries(walk(), c);
    expect(s.knee.peak_flexion_deg.right).toBeNull();
    expect(s.knee.rom_deg.right).toBeNull();
  });
  it('knee past toes: the median of the leg’s step peaks; the share of steps past the toes', () => {
    const s = summaries();
    expect(s.knee_past_toe.peak).toEqual({ left: 3.75, right: 1.5 });
    expect(s.knee_past_toe.peak_angle_deg).toEqual({ left: 3.75, right: 1.5 });
    expect(s.knee_past_toe.unit).toBe('cm');
    expect(s.knee_past_toe.steps_past_toe_pct).toBe(75);
    expect(summaries(walk(), context(null), false).knee_past_toe.unit).toBe('shank');
  });
  it('no stance measured: no peak, no share', () => {
    const steps = walk().map((s) => ({ ...s, liftoffFrame: -1 }));
    const s = summaries(steps);
    expect(s.knee_past_toe.peak).toEqual({ left: null, right: null });
    expect(s.knee_past_toe.peak_angle_deg).toEqual({ left: null, right: null });
    expect(s.knee_past_toe.steps_past_toe_pct).toBeNull();
    expect(s.symmetry.peak_knee_past_toe_si_pct).toBeNull();
  });
  it('knee-past-toe symmetry compares the knee’s travel ahead of the ankle (distance + forefoot)', () => {
    // left stances peak at 10 and 5 px, right at −2 and 8 px: medians 0.075 and 0.03 shank
    const l = 0.075 + FOREFOOT_SHANKS,
      r = 0.03 + FOREFOOT_SHANKS;
    expect(summaries().symmetry.peak_knee_past_toe_si_pct).toBeCloseTo(((l - r) / (0.5 * (l + r))) * 100, 10);
  });
  it('step-time and stance-time symmetry from each leg’s mean, after trimming', () => {
    const steps = walk();
    steps[0] = { ...steps[0], stance_time_s: 1.0 };
    steps[1] = { ...steps[1], step_time_s: 0.5, stance_time_s: 0.8 };
    steps[2] = { ...steps[2], step_time_s: 0.6, stance_time_s: 0.9 };
    steps[3] = { ...steps[3], step_time_s: 0.5, stance_time_s: 0.8 };
    const s = summaries(steps);
    // step times: left 0.6 (the first step has none), right 0.5 → SI = 0.1 / 0.55 × 100
    expect(s.symmetry.step_time_si_pct).toBeCloseTo((0.1 / 0.55) * 100, 10);
    // stance times: left mean 0.95, right 0.8
    expect(s.symmetry.stance_time_si_pct).toBeCloseTo((0.15 / 0.875) * 100, 10);
  });
  it('each leg’s times are trimmed to [0.5, 1.8] × that leg’s median before the mean', () => {
    // right step times 0.5, 0.5 and a 1.0-s pause (2 × the median): the pause is left out
    const steps = [...walk(), stepAt('right', 110, -1, -1, -1, 1.0)];
    steps[1] = { ...steps[1], step_time_s: 0.5 };
    steps[2] = { ...steps[2], step_time_s: 0.55 };
    steps[3] = { ...steps[3], step_time_s: 0.5 };
    expect(summaries(steps).symmetry.step_time_si_pct).toBeCloseTo((0.05 / 0.525) * 100, 10);
  });
  it('step-length symmetry only with a height', () => {
    expect(summaries().symmetry.step_length_si_pct).toBe(0);
    expect(summaries(walk(), context(null), false).symmetry.step_length_si_pct).toBeNull();
  });
});
