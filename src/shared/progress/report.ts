/** A person's progress report: the points of one variant (or all), weekly totals, bests, trend. */
import type { Variant } from '../api';
import { personalBests } from './bests';
import { describeTrend } from './trend';
import type { ProgressPoint, ProgressReport } from './types';
import { weeklyTotals } from './weekly';

export interface ProgressInput {
  personId: number;
  variant: Variant | null;
  /** The person's sessions not in the trash, oldest first. */
  points: ProgressPoint[];
  now: Date;
  /** The user's clock, minutes east of UTC. */
  utcOffsetMin: number;
}

export function buildProgressReport(input: ProgressInput): ProgressReport {
  const points = input.variant == null ? input.points : input.points.filter((p) => p.variant === input.variant);
  return {
    personId: input.personId,
    variant: input.variant,
    points,
    weekly: weeklyTotals(points, input.utcOffsetMin),
    bests: personalBests(points),
    trend: describeTrend(points, input.now, input.utcOffsetMin),
  };
}
