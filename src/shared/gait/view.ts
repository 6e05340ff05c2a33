/**
 * Camera view from the body's apparent widths: in a side (sagittal) view the shoulders and hips
 * overlap; in a front or back view they are about as wide as the torso is tall
 * (shoulder width 0.259 H, hip width ~0.19 H, torso 0.288 H; Winter).
 */
import { KP } from '../pose/keypoints';
import {
  FRONT_MIN_RATIO,
  HIDDEN_SIDE_RATIO,
  KP_STRIDE,
  SIDE_MAX_RATIO,
  VIEW_AGREE_SHARE,
  VIEW_SEEN_SHARE,
} from './constants';
import { midX, midY, pointX } from './series';
import type { CameraView } from './types';

/** (shoulder width + hip width) / (2 × torso height), or NaN when not visible. */
export function widthRatio(d: Float64Array, o: number): number {
  const slx = pointX(d, o, KP.leftShoulder),
    srx = pointX(d, o, KP.rightShoulder);
  const hlx = pointX(d, o, KP.leftHip),
    hrx = pointX(d, o, KP.rightHip);
  const sh = slx === slx && srx === srx,
    hp = hlx === hlx && hrx === hrx;
  const sx = midX(d, o, KP.leftShoulder, KP.rightShoulder),
    sy = midY(d, o, KP.leftShoulder, KP.rightShoulder);
  const hx = midX(d, o, KP.leftHip, KP.rightHip),
    hy = midY(d, o, KP.leftHip, KP.rightHip);
  if (sx !== sx || hx !== hx) return NaN;
  const torso = Math.sqrt((sx - hx) * (sx - hx) + (sy - hy) * (sy - hy));
  if (!(torso > 0)) return NaN;
  if (sh && hp) return (Math.abs(slx - srx) + Math.abs(hlx - hrx)) / (2 * torso);
  if (sh) return Math.abs(slx - srx) / torso;
  if (hp) return Math.abs(hlx - hrx) / torso;
  // one shoulder and one hip: the other side is hidden behind the body, as in a side view
  return HIDDEN_SIDE_RATIO;
}

export { FRONT_MIN_RATIO, SIDE_MAX_RATIO };

export function viewFromRatio(r: number): CameraView {
  if (r !== r) return 'unknown';
  return r < SIDE_MAX_RATIO ? 'side' : r > FRONT_MIN_RATIO ? 'front' : 'unknown';
}

/**
 * The view of a session (filtered keypoints, n × 51): unknown when shoulders and hips are seen on
 * fewer than VIEW_SEEN_SHARE of the frames, else side or front when VIEW_AGREE_SHARE of those agree.
 */
export function sessionView(d: Float64Array, n: number, present: Uint8Array): CameraView {
  let side = 0,
    front = 0,
    seen = 0;
  for (let i = 0; i < n; i++) {
    if (!present[i]) continue;
    const ratio = widthRatio(d, i * KP_STRIDE);
    if (ratio !== ratio) continue;
    seen++;
    const v = viewFromRatio(ratio);
    if (v === 'side') side++;
    else if (v === 'front') front++;
  }
  if (seen < VIEW_SEEN_SHARE * n) return 'unknown';
  return side >= VIEW_AGREE_SHARE * seen ? 'side' : front >= VIEW_AGREE_SHARE * seen ? 'front' : 'unknown';
}
