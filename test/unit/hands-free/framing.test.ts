/** The first-run guide's live check on synthetic poses whose size, view and place are known. */
import { describe, expect, it } from 'vitest';
import { checkFraming } from '../../../src/shared/hands-free/framing';
import { TOO_CLOSE_SHARE, TOO_FAR_SHARE } from '../../../src/shared/coaching/constants';
import { KP } from '../../../src/shared/pose/keypoints';
import type { Keypoint } from '../../../src/shared/pose/types';

const IMAGE = { width: 640, height: 480 };

/**
 * A standing person `stature` px tall with the ankles at `footY` and the body centred on `x`:
 * heights as shares of stature (Winter: nose 0.919, shoulder 0.818, hip 0.53, knee 0.285, ankle 0.039).
 * Side-on: both sides at the same x. Front: shoulders 0.259 and hips 0.19 statures wide.
 */
function pose(o: { stature: number; x?: number; footY?: number; front?: boolean; score?: number }): Keypoint[] {
  const { stature: h, x = 320, footY = 400, front = false, score = 0.9 } = o;
  const y = (share: number) => footY - (share - 0.039) * h;
  const half = (width: number) => (front ? (width * h) / 2 : 0);
  const kps: Keypoint[] = Array.from({ length: 17 }, () => [x, y(0.919), score] as Keypoint);
  const pair = (l: number, r: number, share: number, width: number) => {
    kps[l] = [x - half(width), y(share), score];
    kps[r] = [x + half(width), y(share), score];
  };
  pair(KP.leftShoulder, KP.rightShoulder, 0.818, 0.259);
  pair(KP.leftElbow, KP.rightElbow, 0.63, 0.3);
  pair(KP.leftWrist, KP.rightWrist, 0.485, 0.3);
  pair(KP.leftHip, KP.rightHip, 0.53, 0.19);
  pair(KP.leftKnee, KP.rightKnee, 0.285, 0.19);
  pair(KP.leftAnkle, KP.rightAnkle, 0.039, 0.19);
  return kps;
}

describe('checkFraming: is the picture right', () => {
  it('a lone walker 240 px tall (half the picture), side-on, whole: every item green', () => {
    const check = checkFraming({ keypoints: pose({ stature: 240 }), image: IMAGE, severalPeople: false });
    expect(check.heightShare).toBeCloseTo(0.5, 6);
    expect(check.distance).toEqual({ ok: true, reason: "50 % of the picture's height" });
    expect(check['whole-body'].ok).toBe(true);
    expect(check['side-on'].ok).toBe(true);
    expect(check['one-person'].ok).toBe(true);
    expect(check.ok).toBe(true);
  });

  it('too far below 25 % of the picture, too close above 90 %, right on either side of the limits', () => {
    const at = (share: number) =>
      checkFraming({ keypoints: pose({ stature: share * 480, footY: 470 }), image: IMAGE, severalPeople: false })
        .distance;
    expect(at(TOO_FAR_SHARE - 0.01)).toMatchObject({ ok: false, reason: 'too far (24 %): come closer' });
    expect(at(TOO_FAR_SHARE + 0.01).ok).toBe(true);
    expect(at(TOO_CLOSE_SHARE - 0.01).ok).toBe(true);
    expect(at(TOO_CLOSE_SHARE + 0.01)).toMatchObject({ ok: false, reason: 'too close (91 %): step back' });
  });

  it('seen from the front: side-on is red, the rest stays green', () => {
    const check = checkFraming({ keypoints: pose({ stature: 240, front: true }), image: IMAGE, severalPeople: false });
    expect(check['side-on'].ok).toBe(false);
    expect(check['side-on'].reason).toBe('seen from the front: turn side-on');
    expect(check['whole-body'].ok).toBe(true);
    expect(check.ok).toBe(false);
  });

  it('whole body: names the parts not seen, then the parts at the edge of the picture', () => {
    const noKnees = pose({ stature: 240 });
    noKnees[KP.leftKnee] = [320, 300, 0.1];
    noKnees[KP.rightKnee] = [320, 300, 0.2];
    noKnees[KP.leftAnkle] = [320, 400, 0.05];
    expect(checkFraming({ keypoints: noKnees, image: IMAGE, severalPeople: false })['whole-body']).toEqual({
      ok: false,
      reason: 'knees not seen',
    });
    const noLegs = pose({ stature: 240 });
    for (const k of [KP.leftKnee, KP.rightKnee, KP.leftAnkle, KP.rightAnkle]) noLegs[k] = [320, 300, 0];
    expect(checkFraming({ keypoints: noLegs, image: IMAGE, severalPeople: false })['whole-body'].reason).toBe(
      'knees and ankles not seen',
    );
    // feet on the bottom edge (inside 1 % of 480 px)
    const cut = checkFraming({ keypoints: pose({ stature: 240, footY: 478 }), image: IMAGE, severalPeople: false });
    expect(cut['whole-body']).toEqual({ ok: false, reason: 'ankles at the edge' });
    expect(
      checkFraming({ keypoints: pose({ stature: 240, footY: 474 }), image: IMAGE, severalPeople: false })['whole-body']
        .ok,
    ).toBe(true);
  });

  it('someone else in view turns "one person" red whoever is tracked', () => {
    const check = checkFraming({ keypoints: pose({ stature: 240 }), image: IMAGE, severalPeople: true });
    expect(check['one-person']).toEqual({
      ok: false,
      reason: 'someone else in view',
    });
    expect(check.ok).toBe(false);
  });

  it('nobody tracked: every item red, no size', () => {
    const check = checkFraming({ keypoints: null, image: IMAGE, severalPeople: false });
    expect(check.ok).toBe(false);
    expect(check.heightShare).toBeNull();
    for (const item of ['one-person', 'whole-body', 'side-on', 'distance'] as const)
      expect(check[item]).toEqual({ ok: false, reason: 'nobody is seen yet' });
  });
});
