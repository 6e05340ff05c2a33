import { describe, expect, it } from 'vitest';
import { analyzeSession, createLiveGaitTracker } from '../../../src/shared/gait';
import { LIVE_STEP_SWING_DEG } from '../../../src/shared/gait/constants';
import { holdSteps, NO_STEPS, stepSampleOf, type StepHold, type StepSample } from '../../../src/shared/gait/live-steps';
import { loadFixture } from '../../support/requirements';

/** A frame where the left leg's angle is `deg` (value = deg / 2, as if in cm) and the right leg is not seen. */
const left = (t_s: number, deg: number | null, over: Partial<StepSample> = {}, confidence = 0.9): StepSample => ({
  t_s,
  walking: true,
  left: { angleDeg: deg, confidence, value: deg === null ? null : deg / 2 },
  right: { angleDeg: null, confidence: 0, value: null },
  ...over,
});

const run = (samples: StepSample[], from: StepHold = NO_STEPS): StepHold[] => {
  const states: StepHold[] = [];
  let s = from;
  for (const sample of samples) states.push((s = holdSteps(s, sample)));
  return states;
};

describe('live steps held per step, not per frame', () => {
  it("a peak followed by a fall of the swing is one step; its peak frame's value is held until the next", () => {
    // rises to 30° at 0.3 s, falls to −20°, rises to 24° at 1.3 s, falls again
    const angles = [0, 10, 20, 30, 25, 16, 10, 0, -20, -10, 0, 10, 20, 24, 20, 9, 0];
    const states = run(angles.map((deg, i) => left(i / 10, deg)));
    const steps = states.map((s) => s.steps);
    // the first step is known once 30 − 15 = 15° is passed (16 is not yet: frame 6 at 10°)
    expect(steps).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]);
    expect(states[6].held.left).toEqual({ value: 15, t_s: 0.3 });
    // held through the frames in between, whatever they show
    expect(states.slice(6, 15).every((s) => s.held.left?.value === 15)).toBe(true);
    expect(states[15].held.left).toEqual({ value: 12, t_s: 1.3 });
    expect(states[15].lastSide).toBe('left');
    expect(states[15].pastToes).toBe(2);
    expect(states[15].held.right).toBeNull();
  });

  it('a step whose knee stayed behind the toes counts as a step, not as past the toes', () => {
    const states = run([-10, -5, -25].map((deg, i) => left(i / 10, deg)));
    expect(states.at(-1)).toMatchObject({ steps: 1, pastToes: 0, held: { left: { value: -2.5, t_s: 0.1 } } });
  });

  it('a wobble smaller than the swing (peak to trough) is no step', () => {
    const wobble = Array.from({ length: 40 }, (_, i) =>
      left(i / 30, 10 + ((LIVE_STEP_SWING_DEG - 1) / 2) * Math.sin(i)),
    );
    expect(run(wobble).at(-1)!.steps).toBe(0);
  });

  it('frames of low confidence, or standing and turning, are skipped', () => {
    const angles = [0, 30, 10, 0];
    expect(run(angles.map((deg, i) => left(i * 0.1, deg, {}, 0.4))).at(-1)).toBe(NO_STEPS);
    expect(run(angles.map((deg, i) => left(i * 0.1, deg, { walking: false }))).at(-1)).toBe(NO_STEPS);
    // a low-confidence dip does not end the step; the confident fall does
    const mixed = [left(0, 30), left(0.1, -30, {}, 0.3), left(0.2, 25), left(0.3, 10)];
    expect(run(mixed).map((s) => s.steps)).toEqual([0, 0, 0, 1]);
  });

  it('both legs count into one step counter, each holding its own value', () => {
    const both = (t_s: number, l: number, r: number): StepSample => ({
      t_s,
      walking: true,
      left: { angleDeg: l, confidence: 0.9, value: l },
      right: { angleDeg: r, confidence: 0.9, value: r },
    });
    const states = run([both(0, 30, -30), both(0.1, 0, 0), both(0.2, -30, 28), both(0.3, 0, 5)]);
    expect(states.at(-1)).toMatchObject({
      steps: 2,
      pastToes: 2,
      lastSide: 'right',
      held: { left: { value: 30, t_s: 0 }, right: { value: 28, t_s: 0.2 } },
    });
  });

  // Measured: sports2d-walk-reversed 8 live / 6 offline (two as she walks into the picture, before
  // the analysed walk), sports2d-walk 7 / 8, pose2sim-balance (standing) 0 / 0.
  for (const name of ['sports2d-walk-reversed', 'sports2d-walk', 'pose2sim-balance']) {
    it(`on real footage (${name}) the live tracker's frames give about the analysis' steps`, () => {
      const input = loadFixture(`${name}.lightning.json`);
      const offline = analyzeSession(input, { heightCm: 170 }).steps.count;
      const tracker = createLiveGaitTracker({ heightCm: 170 });
      let hold = NO_STEPS;
      for (const frame of input.frames) hold = holdSteps(hold, stepSampleOf(tracker.update(frame, input)));
      expect(Math.abs(hold.steps - offline), `live ${hold.steps}, offline ${offline}`).toBeLessThanOrEqual(2);
      if (offline === 0) expect(hold.steps).toBe(0);
      else expect(hold.held.left !== null && hold.held.right !== null).toBe(true);
    });
  }
});
