/**
 * The live screen's one guidance message: every current condition in, the single most important
 * message out, so two messages never contradict each other. Priority, most blocking first:
 *
 *  1. camera     no camera picture (the message over the picture says why and offers Try again)
 *  2. engine     the pose model is loading or failed
 *  3. error      pose tracking failed on a frame
 *  4. nobody     nobody tracked for a while (never while a walker's pose is tracked)
 *  5. several    several people in view: which one is measured comes before how they are framed
 *  6. cut-off    part of the walker outside the picture
 *  7. too-far / too-close   the walker's size in the picture (the coach's shares)
 *  8. not-side-on  seen from the front or back
 *  9. hands-free what hands-free waits for or does (ready, recording, standing still)
 * 10. ok / looking   all is well: what this view measures; or the walker is being looked for
 *
 * Low light is not measured, so it has no message. `GuidanceHold` keeps a message on screen for at
 * least HOLD_MS unless a more important one comes, so it does not flicker.
 */
import { TOO_CLOSE_SHARE } from '../../../shared/coaching/constants';
import type { FramingCheck } from '../../../shared/hands-free/framing';
import type { CameraView } from '../../../shared/gait/types';
import type { TrackResult } from '../../../shared/tracking/types';
import { HANDS_FREE_STATUS_TEXT, type HandsFreeStatus } from './hands-free';

type TrackWarning = TrackResult['warnings'][number];

export interface GuidanceConditions {
  camera: 'opening' | 'problem' | 'ready';
  engine: 'loading' | 'failed' | 'ready';
  /** Pose tracking failed on the last frame. */
  error: string | null;
  /** The tracker's warnings, held steady (WarningHold). */
  warnings: readonly TrackWarning[];
  /** A walker's pose is tracked in the latest frame. */
  tracked: boolean;
  /** The latest frame's framing check (null: no frame yet). */
  framing: FramingCheck | null;
  /** The live readout's camera view. */
  view: CameraView;
  handsFree: HandsFreeStatus;
}

export type GuidanceKey =
  | 'camera'
  | 'engine'
  | 'error'
  | 'nobody'
  | 'several'
  | 'cut-off'
  | 'too-far'
  | 'too-close'
  | 'not-side-on'
  | 'hands-free'
  | 'ok'
  | 'looking';

export interface Guidance {
  key: GuidanceKey;
  text: string;
  /** A problem to fix (shown as a warning), or news that all is well. */
  tone: 'problem' | 'info';
}

const RANK: Record<GuidanceKey, number> = {
  camera: 0,
  engine: 1,
  error: 2,
  nobody: 3,
  several: 4,
  'cut-off': 5,
  'too-far': 6,
  'too-close': 6,
  'not-side-on': 7,
  'hands-free': 8,
  ok: 9,
  looking: 9,
};

const problem = (key: GuidanceKey, text: string): Guidance => ({ key, text, tone: 'problem' });
const info = (key: GuidanceKey, text: string): Guidance => ({ key, text, tone: 'info' });

/** The one message for these conditions, by the priority above. */
export function chooseGuidance(c: GuidanceConditions): Guidance {
  if (c.camera !== 'ready')
    return c.camera === 'opening'
      ? info('camera', 'Opening the camera…')
      : problem('camera', 'No camera picture: the message over the picture says what to do.');
  if (c.engine !== 'ready')
    return c.engine === 'loading'
      ? info('engine', 'Loading the pose model…')
      : problem('engine', 'Pose tracking is not available: the message over the picture says why.');
  if (c.error) return problem('error', c.error);
  // a tracked pose means someone is in view, whatever a held warning remembers
  if (!c.tracked && c.warnings.includes('no_person'))
    return problem('nobody', 'Nobody in view: step into the picture, whole body visible, 3–5 m from the camera.');
  if (c.warnings.includes('several_people') || c.handsFree === 'choose-walker')
    return problem('several', 'Several people in view: click the walker if the skeleton follows someone else.');
  if (!c.tracked) return info('looking', 'Looking for the walker…');
  if (c.warnings.includes('body_cut_off') || c.handsFree === 'not-whole')
    return problem('cut-off', 'Part of the body is outside the picture: step back or tilt the camera, head to feet.');
  if (c.warnings.includes('too_small'))
    return problem('too-far', 'You look very small in the picture: come closer, 3–5 m from the camera.');
  if ((c.framing?.heightShare ?? 0) > TOO_CLOSE_SHARE)
    return problem('too-close', 'Too close to the camera: step back until head and feet are well inside the picture.');
  if (c.view === 'front' || c.handsFree === 'not-side-on')
    return problem('not-side-on', 'Turn side-on to the camera: knee angles and knee past the toes need a side view.');
  if (c.handsFree === 'ready' || c.handsFree === 'recording' || c.handsFree === 'still')
    return info('hands-free', HANDS_FREE_STATUS_TEXT[c.handsFree]);
  return info(
    'ok',
    c.view === 'side'
      ? 'Side view: knee angles, knee past the toes, steps and direction are measured.'
      : 'Camera at an angle: place it at your side, at hip height, for knee angles.',
  );
}

/** A message stays at least this long (ms) unless a more important one comes. */
export const HOLD_MS = 1000;

/**
 * Steady guidance: a more important message shows at once, a less important one only after HOLD_MS;
 * "nobody" and "looking for the walker" go at once when a walker is tracked.
 */
export class GuidanceHold {
  private shown: Guidance | null = null;
  /** When the shown message was last chosen, ms. */
  private lastChosen = -Infinity;

  update(now: number, chosen: Guidance, tracked: boolean): Guidance {
    const shown = this.shown;
    const replace =
      !shown ||
      shown.key === chosen.key ||
      RANK[chosen.key] < RANK[shown.key] ||
      now - this.lastChosen >= HOLD_MS ||
      (tracked && (shown.key === 'nobody' || shown.key === 'looking')); // never beside a tracked walker
    if (replace) {
      this.shown = chosen;
      this.lastChosen = now;
    }
    return this.shown!;
  }
}
