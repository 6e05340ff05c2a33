/**
 * Properties that must hold whatever the walk (fast-check draws the walk; fixed seed, so the runs
 * are repeatable): mirroring the image swaps the facing but leaves the direction; playing a
 * forward walk backward yields backward walking; scaling the pixels leaves angles and calibrated
 * lengths alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSession, type GaitAnalysis, type SessionInput } from '../../../src/shared/gait';
import { mirrorFrames, reverseFrames, scaleFrames, synthesizeGait } from '../../support/synthetic-gait';

const walk = fc.record({
  mode: fc.constantFrom(
    'forward' as const,
    'backward' as const,
    'treadmill-forward' as const,
    'treadmill-backward' as const,
  ),
  facing: fc.constantFrom('left' as const, 'right' as const),
  cadence: fc.integer({ min: 75, max: 125 }),
  ratio: fc.double({ min: 0.9, max: 1.1, noNaN: true }),
  knee: fc.integer({ min: 50, max: 75 }),
  fps: fc.constantFrom(15, 25, 30, 50, 60),
  noise: fc.double({ min: 0, max: 1.5, noNaN: true }),
  seed: fc.integer({ min: 1, max: 1000 }),
});

type Walk = {
  mode: 'forward' | 'backward' | 'treadmill-forward' | 'treadmill-backward';
  facing: 'left' | 'right';
  cadence: number;
  ratio: number;
  knee: number;
  fps: number;
  noise: number;
  seed: number;
};
const make = (w: Walk) =>
  synthesizeGait({
    segments: [{ mode: w.mode, duration_s: (8 * 120) / w.cadence }],
    facing: w.facing,
    cadence_spm: w.cadence,
    stepTimeRatio: w.ratio,
    kneePeakDeg: w.knee,
    fps: w.fps,
    noisePx: w.noise,
    seed: w.seed,
  });

const opposite = { forward: 'backward', backward: 'forward' } as const;
const params = { seed: 20261125, numRuns: 25 };

/** For each drawn walk, `check` gets the analysis of its frames as made and of the same frames `change`d. */
const asMadeAndChanged = (
  change: (input: SessionInput) => SessionInput,
  check: (w: Walk, made: GaitAnalysis, changed: GaitAnalysis) => void,
): void =>
  fc.assert(
    fc.property(walk, (w) => {
      const { input } = make(w);
      check(w, analyzeSession(input, {}), analyzeSession(change(input), {}));
    }),
    params,
  );

describe('properties', () => {
  it('mirroring the image left↔right swaps the facing and leaves the direction and the steps', () => {
    asMadeAndChanged(mirrorFrames, (_w, a, m) => {
      expect(m.direction).toBe(a.direction);
      expect(m.quality.facing).toBe(a.quality.facing === 'left' ? 'right' : 'left');
      expect(m.steps).toEqual(a.steps);
      expect(m.cadence_spm).toBe(a.cadence_spm);
    });
  });

  it('time-reversing a forward walk yields backward walking (and back)', () => {
    asMadeAndChanged(reverseFrames, (w, a, r) => {
      expect(a.direction).toBe(w.mode.includes('backward') ? 'backward' : 'forward');
      expect(r.direction).toBe(opposite[a.direction as 'forward' | 'backward']);
      // the lift-offs of the walk become the contacts of the reversed clip: one near an edge may
      // come or go, so the count may differ by one
      expect(Math.abs(r.steps.count - a.steps.count)).toBeLessThanOrEqual(1);
      expect(Math.abs(r.cadence_spm! - a.cadence_spm!)).toBeLessThan(1);
    });
  });

  it('scaling the pixels leaves angles, counts and centimetres alone', () => {
    fc.assert(
      fc.property(walk, fc.double({ min: 0.4, max: 3, noNaN: true }), (w, k) => {
        const { input } = make(w);
        const a = analyzeSession(input, { heightCm: 170 });
        const s = analyzeSession(scaleFrames(input, k), { heightCm: 170 });
        expect(s.direction).toBe(a.direction);
        expect(s.steps).toEqual(a.steps);
        for (const side of ['left', 'right'] as const) {
          expect(Math.abs(s.knee.peak_flexion_deg[side]! - a.knee.peak_flexion_deg[side]!)).toBeLessThanOrEqual(0.11);
          expect(Math.abs(s.knee.rom_deg[side]! - a.knee.rom_deg[side]!)).toBeLessThanOrEqual(0.11);
          expect(
            Math.abs(s.knee_past_toe.peak_angle_deg[side]! - a.knee_past_toe.peak_angle_deg[side]!),
          ).toBeLessThanOrEqual(0.11);
          expect(Math.abs(s.knee_past_toe.peak[side]! - a.knee_past_toe.peak[side]!)).toBeLessThanOrEqual(0.11);
        }
      }),
      params,
    );
  });
});
