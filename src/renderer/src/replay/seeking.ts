/**
 * Where the replay's step controls go: previous/next step, the step to loop. (Each leg's largest
 * step is `largestStep`, src/shared/display/knee-past-toe.ts.) Steps are the gait module's
 * step_list (one per foot contact); times in seconds.
 */
import type { StepRecord } from '../../../shared/gait';
import { MAX_STEP_S } from '../../../shared/gait/steps';

/** "Previous step" while just past a step's start (after seeking to it) goes to the one before. */
const AT_STEP_S = 0.02;

export interface TimeRange {
  startS: number;
  endS: number;
}

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
