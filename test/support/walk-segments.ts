import type { SynthSegment } from './synthetic-gait';

/** Walking backward, standing still, then walking backward as long again: one walk with a pause in it. */
export const backwardWithPause = (walk_s: number, stand_s: number): SynthSegment[] => [
  { mode: 'backward', duration_s: walk_s },
  { mode: 'standing', duration_s: stand_s },
  { mode: 'backward', duration_s: walk_s },
];
