/** A person's sessions as progress points: one indexed query over the small columns, never the analyses. */
import type Database from 'better-sqlite3';
import type { Variant } from '../../shared/api';
import type { ProgressPoint, WalkDirection } from '../../shared/progress/types';
import { parseMetrics } from './metricsColumn';

type PointRow = [
  id: number,
  startedAt: string,
  title: string | null,
  variant: Variant,
  direction: string | null,
  metrics: string,
];

const DIRECTIONS: ReadonlySet<string> = new Set<WalkDirection>(['backward', 'forward', 'mixed', 'standing', 'unknown']);
/** The stored direction as the analysis names it; anything else (none, a future name) as null. */
const walkDirection = (d: string | null): WalkDirection | null =>
  d !== null && DIRECTIONS.has(d) ? (d as WalkDirection) : null;

export type ProgressStore = ReturnType<typeof createProgressStore>;

export function createProgressStore(db: Database.Database) {
  // sessions_by_person (person_id, started_at) WHERE deleted_at IS NULL serves both, in order.
  const all = db
    .prepare(
      `SELECT id, started_at, title, variant, direction, metrics FROM sessions
                          WHERE person_id = ? AND deleted_at IS NULL AND metrics IS NOT NULL ORDER BY started_at, id`,
    )
    .raw();
  const ofVariant = db
    .prepare(
      `SELECT id, started_at, title, variant, direction, metrics FROM sessions
                                WHERE person_id = ? AND deleted_at IS NULL AND metrics IS NOT NULL AND variant = ? ORDER BY started_at, id`,
    )
    .raw();

  return {
    /**
     * The person's analysed sessions outside the trash, oldest first; one variant or all, every
     * direction (the report filters directions: src/shared/progress/direction.ts).
     */
    points(personId: number, variant: Variant | null): ProgressPoint[] {
      const rows = (variant === null ? all.all(personId) : ofVariant.all(personId, variant)) as PointRow[];
      return rows.flatMap(([sessionId, startedAt, title, pointVariant, direction, text]) => {
        const metrics = parseMetrics(text);
        return metrics
          ? [{ sessionId, startedAt, title, variant: pointVariant, direction: walkDirection(direction), metrics }]
          : [];
      });
    },
  };
}
