/**
 * The measures behind the balance grade (docs/metrics.md, "Balance grade"), on small hand-made
 * sessions whose answers follow from the definitions: trunk sway = SD of the lean around each
 * analysed part's mean; pelvis sway = SD of the hip midpoint around its 1-s moving average, % of
 * stature (vertical in a side view, horizontal in a front view); rhythm = coefficient of variation
 * of the trimmed step times; path deviation = SD around a straight line of the contact heights
 * (side view) or of the pelvis x (front view), % of stature. Analysed: the walking ranges, or the
 * standing runs of a session with less than a second of walking.
 */
import { describe, expect, it } from 'vitest';
import { balanceStats, rhythmCv, trunkSway, type BalanceContext } from '../../../src/shared/gait/balance-stats';
import type { StepTiming } from '../../../src/shared/gait/steps';
import { alternatingSteps } from '../../support/step-timings';

const STRIDE = 51;
const LEFT_HIP = 11,
  RIGHT_HIP = 12,
  LEFT_ANKLE = 15,
  RIGHT_ANKLE = 16;

function session(n: number, over: Partial<BalanceContext> = {}): BalanceContext {
  const fs = over.fs ?? 30;
  return {
    d: new Float64Array(n * STRIDE).fill(NaN),
    n,
    t: Float64Array.from({ length: n }, (_, i) => i / fs),
    fs,
    trunk: new Float64Array(n),
    ranges: [],
    runs: [],
    steps: [],
    stature: 400,
    view: 'side',
    duration: n / fs,
    ...over,
  };
}
/** Sets keypoint k of frame i to (x, y). */
const put = (c: BalanceContext, i: number, k: number, x: number, y: number) => {
  c.d[i * STRIDE + k * 3] = x;
  c.d[i * STRIDE + k * 3 + 1] = y;
};
const alternating = (i: number, a: number) => (i % 2 ? a : -a);

describe('trunk sway: SD of the lean around each analysed part’s own mean', () => {
  it('two parts at different mean leans, each ±1°: SD √(40/39), not the spread between the parts', () => {
    const trunk = new Float64Array(60);
    for (let i = 0; i < 20; i++) trunk[i] = 2 + alternating(i, 1);
    for (let i = 20; i < 40; i++) trunk[i] = 50; // between the parts: not analysed
    for (let i = 40; i < 60; i++) trunk[i] = 12 + alternating(i, 1);
    const parts = [
      { start: 0, end: 20 },
      { start: 40, end: 60 },
    ];
    expect(trunkSway(trunk, parts)).toBeCloseTo(Math.sqrt(40 / 39), 12);
  });
  it('unknown frames are left out; ten known frames are enough, nine are not', () => {
    const trunk = Float64Array.from({ length: 12 }, (_, i) => 5 + alternating(i, 2));
    trunk[10] = NaN;
    trunk[11] = NaN;
    // ten values ±2 around 5: SD = 2 √(10/9)
    expect(trunkSway(trunk, [{ start: 0, end: 12 }])).toBeCloseTo(2 * Math.sqrt(10 / 9), 12);
    trunk[9] = NaN;
    expect(trunkSway(trunk, [{ start: 0, end: 12 }])).toBeNull();
  });
});

describe('rhythm: coefficient of variation of the trimmed step times', () => {
  it('0.5, 0.7, 0.5, 0.7 s: SD 0.1155 (n − 1) over the mean 0.6 → 19.2 %', () => {
    expect(rhythmCv([0.5, 0.7, 0.5, 0.7])).toBeCloseTo((100 * Math.sqrt(0.04 / 3)) / 0.6, 10);
  });
  it('a pause (over 1.8 × the median) is left out before the CV', () => {
    expect(rhythmCv([0.5, 0.7, 0.5, 0.7, 2.0])).toBeCloseTo((100 * Math.sqrt(0.04 / 3)) / 0.6, 10);
  });
  it('needs four step times', () => {
    expect(rhythmCv([0.5, 0.7, 0.5])).toBeNull();
  });
});

describe('pelvis sway: SD around the 1-s moving average, % of stature', () => {
  // hips alternate ±3 px frame to frame around a steady height; the centred average over 31
  // frames (±15 at 30 fps) holds 15 frames of the centre's sign and 16 of the other, so it is
  // ∓3/31 and each residual is ±3 × 32/31 px; 40 of them alternate around 0
  const expected = (100 * ((3 * 32) / 31) * Math.sqrt(40 / 39)) / 400;
  it('side view: vertical, over the analysed range only', () => {
    const c = session(100, { ranges: [{ start: 20, end: 60, u: 1 }] });
    for (let i = 0; i < 100; i++) {
      put(c, i, LEFT_HIP, 200 + i, 300 + alternating(i, 3));
      put(c, i, RIGHT_HIP, 200 + i, 300 + alternating(i, 3));
    }
    expect(balanceStats(c).pelvisSwayPct).toBeCloseTo(expected, 10);
  });
  it('front view: horizontal (the vertical is not read)', () => {
    const c = session(100, { ranges: [{ start: 20, end: 60, u: 1 }], view: 'front' });
    for (let i = 0; i < 100; i++) {
      put(c, i, LEFT_HIP, 180 + alternating(i, 3), 300 + alternating(i, 20));
      put(c, i, RIGHT_HIP, 220 + alternating(i, 3), 300 + alternating(i, 20));
    }
    expect(balanceStats(c).pelvisSwayPct).toBeCloseTo(expected, 10);
  });
  it('one hip seen is enough for the midpoint', () => {
    const c = session(100, { ranges: [{ start: 20, end: 60, u: 1 }] });
    for (let i = 0; i < 100; i++) put(c, i, i % 4 ? LEFT_HIP : RIGHT_HIP, 200, 300 + alternating(i, 3));
    expect(balanceStats(c).pelvisSwayPct).toBeCloseTo(expected, 10);
  });
  it('no hips seen: no pelvis sway', () => {
    expect(balanceStats(session(100, { ranges: [{ start: 20, end: 60, u: 1 }] })).pelvisSwayPct).toBeNull();
  });
});

describe('what is analysed: the walking ranges, else (under 1 s of walking) the standing runs', () => {
  const trunkOf = (n: number) => {
    // ±1° in frames 0–29, ±4° from 30 on
    const trunk = new Float64Array(n);
    for (let i = 0; i < n; i++) trunk[i] = alternating(i, i < 30 ? 1 : 4);
    return trunk;
  };
  /** Walking backward in frames 0 to `end`, standing from frame 30 on, unknown between. */
  const walkedUntil = (end: number) =>
    session(90, {
      trunk: trunkOf(90),
      ranges: [{ start: 0, end, u: 1 }],
      runs: [
        { label: 'backward', start: 0, end },
        { label: 'standing', start: 30, end: 90 },
        ...(end < 30 ? [{ label: 'unknown' as const, start: end, end: 30 }] : []),
      ],
    });
  it('exactly 1 s of walking (30 frames at 30 fps) is enough: the range is analysed', () => {
    expect(balanceStats(walkedUntil(30)).trunkLeanSdDeg).toBeCloseTo(Math.sqrt(30 / 29), 12);
  });
  it('0.97 s of walking is not: the standing runs are analysed instead', () => {
    expect(balanceStats(walkedUntil(29)).trunkLeanSdDeg).toBeCloseTo(4 * Math.sqrt(60 / 59), 12);
  });
  it('walking ranges add up: 15 + 15 frames are 1 s', () => {
    const c = session(90, {
      trunk: trunkOf(90),
      ranges: [
        { start: 0, end: 15, u: 1 },
        { start: 15, end: 30, u: -1 },
      ],
      runs: [{ label: 'standing', start: 30, end: 90 }],
    });
    // frames 0–14 hold eight −1 and seven +1 (mean −1/15), frames 15–29 the other way round (+1/15);
    // around its own mean each range has Σ(x − m)² = 8 (14/15)² + 7 (16/15)² = 3360/225
    expect(balanceStats(c).trunkLeanSdDeg).toBeCloseTo(Math.sqrt((2 * 3360) / 225 / 29), 12);
  });
  it('nothing to analyse: no stops or stumbles are counted (null), not zero', () => {
    const stats = balanceStats(session(90));
    expect(stats.stops).toBeNull();
    expect(stats.stumbles).toBeNull();
    expect(stats.trunkLeanSdDeg).toBeNull();
  });
  it('minutes and the view are passed on', () => {
    const stats = balanceStats(session(90, { duration: 90, view: 'front' }));
    expect(stats.minutes).toBe(1.5);
    expect(stats.view).toBe('front');
  });
});

describe('stops and stumbles add their two kinds each', () => {
  it('a 2 × step and a short standing spell are two stops; a 0.5 × step and a trunk jerk two stumbles', () => {
    const n = 600;
    const trunk = new Float64Array(n);
    for (let i = 451; i < n; i++) trunk[i] = 10; // a 10° jump: 150°/s at frames 450 and 451
    const times = [null, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 1.2, 0.3];
    const c = session(n, {
      trunk,
      ranges: [
        { start: 0, end: 300, u: 1 },
        { start: 360, end: n, u: 1 },
      ],
      runs: [
        { label: 'backward', start: 0, end: 300 },
        { label: 'standing', start: 300, end: 360 },
        { label: 'backward', start: 360, end: n },
      ],
      steps: alternatingSteps(times, 1),
    });
    const stats = balanceStats(c);
    expect(stats.stops).toBe(2);
    expect(stats.stumbles).toBe(2);
  });
});

describe('path deviation: SD of the contact heights around a straight line, % of stature', () => {
  const step = (side: 'left' | 'right', frame: number, range = 0, inferred = false): StepTiming => ({
    side,
    t_s: frame / 30,
    frame,
    range,
    inferred,
    step_time_s: null,
    stance_time_s: null,
    liftoffFrame: -1,
    nextContactFrame: -1,
    otherLiftoffFrame: -1,
  });
  // contacts at 1, 2, 3, 4 s on heights 400, 410, 400, 410 px: the least-squares line through them
  // is 405 + 2 (t − 2.5), the residuals −2, 6, −6, 2, their SD √(80/3) px
  const sideSession = () => {
    const c = session(200, {
      ranges: [{ start: 0, end: 200, u: 1 }],
      steps: [step('left', 30), step('right', 60), step('left', 90), step('right', 120)],
    });
    put(c, 30, LEFT_ANKLE, 0, 400);
    put(c, 60, RIGHT_ANKLE, 0, 410);
    put(c, 60, LEFT_ANKLE, 0, 999); // the other foot, in the air: not read
    put(c, 90, LEFT_ANKLE, 0, 400);
    put(c, 120, RIGHT_ANKLE, 0, 410);
    return c;
  };
  const expected = (100 * Math.sqrt(80 / 3)) / 400;
  it('side view: each contact’s own ankle height', () => {
    expect(balanceStats(sideSession()).pathDeviationPct).toBeCloseTo(expected, 10);
  });
  it('an inferred contact (a hidden foot’s guess) is left out', () => {
    const c = sideSession();
    c.steps.push(step('right', 75, 0, true));
    put(c, 75, RIGHT_ANKLE, 0, 480);
    expect(balanceStats(c).pathDeviationPct).toBeCloseTo(expected, 10);
  });
  it('a contact whose ankle was not seen is left out; fewer than four contacts in a range give no line', () => {
    const c = sideSession();
    c.steps.push(step('left', 150));
    expect(balanceStats(c).pathDeviationPct).toBeCloseTo(expected, 10);
    c.steps.splice(0, 1);
    expect(balanceStats(c).pathDeviationPct).toBeNull();
  });
  it('each range gets its own line', () => {
    // the same four contacts 100 px lower in a second range: two lines, the same residuals twice
    const c = sideSession();
    c.ranges = [
      { start: 0, end: 140, u: 1 },
      { start: 140, end: 300, u: 1 },
    ];
    c.n = 300;
    c.t = Float64Array.from({ length: 300 }, (_, i) => i / 30);
    c.d = new Float64Array(300 * STRIDE).fill(NaN);
    c.trunk = new Float64Array(300);
    for (const [frame, side, y] of [
      [30, LEFT_ANKLE, 400],
      [60, RIGHT_ANKLE, 410],
      [90, LEFT_ANKLE, 400],
      [120, RIGHT_ANKLE, 410],
      [150, LEFT_ANKLE, 500],
      [180, RIGHT_ANKLE, 510],
      [210, LEFT_ANKLE, 500],
      [240, RIGHT_ANKLE, 510],
    ] as const)
      put(c, frame, side, 0, y);
    c.steps.push(step('left', 150, 1), step('right', 180, 1), step('left', 210, 1), step('right', 240, 1));
    // eight residuals −2, 6, −6, 2 twice: SD √(160/7)
    expect(balanceStats(c).pathDeviationPct).toBeCloseTo((100 * Math.sqrt(160 / 7)) / 400, 10);
  });
  it('front view: the pelvis x around a line; a straight walk deviates by 0', () => {
    const c = session(60, { ranges: [{ start: 0, end: 60, u: 1 }], view: 'front' });
    for (let i = 0; i < 60; i++) {
      put(c, i, LEFT_HIP, 100 + 3 * i - 20, 300);
      put(c, i, RIGHT_HIP, 100 + 3 * i + 20, 300);
    }
    expect(balanceStats(c).pathDeviationPct).toBeCloseTo(0, 10);
    // a zigzag of ±2 px on every other frame around that line
    for (let i = 0; i < 60; i++) {
      put(c, i, LEFT_HIP, 100 + 3 * i - 20 + alternating(i, 2), 300);
      put(c, i, RIGHT_HIP, 100 + 3 * i + 20 + alternating(i, 2), 300);
    }
    const dev = balanceStats(c).pathDeviationPct!;
    // the fitted line absorbs almost nothing of a zigzag: SD ≈ 2 px = 0.5 % of 400 px
    expect(dev).toBeGreaterThan(0.49);
    expect(dev).toBeLessThan(0.51);
  });
  it('front view: fewer than ten frames with a pelvis in a range give no line', () => {
    const c = session(60, { ranges: [{ start: 0, end: 60, u: 1 }], view: 'front' });
    for (let i = 0; i < 9; i++) put(c, i, LEFT_HIP, 100 + alternating(i, 5), 300);
    expect(balanceStats(c).pathDeviationPct).toBeNull();
    put(c, 9, LEFT_HIP, 100 + alternating(9, 5), 300);
    expect(balanceStats(c).pathDeviationPct).not.toBeNull();
  });
});
