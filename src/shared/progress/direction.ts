/**
 * Which walks a progress view shows, and whose records (bests, trend) it reads (docs/metrics.md,
 * "Direction filter"). Retrowalk's exercise is walking backward: a forward walk never sets a
 * backward best. A session's direction is its analysis' main direction (`sessions.direction`).
 */
import type { Variant } from '../api';
import type { DirectionFilter, ProgressPoint, RecordsDirection } from './types';

export const DIRECTION_FILTERS: readonly DirectionFilter[] = ['backward', 'forward', 'all'];

/**
 * Whether a session shows under a direction filter: 'backward' and 'forward' keep the walks whose
 * main direction is exactly that; 'mixed' (both ways in one walk, e.g. there and back), 'standing',
 * 'unknown' and not-analysed (null) walks only show under 'all'.
 */
export function inDirection(direction: ProgressPoint['direction'], filter: DirectionFilter): boolean {
  return filter === 'all' || direction === filter;
}

/** The walks a view shows: of one variant (null: every variant) and one direction (or all), order kept. */
export function selectPoints(
  points: readonly ProgressPoint[],
  variant: Variant | null,
  direction: DirectionFilter,
): ProgressPoint[] {
  return points.filter((p) => (variant == null || p.variant === variant) && inDirection(p.direction, direction));
}

/** The direction whose walks set a view's bests and trend: its own, or backward (the exercise's) for 'all'. */
export function recordsDirection(filter: DirectionFilter): RecordsDirection {
  return filter === 'all' ? 'backward' : filter;
}

/** The shown walks that count for bests and trend: those of the records' direction (mixed ones never). */
export function recordPoints(shown: readonly ProgressPoint[], filter: DirectionFilter): ProgressPoint[] {
  const direction = recordsDirection(filter);
  return shown.filter((p) => p.direction === direction);
}
