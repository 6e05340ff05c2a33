/** Stage 0 of the analysis (session-buffer.ts) on hand-made frames whose answers are worked out below. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FPS, KP_STRIDE } from '../../../src/shared/gait/constants';
import * as stage from '../../../src/shared/gait/session-buffer';
import { KP } from '../../../src/shared/pose/keypoints';
import type { Keypoint, PoseFrame } from '../../../src/shared/pose/types';

/** A pose with every keypoint at (10k, 20k), score 0.9, except those given. */
function pose(overrides: Record<number, Keypoint> = {}): Keypoint[] {
  return Array.from({ length: 17 }, (_, k): Keypoint => overrides[k] ?? [10 * k, 20 * k, 0.9]);
}

const session = (frames: PoseFrame[], fps = 25): stage.SessionInput => ({ fps, width: 640, height: 480, frames });

describe('sessionBuffer', () => {
  it('packs each frame at its time in seconds; a frame without a time gets its index at the frame rate', () => {
    const buf = stage.sessionBuffer(
      session([
        { t: 0, keypoints: pose() },
        { t: Number.NaN, keypoints: pose() },
        { t: 80, keypoints: pose() },
      ]),
      0.3,
    );
    expect(buf.n).toBe(3);
    expect([...buf.t]).toEqual([0, 1 / 25, 0.08]);
    expect(buf.data[KP.leftKnee * 3]).toBe(10 * KP.leftKnee);
    expect(buf.data[KP_STRIDE + KP.leftKnee * 3 + 1]).toBe(20 * KP.leftKnee);
  });

  it('a frame without a person and a keypoint under the score threshold are missing, never numbers', () => {
    const buf = stage.sessionBuffer(
      session([
        { t: 0, keypoints: null },
        { t: 40, keypoints: pose({ [KP.nose]: [5, 5, 0.2] }) },
      ]),
      0.3,
    );
    expect([...buf.present]).toEqual([0, 1]);
    expect(buf.data.subarray(0, KP_STRIDE).filter((v, j) => j % 3 !== 2 && !Number.isNaN(v))).toHaveLength(0);
    expect([buf.data[KP_STRIDE], buf.data[KP_STRIDE + 1], buf.data[KP_STRIDE + 2]]).toEqual([NaN, NaN, 0]);
  });

  it('input that is not a session reads as no frames', () => {
    expect(stage.sessionBuffer(null, 0.3).n).toBe(0);
    expect(stage.sessionBuffer({ fps: 30, width: 1, height: 1, frames: 'x' as unknown as PoseFrame[] }, 0.3).n).toBe(0);
  });
});

describe('frameRate, samplingRate, sessionDuration', () => {
  it('the input frame rate, else DEFAULT_FPS', () => {
    expect(stage.frameRate({ fps: 25 })).toBe(25);
    for (const fps of [0, -5, Number.NaN]) expect(stage.frameRate({ fps })).toBe(DEFAULT_FPS);
    expect(stage.frameRate(null)).toBe(DEFAULT_FPS);
  });

  it('the sampling rate is one over the median frame interval: a pause does not move it', () => {
    // intervals: 0.04 × 5 and one 0.5 s pause → median 0.04 s → 25 Hz
    const t = Float64Array.from([0, 0.04, 0.08, 0.12, 0.62, 0.66, 0.7]);
    expect(stage.samplingRate(t, 30)).toBeCloseTo(25, 9);
  });

  it('too few frames, or times that never advance, leave the given rate', () => {
    expect(stage.samplingRate(Float64Array.from([0, 0.1]), 30)).toBe(30);
    expect(stage.samplingRate(Float64Array.from([1, 1, 1, 1]), 24)).toBe(24);
  });

  it('the duration runs from the first frame to one interval after the last', () => {
    expect(stage.sessionDuration(Float64Array.from([1, 1.04, 1.08]), 25)).toBeCloseTo(0.12, 12);
    expect(stage.sessionDuration(new Float64Array(0), 25)).toBe(0);
  });
});

describe('confidentFrames', () => {
  const missing: Keypoint = [0, 0, 0];
  it('counts frames with a hip, knee and ankle of one side', () => {
    const frames: PoseFrame[] = [
      { t: 0, keypoints: pose() }, // both legs
      { t: 40, keypoints: pose({ [KP.rightHip]: missing, [KP.rightKnee]: missing }) }, // left leg whole
      { t: 80, keypoints: pose({ [KP.leftHip]: missing, [KP.rightKnee]: missing }) }, // neither whole
      { t: 120, keypoints: pose({ [KP.leftAnkle]: missing, [KP.rightHip]: missing }) }, // neither whole
      { t: 160, keypoints: null },
    ];
    const buf = stage.sessionBuffer(session(frames), 0.3);
    expect(stage.confidentFrames(buf.data, buf.n)).toBe(2);
  });
});
