/**
 * The stage that hands the filtered buffer its leg keypoints by the feet's identity
 * (leg-identity.ts adoptLegKeypoints), on two hand-filled frames.
 */
import { describe, expect, it } from 'vitest';
import { KP_STRIDE } from '../../../src/shared/gait/constants';
import { adoptLegKeypoints, LEG_KEYPOINTS } from '../../../src/shared/gait/leg-identity';
import { KP } from '../../../src/shared/pose/keypoints';

describe('adoptLegKeypoints', () => {
  it('knees and ankles come from raw with their confidence; every other keypoint stays', () => {
    const n = 2;
    // filtered: every value 1, all confident; raw: value 100 + its index, the right ankle of frame 1 missing
    const d = new Float64Array(n * KP_STRIDE).fill(1);
    const mask = new Uint8Array(n * 17).fill(1);
    const raw = Float64Array.from({ length: n * KP_STRIDE }, (_, j) => 100 + j);
    const missing = KP_STRIDE + KP.rightAnkle * 3;
    raw.set([NaN, NaN, 0], missing);
    adoptLegKeypoints(d, mask, raw, n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 17; k++) {
        const o = i * KP_STRIDE + k * 3;
        const isLeg = LEG_KEYPOINTS.includes(k);
        expect([...d.subarray(o, o + 3)]).toEqual(isLeg ? [...raw.subarray(o, o + 3)] : [1, 1, 1]);
        expect(mask[i * 17 + k]).toBe(isLeg && o === missing ? 0 : 1);
      }
    }
  });

  it('the leg keypoints are the knees and ankles', () => {
    expect([...LEG_KEYPOINTS].sort()).toEqual([KP.leftKnee, KP.rightKnee, KP.leftAnkle, KP.rightAnkle].sort());
  });
});
