/**
 * Reading a stored analysis into the numbers progress follows (docs/metrics.md, "Progress over
 * time"), on hand-written analyses: a peak in cm as analysed; in shank lengths × 0.246 × the
 * session's height, to 0.1 cm, and null without a height; the time walked backward = the sum of the
 * backward segments' lengths, to 0.01 s; a missing or non-numeric field gives null (0 for steps).
 */
import { describe, expect, it } from 'vitest';
import type { GaitAnalysis } from '../../../src/shared/gait';
import { sessionMetrics } from '../../../src/shared/progress';

/** A stored analysis with only the given sections (older versions may lack any of them). */
const stored = (sections: Record<string, unknown>) => sections as unknown as GaitAnalysis;
const kpt = (unit: unknown, left: unknown, right: unknown = null) => ({
  knee_past_toe: { unit, peak: { left, right }, peak_angle_deg: { left: 12.5, right: null } },
});

describe('knee past toes in cm', () => {
  it('shank lengths × 0.246 × the height: 0.5 shank at 160 cm is 19.7 cm', () => {
    expect(sessionMetrics(stored(kpt('shank', 0.5, -0.1)), 160).peakKneePastToeCm).toEqual({ left: 19.7, right: -3.9 });
  });
  it('no height, a height of 0 or less: no cm', () => {
    for (const height of [null, 0, -170])
      expect(sessionMetrics(stored(kpt('shank', 0.5)), height).peakKneePastToeCm.left).toBeNull();
  });
  it('already in cm: as analysed, with or without a height now', () => {
    expect(sessionMetrics(stored(kpt('cm', 7.3)), null).peakKneePastToeCm.left).toBe(7.3);
    expect(sessionMetrics(stored(kpt('cm', 7.3)), 150).peakKneePastToeCm.left).toBe(7.3);
  });
  it('an unknown unit, a missing or non-numeric peak: null', () => {
    expect(sessionMetrics(stored(kpt(undefined, 0.5)), 160).peakKneePastToeCm.left).toBeNull();
    expect(sessionMetrics(stored(kpt('inch', 0.5)), 160).peakKneePastToeCm.left).toBeNull();
    expect(sessionMetrics(stored(kpt('shank', '0.5')), 160).peakKneePastToeCm.left).toBeNull();
    expect(sessionMetrics(stored(kpt('cm', Infinity)), 160).peakKneePastToeCm.left).toBeNull();
    expect(sessionMetrics(stored({}), 160).peakKneePastToeCm).toEqual({ left: null, right: null });
  });
  it('the angle needs no height', () => {
    expect(sessionMetrics(stored(kpt('shank', 0.5)), null).peakKneePastToeDeg).toEqual({ left: 12.5, right: null });
  });
});

describe('time walked backward', () => {
  it('the sum of the backward segments only, to 0.01 s', () => {
    const segments = [
      { direction: 'backward', start_s: 1, end_s: 3.5 },
      { direction: 'forward', start_s: 3.5, end_s: 5 },
      { direction: 'standing', start_s: 5, end_s: 6 },
      { direction: 'backward', start_s: 9, end_s: 10.333 },
    ];
    expect(sessionMetrics(stored({ segments }), null).backwardS).toBe(3.83);
  });
  it('a segment that ends before it starts adds nothing', () => {
    const segments = [
      { direction: 'backward', start_s: 8, end_s: 7 },
      { direction: 'backward', start_s: 1, end_s: 2 },
    ];
    expect(sessionMetrics(stored({ segments }), null).backwardS).toBe(1);
  });
  it('no segments: 0 s', () => {
    expect(sessionMetrics(stored({}), null).backwardS).toBe(0);
  });
});

describe('the other numbers', () => {
  it('are read as they are, null when missing or not finite numbers; steps 0 when missing', () => {
    const a = stored({
      cadence_spm: 98.4,
      symmetry: { step_time_si_pct: -2.5 },
      balance: { score: 71 },
      knee: { rom_deg: { left: 55, right: 'x' } },
      steps: { count: 14 },
    });
    expect(sessionMetrics(a, null)).toMatchObject({
      cadenceSpm: 98.4,
      stepTimeSiPct: -2.5,
      balanceScore: 71,
      kneeRomDeg: { left: 55, right: null },
      steps: 14,
    });
    const b = stored({ cadence_spm: NaN, balance: { score: null }, steps: { count: '14' } });
    expect(sessionMetrics(b, null)).toMatchObject({
      cadenceSpm: null,
      balanceScore: null,
      stepTimeSiPct: null,
      steps: 0,
    });
  });
});
