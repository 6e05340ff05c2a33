/** A person's progress report: the points of one variant and direction (or all), weekly totals, bests, trend. */
import type { Variant } from '../api';
import { personalBests } from './bests';
import { recordPoints, recordsDirection, selectPoints } from './direction';
import { describeTrend } from './trend';
import type { DirectionFilter, ProgressPoint, ProgressReport } from './types';
import { weeklyTotals } from './weekly';

export interface ProgressInput {
  personId: number;
  variant: Variant | null;
  /** Backward (the default), forward or all walks; bests and trend are per direction (see ./direction). */
  direction: DirectionFilter;
  /** The person's sessions not in the trash, oldest first. */
  points: ProgressPoint[];
  now: Date;
  /** The user's clock, minutes east of UTC. */
  utcOffsetMin: number;
}

export function buildProgressReport(input: ProgressInput): ProgressReport {
  const { direction } = input;
  const points = selectPoints(input.points, input.variant, direction);
  const records = recordPoints(points, direction);
  return {
    personId: input.personId,
    variant: input.variant,
    direction,
    recordsDirection: recordsDirection(direction),
    points,
    weekly: weeklyTotals(points, input.utcOffsetMin),
    bests: personalBests(records),
    trend: describeTrend(records, input.now, input.utcOffsetMin),
  };
}
