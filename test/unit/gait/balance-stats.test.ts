/**
 * The balance events with answers worked out by hand: each threshold (constants.ts) sits between a
 * case that must count and one that must not, so moving a threshold fails a test.
 */
import { describe, expect, it } from 'vitest';
import { catchSteps, rhythmStops, standingSpells, trunkJerks } from '../../../src/shared/gait/balance-stats';
import { alternatingSteps } from '../../support/step-timings';

const walk = (extra: number[]) => {
  const times = [...Array(10).fill(0.6), ...extra];
  return { steps: alternatingSteps(times, 18), times };
};

describe('rhythm stops and catch steps (median step 0.6 s)', () => {
  it('a step of 1.2 s (2 × the median) is a stop; 1.0 s (1.67 ×) is not; over 2 s is a pause, not a step', () => {
    for (const [extra, stops] of [
      [[1.2], 1],
      [[1.0], 0],
      [[1.2, 1.15], 2],
      [[2.4], 0],
    ] as const) {
      const w = walk([...extra]);
      expect(rhythmStops(w.steps, w.times), extra.join(',')).toBe(stops);
    }
  });
  it('a step of 0.3 s (0.5 × the median) is a catch step; 0.36 s (0.6 ×) is not', () => {
    for (const [extra, stumbles] of [
      [[0.3], 1],
      [[0.36], 0],
      [[0.3, 0.31], 2],
    ] as const) {
      const w = walk([...extra]);
      expect(catchSteps(w.steps, w.times), extra.join(',')).toBe(stumbles);
    }
  });
  it('needs four step times to judge', () => {
    const steps = alternatingSteps([0.6, 0.6, 2.0], 18);
    expect(rhythmStops(steps, [0.6, 0.6, 2.0])).toBe(0);
  });
});

describe('standing spells between walks', () => {
  const t = Array.from({ length: 900 }, (_, i) => i / 30);
  const runs = (standFrames: number) => [
    { label: 'backward' as const, start: 0, end: 300 },
    { label: 'standing' as const, start: 300, end: 300 + standFrames },
    { label: 'backward' as const, start: 300 + standFrames, end: 900 },
  ];
  it('4 s of standing between two walks is a stop; 6 s is the end of one walk and the start of another', () => {
    expect(standingSpells(runs(120), t, 900)).toBe(1);
    expect(standingSpells(runs(180), t, 900)).toBe(0);
  });
  it('standing at the start or the end is not a stop', () => {
    expect(
      standingSpells(
        [
          { label: 'standing', start: 0, end: 60 },
          { label: 'backward', start: 60, end: 900 },
        ],
        t,
        900,
      ),
    ).toBe(0);
  });
});

describe('trunk jerks', () => {
  const fs = 30,
    n = 600;
  const t = Float64Array.from({ length: n }, (_, i) => i / fs);
  // a steady sway: 3° at 0.5 Hz (rate ≤ 9.4°/s), plus one jump of `jump` degrees over 2 frames at frame 300
  const lean = (jump: number, wobble = 0) =>
    Float64Array.from(
      { length: n },
      (_, i) =>
        3 * Math.sin((Math.PI * i) / fs) + wobble * Math.sin((2 * Math.PI * 2.2 * i) / fs) + (i >= 300 ? jump : 0),
    );
  const parts = [{ start: 0, end: n }];
  it('a lean rate of ~150°/s is a jerk; ~60°/s is not (the floor is 90°/s)', () => {
    expect(trunkJerks(lean(10), t, parts, n)).toBe(1); // 10° over 2/30 s: 150°/s at the jump
    expect(trunkJerks(lean(4), t, parts, n)).toBe(0); // 60°/s
  });
  it('a walker whose trunk always moves a lot needs a larger jerk: 6 robust SDs', () => {
    // wobble of 2.5° at 2.2 Hz: rates up to ~35°/s, robust SD ~ 24°/s → threshold ~145°/s
    expect(trunkJerks(lean(8, 2.5), t, parts, n)).toBe(0); // ~120°/s
    expect(trunkJerks(lean(14, 2.5), t, parts, n)).toBe(1); // ~210°/s
  });
  it('a jerk lasting several frames is counted once', () => {
    const l = lean(0);
    for (let i = 300; i < 306; i++) l[i] += (i % 2 ? 1 : -1) * 8; // a shake of 6 frames (0.2 s)
    expect(trunkJerks(l, t, parts, n)).toBe(1);
  });
});
