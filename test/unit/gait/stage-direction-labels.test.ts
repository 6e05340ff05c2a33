/**
 * Stage 5 of the analysis, a direction per frame (direction.ts), and the per-frame cues the offline
 * analysis and the live tracker share, on values worked out by hand from the rules.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_MIN } from '../../../src/shared/gait/constants';
import {
  directionHalfWindow,
  directionLabels,
  frameCues,
  lessActiveFoot,
  type FrameCues,
} from '../../../src/shared/gait/direction';

const series = (...values: number[]) => Float64Array.from(values);

describe('directionLabels', () => {
  it('one label per frame: unknown without a person or hips, standing when still, else by travel against facing', () => {
    // facing image-right throughout. Frame 0: travelling left (−0.3 statures/s) with the stance foot
    // moving right (+0.6): backward. 1: hips not seen. 2: nobody. 3: activity under ACTIVITY_MIN.
    // 4: travelling right with the stance foot moving left: forward.
    const labels = directionLabels(
      Uint8Array.from([1, 1, 0, 1, 1]),
      {
        travel: series(-0.3, -0.3, -0.3, 0, 0.3),
        stance: series(0.6, 0.6, 0.6, 0, -0.6),
        activity: series(0.5, 0.5, 0.5, ACTIVITY_MIN / 3, 0.5),
        pelvisX: series(100, Number.NaN, 100, 100, 100),
      },
      series(0.8, 0.8, 0.8, 0.8, 0.8),
    );
    expect(labels).toEqual(['backward', 'unknown', 'unknown', 'standing', 'forward']);
  });

  it('the same motion facing the other way reads the other way', () => {
    const labels = directionLabels(
      Uint8Array.from([1, 1]),
      { travel: series(-0.3, 0.3), stance: series(0.6, -0.6), activity: series(0.5, 0.5), pelvisX: series(1, 1) },
      series(-0.8, -0.8),
    );
    expect(labels).toEqual(['forward', 'backward']);
  });
});

describe('directionHalfWindow', () => {
  it('half of the 1-s direction window in frames, at least 2', () => {
    expect(directionHalfWindow(30)).toBe(15);
    expect(directionHalfWindow(25)).toBe(13); // 12.5 rounds up
    expect(directionHalfWindow(3)).toBe(2);
  });
});

describe('frameCues', () => {
  const cue = (): FrameCues => ({ travel: NaN, stance: NaN, speedLeft: NaN, speedRight: NaN });

  it('velocities in px/s become statures/s; the stance vote is the ankles’ motion against the pelvis', () => {
    // stature 400 px; pelvis 100 px/s → 0.25; left ankle 300 px/s → 0.75 (0.5 against the pelvis:
    // a full vote of +1); right ankle with the pelvis → 0; ankles level, so both vote with weight 1
    const c = frameCues(100, 300, 100, 350, 350, 400, cue());
    expect(c.travel).toBe(0.25);
    expect(c.speedLeft).toBe(0.75);
    expect(c.speedRight).toBe(0.25);
    expect(c.stance).toBe(0.5);
  });

  it('the lower (planted) ankle outvotes the swinging one', () => {
    // left ankle 100 px lower (y down) moves +1 against the pelvis, right ankle −1
    const c = frameCues(0, 100, -100, 400, 300, 400, cue());
    expect(c.stance).toBeGreaterThan(0);
    expect(c.speedLeft).toBe(c.speedRight);
  });

  it('an ankle not seen leaves the other one’s vote; none seen, no vote', () => {
    expect(frameCues(0, 100, NaN, 350, NaN, 400, cue()).stance).toBe(1);
    expect(frameCues(0, NaN, NaN, NaN, NaN, 400, cue()).stance).toBeNaN();
  });
});

describe('lessActiveFoot', () => {
  it('the smaller activity; a foot not seen leaves the other', () => {
    expect(lessActiveFoot(0.3, 0.5)).toBe(0.3);
    expect(lessActiveFoot(0.5, 0.3)).toBe(0.3);
    expect(lessActiveFoot(NaN, 0.5)).toBe(0.5);
    expect(lessActiveFoot(0.4, NaN)).toBe(0.4);
    expect(lessActiveFoot(NaN, NaN)).toBeNaN();
  });
});
