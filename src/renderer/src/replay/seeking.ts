/**
 * Where the replay's step controls go: previous/next step, the step to loop, the peaks of
 * knee-past-toe. Steps are the gait module's step_list (one per foot contact); times in seconds.
 */
import type { SessionSeries, Side, StepRecord } from '../../../shared/gait';
import { MAX_STEP_S } from '../../../shared/gait/steps';

/** "Previous step" while just past a step's start (after seeking to it) goes to the one before. */
const AT_STEP_S = 0.02;

export interface TimeRange { startS: number; endS: number }

/** Contact time of the step after `timeS`, or null at the last. */
export function nextStepTime(steps: readonly StepRecord[], timeS: number): number | null {
  for (const s of steps) if (s.t_s > timeS + AT_STEP_S) return s.t_s;
  return null;
}

/** Contact time of the step before `timeS`, or null at the first. */
export function previousStepTime(steps: readonly StepRecord[], timeS: number): number | null {
  let found: number | null = null;
  for (const s of steps) if (s.t_s < timeS - AT_STEP_S) found = s.t_s;
  return found;
}

/**
 * The step being walked at `timeS`: from its foot's contact to the next contact of either foot.
 * Null before the first contact, in a pause (no contact within MAX_STEP_S), and after the last step
 * when its length is unknown.
 */
export function stepRangeAt(steps: readonly StepRecord[], timeS: number): TimeRange | null {
  let index = -1;
  for (let i = 0; i < steps.length; i++) if (steps[i].t_s <= timeS + AT_STEP_S) index = i;
  if (index < 0) return null;
  const start = steps[index].t_s;
  const next = steps[index + 1];
  const end = next ? next.t_s : start + (lastStepTime(steps) ?? Infinity);
  if (!(end - start <= MAX_STEP_S) || timeS >= end) return null;
  return { startS: start, endS: end };
}

function lastStepTime(steps: readonly StepRecord[]): number | null {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i].step_time_s != null) return steps[i].step_time_s;
  return null;
}

/**
 * Time and value of each leg's largest knee-past-toe angle while its foot is on the ground (from a
 * contact to its lift-off, the stance the gait module takes its per-step peaks from; a swinging
 * leg's knee says nothing about loading it). Null where no stance of that leg was measured.
 */
export function peakKneePastToe(
  series: Pick<SessionSeries, 't' | 'kneePastToeDeg'>,
  steps: readonly StepRecord[],
): Record<Side, { timeS: number; deg: number } | null> {
  const peak = (side: Side) => {
    const values = series.kneePastToeDeg[side];
    const stances = steps.filter((s) => s.side === side && s.stance_time_s != null);
    // events fall between frames: a stance runs from the frame nearest its contact to the one nearest its lift-off
    const n = series.t.length;
    const halfFrame = n > 1 ? (series.t[n - 1] - series.t[0]) / (n - 1) / 2 : 0;
    const onGround = (t: number) => stances.some((s) => t >= s.t_s - halfFrame && t <= s.t_s + s.stance_time_s! + halfFrame);
    let best = -1;
    for (let i = 0; i < values.length; i++) {
      if (values[i] === values[i] && (best < 0 || values[i] > values[best]) && onGround(series.t[i])) best = i;
    }
    return best < 0 ? null : { timeS: series.t[best], deg: values[best] };
  };
  return { left: peak('left'), right: peak('right') };
}
