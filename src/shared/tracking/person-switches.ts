/**
 * Which frames the gait analysis kept when the track changed person (quality.person_switches): the
 * same first steps as analyzeSession (src/shared/gait/analyze.ts, step 0: border keypoints dropped,
 * the track split where the hips jump, the part with the most frames kept), run on their own so the
 * app can say "frames a–b" without the analysis having to carry them.
 */
import { DEFAULT_MIN_SCORE } from '../gait/constants';
import { estimateShankPx, statureFromShank } from '../gait/scale';
import { framesToBuffer } from '../gait/series';
import { dropBorderKeypoints, keepLongestPerson } from '../gait/track-checks';
import type { PoseFrame } from '../pose/types';

export interface PersonSwitches {
  /** Changes of person in the track (as the analysis's quality.person_switches). */
  switches: number;
  /** First and last frame (0-based, inclusive) of the person analysed; null when nobody is. */
  kept: readonly [number, number] | null;
}

export function personSwitches(input: { width: number; height: number; frames: readonly PoseFrame[] }): PersonSwitches {
  const buf = framesToBuffer(input.frames, DEFAULT_MIN_SCORE);
  dropBorderKeypoints(buf, input.width, input.height);
  const split = keepLongestPerson(buf, statureFromShank(estimateShankPx(buf.data, buf.n)));
  if (!split.kept) return { switches: split.switches, kept: null };
  // The kept part runs to the next part's start: its frames with a person bound it.
  let [first, last] = [split.kept[0], split.kept[1] - 1];
  while (first < last && !buf.present[first]) first++;
  while (last > first && !buf.present[last]) last--;
  return { switches: split.switches, kept: [first, last] };
}
