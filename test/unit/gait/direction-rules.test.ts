/**
 * The walking-direction rule of docs/metrics.md ("Walking direction and segments"), answers worked
 * out by hand: A < 0.15 H/s → standing; else g = clamp(s / 0.3) − clamp(T / 0.15), b = F g / 2,
 * b > 0.2 → backward, b < −0.2 → forward, else standing; facing |F| ≤ 0.25 → unknown; confidence
 * min(1, |b|) × min(1, |facing| / 0.5). And the stance vote: each ankle's clamp(v / 0.1 H/s), the
 * lower ankle counted fully and a lifted one (3 % of the stature higher) at 0.35.
 */
import { describe, expect, it } from 'vitest';
import { classifyDirection, directionLabel, stanceVote } from '../../../src/shared/gait/direction';

/** The direction and its confidence (to 12 decimals) that `classifyDirection` gives these cues. */
function expectClassified(cues: Parameters<typeof classifyDirection>[0], direction: string, confidence: number): void {
  const c = classifyDirection(cues);
  expect(c.direction).toBe(direction);
  expect(c.confidence).toBeCloseTo(confidence, 12);
}

describe('direction label', () => {
  it('stepping activity under 0.15 statures/s is standing, whatever the travel; 0.15 itself is stepping', () => {
    expect(directionLabel(1, -0.3, 0.6, 0.14)).toBe('standing');
    expect(directionLabel(1, -0.3, 0.6, 0.15)).toBe('backward');
  });
  it('no activity or no travel measured is unknown', () => {
    expect(directionLabel(1, -0.3, 0.6, NaN)).toBe('unknown');
    expect(directionLabel(1, NaN, 0.6, 0.5)).toBe('unknown');
    expect(directionLabel(1, NaN, 0.6, 0.05)).toBe('unknown');
  });
  it('a facing vote of at most 0.25 either way is no facing: unknown', () => {
    expect(directionLabel(0.25, -0.3, 0.6, 0.5)).toBe('unknown');
    expect(directionLabel(-0.25, -0.3, 0.6, 0.5)).toBe('unknown');
    expect(directionLabel(0.26, -0.3, 0.6, 0.5)).toBe('backward');
    expect(directionLabel(-0.26, -0.3, 0.6, 0.5)).toBe('forward');
  });
  it('b = 0.2 exactly is still standing (stepping in place); a little more is walking', () => {
    // facing right, stance saturated (+1), travel 0.09 toward the facing (0.6): g = 0.4, b = 0.2
    expect(directionLabel(1, 0.09, 0.3, 0.5)).toBe('standing');
    expect(directionLabel(-1, 0.09, 0.3, 0.5)).toBe('standing');
    expect(directionLabel(1, 0.08, 0.3, 0.5)).toBe('backward');
    expect(directionLabel(-1, 0.08, 0.3, 0.5)).toBe('forward');
  });
  it('travel alone decides on a still stance foot: opposite the facing is backward', () => {
    // T = −0.075 (half of full travel) facing right: g = 0.5, b = 0.25
    expect(directionLabel(1, -0.075, 0, 0.5)).toBe('backward');
    expect(directionLabel(1, 0.075, 0, 0.5)).toBe('forward');
    expect(directionLabel(-1, 0.075, 0, 0.5)).toBe('backward');
  });
  it('the stance foot alone decides on a treadmill; an unmeasured stance counts as 0', () => {
    // s = 0.15 (half of full): g = 0.5, b = 0.25 facing right
    expect(directionLabel(1, 0, 0.15, 0.5)).toBe('backward');
    expect(directionLabel(1, 0, -0.15, 0.5)).toBe('forward');
    expect(directionLabel(1, 0, 0.12, 0.5)).toBe('standing'); // g = 0.4, b = 0.2
    expect(directionLabel(1, -0.15, NaN, 0.5)).toBe('backward'); // g = 0 + 1
  });
  it('each cue saturates at ±1: a fast stance foot cannot outvote travel the other way', () => {
    // s = 3 → 1 (not 10), T = 0.6 → 1 (not 4): g = 0, standing; unclamped they would say backward
    expect(directionLabel(1, 0.6, 3, 0.5)).toBe('standing');
    // s = −0.6 → −1, T = −0.6 → −1: g = 0
    expect(directionLabel(1, -0.6, -0.6, 0.5)).toBe('standing');
  });
});

describe('direction confidence', () => {
  it('walking: min(1, |b|) × min(1, |facing| / 0.5)', () => {
    // stance 0.6 → 1, travel 0.075 → 0.5: g = 0.5, b = ±0.25; facing ±0.4 → 0.8
    expectClassified({ facing: 0.4, travel: 0.075, stance: 0.6, activity: 0.5 }, 'backward', 0.2);
    expectClassified({ facing: -0.4, travel: 0.075, stance: 0.6, activity: 0.5 }, 'forward', 0.2);
    // a sure facing (0.9 → 1) and a saturated b (g = 2, b = 1)
    expect(classifyDirection({ facing: 0.9, travel: -0.3, stance: 0.6, activity: 0.5 }).confidence).toBe(1);
  });
  it('an unmeasured stance counts as 0 in the confidence too', () => {
    // g = 0 − (−1) = 1, b = 0.5, facing 1
    expectClassified({ facing: 1, travel: -0.15, stance: NaN, activity: 0.5 }, 'backward', 0.5);
  });
  it('standing still: 1 − 0.5 × activity / 0.15 (sure when nothing moves)', () => {
    expectClassified({ facing: 1, travel: 0, stance: 0, activity: 0 }, 'standing', 1);
    expectClassified({ facing: 1, travel: 0, stance: 0, activity: 0.075 }, 'standing', 0.75);
  });
  it('an activity of exactly 0.15 is stepping, not stillness', () => {
    // in place: 0.3, not the still person's 1 − 0.5 × 0.15 / 0.15 = 0.5
    expectClassified({ facing: 1, travel: 0, stance: 0, activity: 0.15 }, 'standing', 0.3);
    // walking: T = −0.075 → g = 0.5, b = 0.25; facing 1 → 1
    expectClassified({ facing: 1, travel: -0.075, stance: 0, activity: 0.15 }, 'backward', 0.25);
  });
  it('stepping in place: 0.3; unknown: 0', () => {
    expectClassified({ facing: 1, travel: 0, stance: 0, activity: 0.5 }, 'standing', 0.3);
    expectClassified({ facing: 0.1, travel: -0.3, stance: 0.6, activity: 0.5 }, 'unknown', 0);
  });
});

describe('stance vote of the two ankles', () => {
  const H = 100; // stature, px; image y grows downward
  it('the lower ankle counts fully, the lifted one at 0.35', () => {
    // left planted (y 500), right lifted 20 px (> 3 px): (1 × 0.5 + 0.35 × −1) / 1.35
    expect(stanceVote(0.05, -0.2, 500, 480, H)).toBeCloseTo((0.5 - 0.35) / 1.35, 12);
    expect(stanceVote(-0.2, 0.05, 480, 500, H)).toBeCloseTo((0.5 - 0.35) / 1.35, 12);
  });
  it('ankles less than 3 % of the stature apart in height, or a height unknown, count equally', () => {
    expect(stanceVote(0.05, -0.2, 500, 498, H)).toBeCloseTo(-0.25, 12);
    expect(stanceVote(0.05, -0.2, 500, NaN, H)).toBeCloseTo(-0.25, 12);
    expect(stanceVote(0.05, -0.2, NaN, 500, H)).toBeCloseTo(-0.25, 12);
    // exactly 3 % apart is apart, whichever ankle is lifted
    expect(stanceVote(0.05, -0.2, 503, 500, H)).toBeCloseTo((0.5 - 0.35) / 1.35, 12);
    expect(stanceVote(-0.2, 0.05, 500, 503, H)).toBeCloseTo((0.5 - 0.35) / 1.35, 12);
  });
  it('each velocity saturates at ±0.1 statures/s', () => {
    expect(stanceVote(0.3, 0.3, 500, 500, H)).toBe(1);
    expect(stanceVote(-0.3, 0.02, 500, 500, H)).toBeCloseTo((-1 + 0.2) / 2, 12);
  });
  it('one ankle unmeasured: the other alone; none: no vote', () => {
    expect(stanceVote(NaN, -0.05, 480, 500, H)).toBeCloseTo(-0.5, 12);
    expect(stanceVote(0.05, NaN, 480, 500, H)).toBeCloseTo(0.5, 12);
    expect(stanceVote(NaN, NaN, 500, 500, H)).toBeNaN();
  });
});
