/**
 * The stop and stumble rules of the balance grade (docs/metrics.md, "Balance grade"), each answer
 * worked out by hand from the definition: a stop is a step time > 1.8 × the median (a step: ≤ 2 s)
 * or a standing spell < 5 s between two walking spells; a stumble is a step time < 0.55 × the median
 * or a trunk lean rate beyond max(90°/s, 6 robust SDs) from its median, counted once per 0.5 s.
 * Inputs sit on both sides of each threshold, so a moved threshold or a flipped comparison fails.
 */
import { describe, expect, it } from 'vitest';
import { catchSteps, rhythmStops, standingSpells, trunkJerks } from '../../../src/shared/gait/balance-stats';
import type { WalkDirection } from '../../../src/shared/gait';
import { alternatingSteps } from '../../support/step-timings';

/** What `rule` counts in steps with these step times, given them as balanceStats does (nulls left out). */
const countIn = (rule: typeof rhythmStops, times: ReadonlyArray<number | null>): number =>
  rule(
    alternatingSteps(times, 20),
    times.filter((x): x is number => x != null),
  );
const regular = (count: number, time: number): number[] => Array<number>(count).fill(time);

/** Step times, what the rule counts in them, and why (each worked out from the rule by hand). */
type Case = [why: string, times: ReadonlyArray<number | null>, count: number];

describe('stops in the rhythm: a step time > 1.8 × the median', () => {
  it.each<Case>([
    [
      'of a 1.7 × and a 1.9 × step (median 0.6 s), only the 1.9 × one is a stop',
      [...regular(10, 0.6), 1.7 * 0.6, 1.9 * 0.6],
      1,
    ],
    ['a step of exactly 1.8 × 0.5 s = 0.9 s is not a stop (the rule is "more than")', [...regular(8, 0.5), 0.9], 0],
    ['a step of exactly 2 s is still a step, so a stop', [...regular(8, 0.6), 2.0], 1],
    ['2.01 s is a pause, not a step', [...regular(8, 0.6), 2.01], 0],
    ['four step times are enough to judge: [0.6, 0.6, 0.6, 1.2] has one stop', [0.6, 0.6, 0.6, 1.2], 1],
    // median of [0.5 × 5, 1.0 × 3] is 0.5, so every 1.0-s step (2 ×) is a stop
    ['three long steps among five short ones do not raise the median', [...regular(5, 0.5), 1.0, 1.0, 1.0], 3],
  ])('%s', (_, times, count) => expect(countIn(rhythmStops, times)).toBe(count));
});

describe('catch steps: a step time < 0.55 × the median', () => {
  it.each<Case>([
    [
      'of a 0.5 × and a 0.6 × step (median 0.6 s), only the 0.5 × one is a stumble',
      [...regular(10, 0.6), 0.5 * 0.6, 0.6 * 0.6],
      1,
    ],
    [
      'a step of exactly 0.55 × 0.5 s = 0.275 s is not a stumble (the rule is "less than")',
      [...regular(8, 0.5), 0.275],
      0,
    ],
    ['a step without a step time (the first of a walk) is no stumble', [null, ...regular(8, 0.6)], 0],
    ['four step times are enough to judge', [0.6, 0.6, 0.6, 0.2], 1],
    ['three are not', [0.6, 0.6, 0.2], 0],
  ])('%s', (_, times, count) => expect(countIn(catchSteps, times)).toBe(count));
});

describe('standing spells between two walking spells: a stop when shorter than 5 s', () => {
  // 32 frames a second: frame times are exact binary fractions, so 160 frames are exactly 5 s
  const fs = 32,
    n = 1200;
  const t = Float64Array.from({ length: n }, (_, i) => i / fs);
  const spell = (before: WalkDirection, middle: WalkDirection, after: WalkDirection, frames: number) => [
    { label: before, start: 0, end: 400 },
    { label: middle, start: 400, end: 400 + frames },
    { label: after, start: 400 + frames, end: n },
  ];
  it('4.97 s of standing between walks is a stop; exactly 5 s is not', () => {
    expect(standingSpells(spell('backward', 'standing', 'backward', 159), t, n)).toBe(1);
    expect(standingSpells(spell('backward', 'standing', 'backward', 160), t, n)).toBe(0);
  });
  it('forward walking counts as walking on either side, and a walk may change direction over the stop', () => {
    expect(standingSpells(spell('forward', 'standing', 'forward', 64), t, n)).toBe(1);
    expect(standingSpells(spell('forward', 'standing', 'backward', 64), t, n)).toBe(1);
  });
  it('a turn or an unknown stretch on either side is not walking; an unknown spell is not standing', () => {
    expect(standingSpells(spell('turning', 'standing', 'backward', 64), t, n)).toBe(0);
    expect(standingSpells(spell('backward', 'standing', 'unknown', 64), t, n)).toBe(0);
    expect(standingSpells(spell('backward', 'unknown', 'backward', 64), t, n)).toBe(0);
  });
  it('two short spells in one session are two stops', () => {
    const runs = [
      { label: 'backward' as const, start: 0, end: 300 },
      { label: 'standing' as const, start: 300, end: 364 },
      { label: 'backward' as const, start: 364, end: 700 },
      { label: 'standing' as const, start: 700, end: 764 },
      { label: 'forward' as const, start: 764, end: n },
    ];
    expect(standingSpells(runs, t, n)).toBe(2);
  });
});

/**
 * A trunk lean series whose centred lean rates, (lean[i+1] − lean[i−1]) / (2 / fs), are exactly
 * `rates` (°/s): built from them by lean[i+1] = lean[i−1] + 2 rate[i] / fs.
 */
function leanWithRates(rates: readonly number[], fs: number): Float64Array {
  const lean = new Float64Array(rates.length);
  for (let i = 1; i + 1 < rates.length; i++) lean[i + 1] = lean[i - 1] + (2 * rates[i]) / fs;
  return lean;
}

describe('trunk jerks: a lean rate beyond max(90°/s, 6 robust SDs) from its median', () => {
  const fs = 32,
    n = 640;
  const t = Float64Array.from({ length: n }, (_, i) => i / fs);
  const whole = [{ start: 0, end: n }];
  /** A quiet trunk (rate 0) with a jerk of `rate` °/s at frame 320. */
  const quietWith = (rate: number) =>
    leanWithRates(
      Array.from({ length: n }, (_, i) => (i === 320 ? rate : 0)),
      fs,
    );

  it('on a quiet trunk a jerk of 100°/s is one stumble and one of 80°/s none', () => {
    expect(trunkJerks(quietWith(100), t, whole, n)).toBe(1);
    expect(trunkJerks(quietWith(80), t, whole, n)).toBe(0);
  });
  it('a jerk backward (−100°/s) counts as well as one forward', () => {
    expect(trunkJerks(quietWith(-100), t, whole, n)).toBe(1);
  });
  it('the rate is measured from its median: a trunk leaning steadily at 50°/s jerks at 150°/s, not at 130°/s', () => {
    const drift = (jerk: number) =>
      leanWithRates(
        Array.from({ length: n }, (_, i) => (i === 320 ? jerk : 50)),
        fs,
      );
    expect(trunkJerks(drift(150), t, whole, n)).toBe(1);
    expect(trunkJerks(drift(130), t, whole, n)).toBe(0);
  });
  it('a busy trunk needs 6 robust SDs: rates of +20, 0, −20°/s in turn give a MAD of 20, a threshold of 178°/s', () => {
    // median 0; the absolute deviations are 20 on two frames in three and 0 on the third: MAD 20,
    // robust SD 1.4826 × 20 = 29.65°/s, 6 of them 177.9°/s (over the 90°/s floor)
    const busy = (jerk: number) =>
      leanWithRates(
        Array.from({ length: n }, (_, i) => (i === 320 ? jerk : [20, 0, -20][i % 3])),
        fs,
      );
    expect(trunkJerks(busy(150), t, whole, n)).toBe(0);
    expect(trunkJerks(busy(170), t, whole, n)).toBe(0);
    expect(trunkJerks(busy(190), t, whole, n)).toBe(1);
  });
  it('jerks 0.25 s apart are one stumble; 0.75 s apart, two', () => {
    const twoJerks = (gapFrames: number) =>
      leanWithRates(
        Array.from({ length: n }, (_, i) => (i === 200 || i === 200 + gapFrames ? 120 : 0)),
        fs,
      );
    expect(trunkJerks(twoJerks(8), t, whole, n)).toBe(1);
    expect(trunkJerks(twoJerks(24), t, whole, n)).toBe(2);
  });
  it('a shake that stays beyond the threshold for 1 s is one stumble (counted from its last jerking frame)', () => {
    const shake = leanWithRates(
      Array.from({ length: n }, (_, i) => (i >= 200 && i < 232 ? 150 : 0)),
      fs,
    );
    expect(trunkJerks(shake, t, whole, n)).toBe(1);
  });
  it('only the analysed parts are read: a jerk outside them is not counted', () => {
    const lean = quietWith(100);
    expect(trunkJerks(lean, t, [{ start: 0, end: 300 }], n)).toBe(0);
    expect(trunkJerks(lean, t, [{ start: 300, end: 340 }], n)).toBe(1);
  });
  it('a rate needs the lean on both neighbouring frames: a jump into a missing frame is not a rate', () => {
    const lean = quietWith(100);
    lean[321] = NaN; // the jerk at 320 is lean[321] − lean[319]
    expect(trunkJerks(lean, t, whole, n)).toBe(0);
  });
  it('ten measured rates are enough to judge', () => {
    // a part of 12 frames has rates on its 10 inner frames: nine 0°/s and one 100°/s
    const lean = quietWith(100);
    expect(trunkJerks(lean, t, [{ start: 315, end: 327 }], n)).toBe(1);
  });
});
