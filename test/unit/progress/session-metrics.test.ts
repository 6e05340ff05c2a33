import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSession, SHANK_PER_HEIGHT, type GaitAnalysis } from '../../../src/shared/gait';
import { sessionMetrics } from '../../../src/shared/progress';
import type { KeypointsFile } from '../../../src/shared/pose/types';
import { loadFixture } from '../../support/requirements';
import { synthesizeGait } from '../../support/synthetic-gait';
import { backwardWithPause } from '../../support/walk-segments';

describe('sessionMetrics', () => {
  const walk = synthesizeGait({ segments: backwardWithPause(8, 4), facing: 'left', cadence_spm: 90, noisePx: 0.5 });

  it('takes the analysis numbers and sums the backward segments', () => {
    const a = analyzeSession(walk.input, { heightCm: 170 });
    const m = sessionMetrics(a, 170);
    const backward = a.segments.filter((s) => s.direction === 'backward').reduce((t, s) => t + s.end_s - s.start_s, 0);
    expect(m.backwardS).toBeCloseTo(backward, 2);
    // two 8-s walks with 0.5-s ramps around the standing spell: about 15 s backward
    expect(m.backwardS).toBeGreaterThan(13);
    expect(m.backwardS).toBeLessThan(17);
    expect(m.steps).toBe(a.steps.count);
    expect(m.cadenceSpm).toBe(a.cadence_spm);
    expect(m.kneeRomDeg).toEqual(a.knee.rom_deg);
    expect(m.peakKneePastToeCm).toEqual(a.knee_past_toe.peak); // analysed in cm already
    expect(m.peakKneePastToeDeg).toEqual(a.knee_past_toe.peak_angle_deg);
    expect(m.stepTimeSiPct).toBe(a.symmetry.step_time_si_pct);
    expect(m.balanceScore).toBe(a.balance.score);
  });

  it('converts shank lengths to cm with the height (0.246 H), and gives null without one', () => {
    const inShanks = analyzeSession(walk.input, {});
    expect(inShanks.knee_past_toe.unit).toBe('shank');
    const cm = sessionMetrics(inShanks, 170);
    for (const side of ['left', 'right'] as const) {
      expect(cm.peakKneePastToeCm[side]).toBeCloseTo(inShanks.knee_past_toe.peak[side]! * SHANK_PER_HEIGHT * 170, 1);
    }
    // the same walk analysed with the height agrees to the rounding of the shank figure (0.01 shank ≈ 0.4 cm)
    const direct = analyzeSession(walk.input, { heightCm: 170 });
    expect(Math.abs(cm.peakKneePastToeCm.left! - direct.knee_past_toe.peak.left!)).toBeLessThan(0.5);
    const none = sessionMetrics(inShanks, null);
    expect(none.peakKneePastToeCm).toEqual({ left: null, right: null });
    expect(none.peakKneePastToeDeg).toEqual(inShanks.knee_past_toe.peak_angle_deg);
  });

  it('gives nulls and 0 s for an analysis without walking or with missing fields', () => {
    const empty = analyzeSession({ fps: 30, width: 640, height: 480, frames: [] }, {});
    const m = sessionMetrics(empty, 170);
    expect(m).toMatchObject({
      cadenceSpm: null,
      backwardS: 0,
      steps: 0,
      peakKneePastToeCm: { left: null, right: null },
    });
    // an analysis stored by an older version lacking sections must not throw
    expect(sessionMetrics({ segments: [] } as unknown as GaitAnalysis, 170).backwardS).toBe(0);
  });
});

describe('sessionMetrics on real footage (test/fixtures/keypoints)', () => {
  let reversed: KeypointsFile;
  let forward: KeypointsFile;
  let balance: KeypointsFile;
  beforeAll(() => {
    reversed = loadFixture('sports2d-walk-reversed.lightning.json');
    forward = loadFixture('sports2d-walk.thunder.json');
    balance = loadFixture('pose2sim-balance.lightning.json');
  });

  const plausibleWalk = (m: ReturnType<typeof sessionMetrics>) => {
    // eye count: 96–98 steps/min
    expect(m.cadenceSpm).toBeGreaterThan(90);
    expect(m.cadenceSpm).toBeLessThan(105);
    for (const side of ['left', 'right'] as const) {
      // a walking knee's range; a knee near the toes (within a forefoot or two), not 30 cm beyond
      expect(m.kneeRomDeg[side]).toBeGreaterThan(40);
      expect(m.kneeRomDeg[side]).toBeLessThan(90);
      expect(Math.abs(m.peakKneePastToeCm[side]!)).toBeLessThan(25);
      expect(Math.abs(m.peakKneePastToeDeg[side]!)).toBeLessThan(40);
    }
    expect(Math.abs(m.stepTimeSiPct!)).toBeLessThan(10); // she walks evenly
  };

  it('the walk played backward: ~4 s walked backward (she is tracked in frames 54–179 of 230)', () => {
    const m = sessionMetrics(analyzeSession(reversed, {}), 165);
    expect(m.backwardS).toBeGreaterThan(2.5);
    expect(m.backwardS).toBeLessThan(7.7);
    expect(m.steps).toBeGreaterThanOrEqual(6);
    plausibleWalk(m);
  });

  it('the forward walk: the same numbers, and no time walked backward', () => {
    const m = sessionMetrics(analyzeSession(forward, {}), 165);
    expect(m.backwardS).toBe(0);
    plausibleWalk(m);
  });

  it('balancing on one leg: no steps, no cadence, no backward time, a balance grade', () => {
    const m = sessionMetrics(analyzeSession(balance, {}), 180);
    expect(m).toMatchObject({ steps: 0, cadenceSpm: null, backwardS: 0 });
    expect(m.balanceScore).not.toBeNull();
  });
});
