/**
 * The edges of the per-step rules (docs/metrics.md, "Knee and knee-past-toe summaries", step length,
 * "Symmetry") on a short hand-made walk: each leg's cycles and stances hold exactly its measured ones,
 * a peak of 0 is not past the toes, the double support runs to the other foot's lift-off inclusive,
 * two measured frames make a cycle or a stance and one does not, and a knee-range symmetry needs both
 * legs' cycles. step-values.test.ts covers the rules in the middle of their ranges.
 */
import { describe, expect, it } from 'vitest';
import type { FrameAngles } from '../../../src/shared/gait/frame-angles';
import { stepRecords, stepSummaries, type StepContext } from '../../../src/shared/gait/step-records';
import type { StepTiming } from '../../../src/shared/gait/steps';
import { KP } from '../../../src/shared/pose/keypoints';

const N = 20,
  FS = 10,
  SHANK = 100,
  CM_PER_PX = 0.5;

const series = (f: (i: number) => number) => Float64Array.from({ length: N }, (_, i) => f(i));

/**
 * Left knee (i − 6)²: over the cycle 2–11 from 16 down to 0 (frame 6) and up to 25 (frame 11).
 * Right knee i (0–19). Knee past toes (px): left i, right −i; degrees half of it.
 */
function angles(): FrameAngles {
  return {
    knee: { left: series((i) => (i - 6) ** 2), right: series((i) => i) },
    kneePastToePx: { left: series((i) => i), right: series((i) => -i) },
    kneePastToeDeg: { left: series((i) => i / 2), right: series((i) => -i / 2) },
    trunkLeanDeg: new Float64Array(N),
  };
}

/** Both ankles confident in every frame, 200 px apart. */
function context(): StepContext {
  const d = new Float64Array(N * 51).fill(NaN);
  const mask = new Uint8Array(N * 17);
  for (let i = 0; i < N; i++) {
    d[i * 51 + KP.leftAnkle * 3] = 100;
    d[i * 51 + KP.rightAnkle * 3] = 300;
    mask[i * 17 + KP.leftAnkle] = 1;
    mask[i * 17 + KP.rightAnkle] = 1;
  }
  return {
    d,
    mask,
    t: Float64Array.from({ length: N }, (_, i) => i / FS),
    angles: angles(),
    shankPx: SHANK,
    cmPerPx: CM_PER_PX,
  };
}

const step = (
  side: 'left' | 'right',
  frame: number,
  liftoffFrame: number,
  nextContactFrame: number,
  otherLiftoffFrame = -1,
): StepTiming => ({
  side,
  t_s: frame / FS,
  frame,
  range: 0,
  inferred: false,
  step_time_s: null,
  stance_time_s: null,
  liftoffFrame,
  nextContactFrame,
  otherLiftoffFrame,
});

/** Left contacts at 2 and 12, right at 7; stances 2–5, 7–10, 12–15; only the left has a whole cycle. */
const walk = (): StepTiming[] => [step('left', 2, 5, 12), step('right', 7, 10, -1), step('left', 12, 15, -1)];

describe('each leg’s cycles and stances', () => {
  it('hold exactly the leg’s measured cycles and stances, in step order', () => {
    const { cycles, stances } = stepRecords(walk(), context());
    // left cycle 2–11: max 25 (frame 11), min 0 (frame 6)
    expect(cycles).toEqual({ left: [{ peak: 25, rom: 25 }], right: [] });
    // each stance's largest knee past toes, in degrees and px (contact → lift-off inclusive)
    expect(stances).toEqual({
      left: [
        { deg: 2.5, px: 5 },
        { deg: 7.5, px: 15 },
      ],
      right: [{ deg: -3.5, px: -7 }],
    });
  });

  it('two measured frames make a stance; one frame makes no cycle', () => {
    // a stance from contact 3 to lift-off 4, and a cycle from contact 3 to the next contact at 4
    const { stepList, stances } = stepRecords([step('left', 3, 4, 4)], context());
    expect(stances.left).toEqual([{ deg: 2, px: 4 }]);
    expect(stepList[0].peak_knee_past_toe).toBe(2); // 4 px × 0.5 cm/px
    expect(stepList[0].peak_knee_flexion_deg).toBeNull();
    // a lift-off in the contact frame itself is one frame: no stance
    expect(stepRecords([step('left', 3, 3, -1)], context()).stances.left).toEqual([]);
  });
});

describe('knee past the toes', () => {
  it('a peak of exactly 0 is not past the toes; a step without a stance says nothing', () => {
    const c = context();
    c.angles.kneePastToePx.left = series((i) => Math.min(0, i - 5)); // reaches 0 at the lift-off, frame 5
    const { stepList } = stepRecords([step('left', 2, 5, -1), step('right', 7, -1, -1)], c);
    expect(stepList[0].peak_knee_past_toe).toBe(0);
    expect(stepList[0].knee_past_toe).toBe(false);
    expect(stepList[1].peak_knee_past_toe).toBeNull();
    expect(stepList[1].knee_past_toe).toBeNull();
  });
});

describe('step length', () => {
  it('the double support runs from the contact to the other foot’s lift-off, both frames included', () => {
    // contact 2, other lift-off 4: ankles 60 px apart at the contact, 100 px at the lift-off, frame 3
    // unseen: median(60, 100) = 80 px = 40 cm
    const c = context();
    c.d[2 * 51 + KP.rightAnkle * 3] = 160;
    c.mask[3 * 17 + KP.leftAnkle] = 0;
    c.d[4 * 51 + KP.rightAnkle * 3] = 200;
    expect(stepRecords([step('left', 2, 5, -1, 4)], c).stepList[0].step_length).toBe(40);
  });
});

describe('knee-range symmetry', () => {
  it('needs cycles on both legs: none when one leg has only its frames’ percentiles', () => {
    const c = context();
    const v = stepRecords(walk(), c);
    const s = stepSummaries(v, c.angles.knee, SHANK, true);
    // right: no cycle, so its frames' 98th − 2nd percentile of 0…19: 18.62 − 0.38
    expect(s.knee.rom_deg.left).toBe(25);
    expect(s.knee.rom_deg.right).toBeCloseTo(18.24, 10);
    expect(s.symmetry.knee_rom_si_pct).toBeNull();
  });
});
