/**
 * One definition, one value: a leg's headline knee-past-toe peak is the median of its
 * steps' stance peaks, computed from exactly the values the step table shows; a step's peak lies in
 * that foot's stance, on a frame where the leg was confident; no stance, no peak.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSession, analyzeSessionDetailed, type GaitAnalysis, type Side } from '../../../src/shared/gait';
import { sessionFrameMetrics } from '../../../src/shared/export';
import { synthesizeGait } from '../../support/synthetic-gait';
import { loadFixture } from '../../support/requirements';

const median = (xs: number[]) => {
  const a = [...xs].sort((x, y) => x - y),
    m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
const round = (x: number, unit: 'cm' | 'shank') =>
  unit === 'cm' ? Math.round(x * 10) / 10 : Math.round(x * 100) / 100;

function expectHeadlineIsMedianOfSteps(a: GaitAnalysis) {
  for (const side of ['left', 'right'] as Side[]) {
    const own = a.step_list.filter((s) => s.side === side);
    const dist = own.map((s) => s.peak_knee_past_toe).filter((v): v is number => v != null);
    const deg = own.map((s) => s.peak_knee_past_toe_deg).filter((v): v is number => v != null);
    expect(dist.length).toBeGreaterThan(0);
    expect(a.knee_past_toe.peak[side]).toBe(round(median(dist), a.knee_past_toe.unit));
    expect(a.knee_past_toe.peak_angle_deg[side]).toBe(Math.round(median(deg) * 10) / 10);
  }
}

describe('headline knee-past-toe peaks', () => {
  it('synthetic walk: the median of the step table, in cm, within 1 cm of the truth per step', () => {
    const { input, truth } = synthesizeGait({
      segments: [{ mode: 'backward', duration_s: 12 }],
      noisePx: 1,
      seed: 3,
      kneePeakDeg: 65,
    });
    const { analysis: a, series } = analyzeSessionDetailed(input, { heightCm: truth.statureCm });
    expect(a.knee_past_toe.unit).toBe('cm');
    expectHeadlineIsMedianOfSteps(a);
    const contacts = a.events.filter((e) => e.kind === 'contact');
    for (const s of a.step_list) {
      if (s.peak_knee_past_toe == null) continue;
      // the peak's frame lies in this foot's stance (its contact → its lift-off), on a measured frame
      const lift = a.events.find((e) => e.kind === 'liftoff' && e.side === s.side && e.t_s > s.t_s);
      expect(s.peak_knee_past_toe_t_s!).toBeGreaterThanOrEqual(s.t_s - 1 / 30);
      expect(s.peak_knee_past_toe_t_s!).toBeLessThanOrEqual(lift!.t_s + 1 / 30);
      const frame = Math.round(s.peak_knee_past_toe_t_s! * 30);
      expect(series!.kneePastToePx[s.side][frame]).not.toBeNaN();
      // truth: the model's largest knee-past-toe distance over the same stance
      const a0 = Math.round(s.t_s * 30),
        a1 = Math.round(lift!.t_s * 30);
      const truthPeak = Math.max(...truth.kneePastToeCm[s.side].slice(a0, a1 + 1));
      expect(Math.abs(s.peak_knee_past_toe - truthPeak)).toBeLessThan(1.5);
    }
    expect(contacts.length).toBe(truth.steps.count);
  });

  it('real walk (sports2d, Lightning): the median of the step table, in shank lengths without a height', () => {
    const file = loadFixture('sports2d-walk.lightning.json');
    const a = analyzeSession(file, {});
    expect(a.knee_past_toe.unit).toBe('shank');
    expectHeadlineIsMedianOfSteps(a);
  });

  it("this frame's number at a step's peak frame is that step's peak (the replay readout and the per-frame CSV)", () => {
    for (const heightCm of [null, 172]) {
      const file = loadFixture('sports2d-walk.thunder.json');
      const a = analyzeSession(file, { heightCm });
      const perFrame = sessionFrameMetrics(file.frames, file, heightCm);
      const withPeaks = a.step_list.filter((s) => s.peak_knee_past_toe != null);
      expect(withPeaks.length).toBeGreaterThanOrEqual(6);
      for (const s of withPeaks) {
        const frame = file.frames.findIndex((f) => Math.abs(f.t / 1000 - s.peak_knee_past_toe_t_s!) < 1e-3);
        const value = perFrame[frame][s.side].kneePastToeDist.value!;
        expect(round(value, a.knee_past_toe.unit), `${s.side} step at ${s.t_s} s`).toBe(s.peak_knee_past_toe);
      }
    }
  });

  it('standing: no stance, no knee-past-toe peak (never a percentile of frames)', () => {
    const { input } = synthesizeGait({ segments: [{ mode: 'standing', duration_s: 6 }], noisePx: 1, seed: 1 });
    const a = analyzeSession(input, { heightCm: 170 });
    expect(a.knee_past_toe.peak).toEqual({ left: null, right: null });
    expect(a.knee_past_toe.peak_angle_deg).toEqual({ left: null, right: null });
  });
});
