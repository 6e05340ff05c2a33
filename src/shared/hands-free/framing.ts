/**
 * Is the picture right for measuring? The first-run guide's live checklist, from one frame's tracked
 * pose: one person, the whole body seen, side-on, and a size in the picture between too far and too
 * close. The same rules as the take detector (body.ts) and the coach's distance cues, so the guide
 * turns green exactly when hands-free would start and the coach would stay quiet.
 */
import { TOO_CLOSE_SHARE, TOO_FAR_SHARE } from '../coaching/constants';
import { KP } from '../pose/keypoints';
import type { Keypoint } from '../pose/types';
import { DEFAULT_BODY_MIN_SCORE, isSideOn, staturePx, type ImageSize } from './body';
import { BORDER_SHARE } from './constants';

export type FramingItem = 'one-person' | 'whole-body' | 'side-on' | 'distance';

export interface FramingResult {
  ok: boolean;
  /** What is wrong, or what is right, in a few words (one short line). */
  reason: string;
}

export type FramingCheck = Record<FramingItem, FramingResult> & {
  /** Every item is right. */
  ok: boolean;
  /** Stature over the image height (null: not measurable in this frame). */
  heightShare: number | null;
};

export interface FramingInput {
  /** The tracked walker's keypoints, null when nobody is tracked. */
  keypoints: readonly Keypoint[] | null;
  image: ImageSize;
  /**
   * Someone else is in view: the tracker's several-people warning, which counts only people at least
   * half the walker's height (a passer-by far behind does not spoil the picture).
   */
  severalPeople: boolean;
}

const PARTS: readonly { name: string; pair: readonly [number, number] }[] = [
  { name: 'shoulders', pair: [KP.leftShoulder, KP.rightShoulder] },
  { name: 'hips', pair: [KP.leftHip, KP.rightHip] },
  { name: 'knees', pair: [KP.leftKnee, KP.rightKnee] },
  { name: 'ankles', pair: [KP.leftAnkle, KP.rightAnkle] },
];

const NOBODY: FramingResult = { ok: false, reason: 'nobody is seen yet' };

/**
 * Whole: shoulders, hips, knees and ankles each seen (one of a pair is enough side-on, the other is
 * hidden behind the body) and none within BORDER_SHARE of the picture's edge, as `isWhole`.
 */
function wholeBody(kps: readonly Keypoint[], image: ImageSize): FramingResult {
  const mx = image.width * BORDER_SHARE,
    my = image.height * BORDER_SHARE;
  const missing: string[] = [];
  const atEdge: string[] = [];
  for (const { name, pair } of PARTS) {
    const seen = pair.map((k) => kps[k]).filter((p): p is Keypoint => !!p && p[2] >= DEFAULT_BODY_MIN_SCORE);
    if (seen.length === 0) missing.push(name);
    else if (seen.some(([x, y]) => x < mx || x > image.width - mx || y < my || y > image.height - my))
      atEdge.push(name);
  }
  if (missing.length > 0) return { ok: false, reason: `${list(missing)} not seen` };
  if (atEdge.length > 0) return { ok: false, reason: `${list(atEdge)} at the edge` };
  return { ok: true, reason: 'shoulders to ankles seen' };
}

function distance(share: number | null): FramingResult {
  if (share === null) return { ok: false, reason: 'head or feet not seen' };
  const pct = `${Math.round(share * 100)} %`;
  if (share < TOO_FAR_SHARE) return { ok: false, reason: `too far (${pct}): come closer` };
  if (share > TOO_CLOSE_SHARE) return { ok: false, reason: `too close (${pct}): step back` };
  return { ok: true, reason: `${pct} of the picture's height` };
}

function list(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

export function checkFraming({ keypoints, image, severalPeople }: FramingInput): FramingCheck {
  const onePerson: FramingResult = severalPeople
    ? { ok: false, reason: 'someone else in view' }
    : keypoints
      ? { ok: true, reason: 'only the walker in view' }
      : NOBODY;
  if (!keypoints) {
    return {
      ok: false,
      heightShare: null,
      'one-person': onePerson,
      'whole-body': NOBODY,
      'side-on': NOBODY,
      distance: NOBODY,
    };
  }
  const stature = staturePx(keypoints);
  const heightShare = stature === null ? null : stature / image.height;
  const sideOn: FramingResult = isSideOn(keypoints)
    ? { ok: true, reason: 'shoulders and hips overlap' }
    : { ok: false, reason: 'seen from the front: turn side-on' };
  const items = {
    'one-person': onePerson,
    'whole-body': wholeBody(keypoints, image),
    'side-on': sideOn,
    distance: distance(heightShare),
  };
  return { ...items, ok: Object.values(items).every((i) => i.ok), heightShare };
}
