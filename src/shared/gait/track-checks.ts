/**
 * What a pose track must not be turned into numbers from, before any analysis:
 *  - keypoints piled on the image border: a pose model clamps a point that left the picture to
 *    the edge, so a foot walking out of frame would look planted there;
 *  - a change of person: when the tracked hips jump further than a person can move in the time
 *    between two frames, the track has moved to someone else. The session is split there and only
 *    the person tracked longest is analysed; the others are counted and said, never mixed in.
 */
import { KP } from '../pose/keypoints';
import { BORDER_SHARE, KP_STRIDE, MAX_BODY_SPEED, SWITCH_JUMP } from './constants';
import { clearPoint, consecutivePairs, midX, midY, pointX, pointY, type KeypointBuffer } from './series';

/** Marks keypoints on the image border as missing (in place); returns how many. */
export function dropBorderKeypoints(buf: KeypointBuffer, width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 0;
  const mx = BORDER_SHARE * width,
    my = BORDER_SHARE * height;
  let dropped = 0;
  for (let i = 0; i < buf.n; i++) {
    for (let k = 0; k < 17; k++) {
      const o = i * KP_STRIDE;
      const x = pointX(buf.data, o, k),
        y = pointY(buf.data, o, k);
      if (x !== x) continue;
      if (x < mx || x > width - mx || y < my || y > height - my) {
        clearPoint(buf.data, o, k);
        dropped++;
      }
    }
  }
  return dropped;
}

export interface TrackSplit {
  /** Number of changes of person found. */
  switches: number;
  /** First and last frame (inclusive) with the person kept; null when nobody is. */
  kept: [number, number] | null;
}

/**
 * Splits the track where the hip midpoint jumps by more than SWITCH_JUMP statures plus what
 * MAX_BODY_SPEED allows in the elapsed time, keeps the part with the most frames with a person,
 * and blanks the others (in place).
 */
export function keepLongestPerson(buf: KeypointBuffer, statureFromFrames: number): TrackSplit {
  const { n, data, t, present } = buf;
  if (!(statureFromFrames > 0)) return { switches: 0, kept: null };
  const parts: Array<{ start: number; end: number; frames: number }> = [];
  let last = -1,
    lx = NaN,
    ly = NaN;
  for (let i = 0; i < n; i++) {
    if (!present[i]) continue;
    const o = i * KP_STRIDE;
    const x = midX(data, o, KP.leftHip, KP.rightHip),
      y = midY(data, o, KP.leftHip, KP.rightHip);
    if (x !== x || y !== y) continue;
    const dt = last >= 0 ? t[i]! - t[last]! : 0;
    const limit = statureFromFrames * (SWITCH_JUMP + MAX_BODY_SPEED * (dt > 0 ? dt : 0));
    let part = parts.at(-1);
    if (!part || Math.hypot(x - lx, y - ly) > limit) {
      part = { start: last < 0 ? 0 : i, end: i + 1, frames: 0 };
      parts.push(part);
    }
    part.end = i + 1;
    part.frames++;
    last = i;
    lx = x;
    ly = y;
  }
  const [firstPart] = parts,
    lastPart = parts.at(-1);
  if (!firstPart || !lastPart) return { switches: 0, kept: null };
  // each part owns the frames up to the next part's start
  for (const [part, next] of consecutivePairs(parts)) part.end = next.start;
  lastPart.end = n;
  let best = firstPart;
  for (const p of parts) if (p.frames > best.frames) best = p;
  for (const p of parts) {
    if (p === best) continue;
    for (let i = p.start; i < p.end; i++) {
      present[i] = 0;
      for (let k = 0; k < 17; k++) clearPoint(data, i * KP_STRIDE, k);
    }
  }
  let first = best.start,
    final = best.end - 1;
  while (first < final && !present[first]) first++;
  while (final > first && !present[final]) final--;
  return { switches: parts.length - 1, kept: [first, final] };
}
