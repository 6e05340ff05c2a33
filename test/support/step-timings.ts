import type { StepTiming } from '../../src/shared/gait/steps';

/**
 * Steps with these step times and nothing else measured: one a second, left first then alternating,
 * `framesPerStep` frames apart, each in the first walking range.
 */
export function alternatingSteps(times: ReadonlyArray<number | null>, framesPerStep: number): StepTiming[] {
  return times.map((step_time_s, k) => ({
    side: k % 2 ? 'right' : 'left',
    t_s: k,
    frame: k * framesPerStep,
    range: 0,
    inferred: false,
    step_time_s,
    stance_time_s: null,
    liftoffFrame: -1,
    nextContactFrame: -1,
    otherLiftoffFrame: -1,
  }));
}
