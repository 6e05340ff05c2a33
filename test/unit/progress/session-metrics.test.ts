import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSession, SHANK_PER_HEIGHT, type GaitAnalysis } from '../../../src/shared/gait';
import { sessionMetrics } from '../../../src/shared/progress';
import type { KeypointsFile } from '../../../src/shared/pose/types';
import { synthesizeGait } from '../../support/synthetic-gait';

describe('sessionMetrics', () => {
  const walk = synthesizeGait({
    segments: [{ mode: 'backward', duration_s: 8 }, { mode: 'standing', duration_s: 4 }, { mode: 'backward', duration_s: 8 }],
    facing: 'left', cadence_spm: 90, noisePx: 0.5,
  });

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
    expect(m).toMatchObject({ cadenceSpm: null, backwardS: 0, steps: 0, peakKneePastToeCm: { left: null, right: null } });
    // an analysis stored by an older version lacking sections must not throw
    expect(sessionMetrics({ segments: [] } as unknown as GaitAnalysis, 170).backwardS).toBe(0);
  });
});

const fixture = resolve(__dirname, '../../fixtures/keypoints/sports2d-walk-reversed.lightning.json');
describe.skipIf(!existsSync(fixture))('sessionMetrics on real footage (the walk played backward)', () => {
  it('gives plausible numbers for a woman walking "backward" across the picture', () => {
    const file = JSON.parse(readFileSync(fixture, 'utf8')) as KeypointsFile;
    const a = analyzeSession(file, {});
    const m = sessionMetrics(a, 165);
    // she is tracked in frames 54–179 (4.2 s) of 230 at 30 fps
    expect(m.backwardS).toBeGreaterThan(2.5);
    expect(m.backwardS).toBeLessThan(7.7);
    expect(m.cadenceSpm).toBeGreaterThan(85);
    expect(m.cadenceSpm).toBeLessThan(110);
    for (const side of ['left', 'right'] as const) {
      // a walking knee's range, and a knee near (not 30 cm beyond) the toes in normal walking
      if (m.kneeRomDeg[side] != null) expect(m.kneeRomDeg[side]).toBeGreaterThan(20);
      if (m.kneeRomDeg[side] != null) expect(m.kneeRomDeg[side]).toBeLessThan(90);
      if (m.peakKneePastToeCm[side] != null) expect(Math.abs(m.peakKneePastToeCm[side]!)).toBeLessThan(25);
    }
    expect(m.kneeRomDeg.left ?? m.kneeRomDeg.right).not.toBeNull();
  });
});
