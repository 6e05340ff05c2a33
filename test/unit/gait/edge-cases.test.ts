import { describe, expect, it } from 'vitest';
import { analyzeSession, computeFrameMetrics, createLiveGaitTracker } from '../../../src/shared/gait';
import type { Keypoint, PoseFrame } from '../../../src/shared/gait';
import { synthesizeGait } from '../../support/synthetic-gait';

const input = (frames: PoseFrame[]) => ({ fps: 30, width: 640, height: 480, frames });

function expectNoNumbers(a: ReturnType<typeof analyzeSession>) {
  expect(a.steps).toEqual({ count: 0, left: 0, right: 0 });
  expect(a.cadence_spm).toBeNull();
  expect(a.knee.peak_flexion_deg).toEqual({ left: null, right: null });
  expect(a.knee_past_toe.peak).toEqual({ left: null, right: null });
  expect(a.balance.score).toBeNull();
  expect(a.events).toEqual([]);
  expect(Object.values(a.symmetry).every((v) => v === null)).toBe(true);
  expect(JSON.parse(JSON.stringify(a))).toEqual(a); // plain JSON, no NaN or Infinity
}

describe('edge cases', () => {
  it('no frames', () => {
    const a = analyzeSession(input([]), {});
    expectNoNumbers(a);
    expect(a.direction).toBe('unknown');
    expect(a.quality.frames).toBe(0);
    expect(a.quality.confident_frames_pct).toBe(0);
    expect(a.balance.explanation).toMatch(/No frames/);
  });

  it('every frame without a person', () => {
    const a = analyzeSession(input(Array.from({ length: 90 }, (_, i) => ({ t: i * 33.3, keypoints: null }))), {});
    expectNoNumbers(a);
    expect(a.quality.frames).toBe(90);
    expect(a.quality.confident_frames_pct).toBe(0);
  });

  it('every keypoint below the score threshold', () => {
    const { input: inp } = synthesizeGait({ segments: [{ mode: 'forward', duration_s: 3 }], lowScore: [[0, 90]] });
    const a = analyzeSession(inp, {});
    expectNoNumbers(a);
    expect(a.quality.confident_frames_pct).toBe(0);
  });

  it('one frame, two frames', () => {
    const { input: inp } = synthesizeGait({ segments: [{ mode: 'forward', duration_s: 2 }] });
    for (const k of [1, 2]) {
      const a = analyzeSession({ ...inp, frames: inp.frames.slice(0, k) }, {});
      expectNoNumbers(a);
      expect(a.quality.frames).toBe(k);
    }
  });

  it('malformed keypoints (too few, NaN, Infinity) count as missing, never as numbers', () => {
    const bad: Keypoint[] = Array.from({ length: 17 }, (_, i) => [i % 2 ? NaN : Infinity, 10, 0.9] as Keypoint);
    const frames: PoseFrame[] = [
      { t: 0, keypoints: bad },
      { t: 33, keypoints: bad.slice(0, 5) },
      { t: 66, keypoints: [] },
    ];
    expectNoNumbers(analyzeSession(input(frames), {}));
    const m = computeFrameMetrics(bad, 0, {});
    expect(m.left.kneeFlexionDeg.value).toBeNull();
    expect(m.trunkLeanDeg.value).toBeNull();
  });

  it('timestamps missing: frame times come from fps', () => {
    const { input: inp, truth } = synthesizeGait({ segments: [{ mode: 'backward', duration_s: 9.6 }], noisePx: 1 });
    const a = analyzeSession({ ...inp, frames: inp.frames.map((f) => ({ ...f, t: NaN })) }, {});
    expect(a.steps).toEqual(truth.steps);
  });

  it('live tracker: no person, then a person, then reset', () => {
    const tr = createLiveGaitTracker({});
    const none = tr.update({ t: 0, keypoints: null }, { width: 640, height: 480 });
    expect(none.direction).toBe('unknown');
    expect(none.view).toBe('unknown');
    expect(none.left.kneeFlexionDeg.value).toBeNull();
    tr.reset();
  });
});
