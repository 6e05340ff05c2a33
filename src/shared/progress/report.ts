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
  // trends compare like with like: one variant's walks, the latest walk's when all are shown
  const trendVariant = input.variant ?? latestOf(records)?.variant ?? null;
  const trendRecords = records.filter((p) => p.variant === trendVariant);
  return {
    personId: input.personId,
    variant: input.variant,
    direction,
    recordsDirection: recordsDirection(direction),
    points,
    weekly: weeklyTotals(points, input.utcOffsetMin),
    bests: personalBests(records),
    trend: describeTrend(trendRecords, input.now, input.utcOffsetMin),
    trendVariant,
  };
}

function latestOf(points: readonly ProgressPoint[]): ProgressPoint | undefined {
  let latest: ProgressPoint | undefined;
  for (const p of points) if (!latest || Date.parse(p.startedAt) >= Date.parse(latest.startedAt)) latest = p;
  return latest;
}
