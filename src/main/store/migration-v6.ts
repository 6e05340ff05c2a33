/**
 * Migration v6: each session keeps its own height (`height_cm`), the one its person had when it was
 * filmed, so a child's earlier sessions keep the lengths of the height they had then.
 *
 * The sessions table is rebuilt, as in v4, so the small columns a list reads (height_cm among them)
 * still come before the big analysis JSON: a column added by ALTER TABLE would sit after it, and
 * reading it would walk the analysis's overflow pages for every listed session.
 *
 * Existing sessions take their person's height now, not analysis_height_cm: their lengths (metrics
 * column, replay, reports) were shown in that height until now, so nothing changes on screen; and
 * sessions without an analysis (no analysis_height_cm) get one too.
 */
import type Database from 'better-sqlite3';
import { SESSIONS_V4 } from './migration-v4';
import { columnNames, rebuildSessions, type ColumnDeclaration } from './sessionsRebuild';

/** The v4 columns, then the session's own height and its analysis's, before the analysis (still the last). */
export const SESSIONS_V6: readonly ColumnDeclaration[] = [
  ...SESSIONS_V4.filter(([name]) => name !== 'analysis'),
  ['height_cm', 'REAL'],
  ['analysis_height_cm', 'REAL'],
  ['analysis', 'TEXT'],
];

/** The v5 columns, copied as they are. */
const KEPT_COLUMNS = columnNames(SESSIONS_V6)
  .filter((name) => name !== 'height_cm')
  .join(', ');

export function migrateToSessionHeights(db: Database.Database): void {
  rebuildSessions(db, {
    name: 'sessions_v6',
    columns: SESSIONS_V6,
    copy: () =>
      db.exec(`
        INSERT INTO sessions_v6 (${KEPT_COLUMNS}, height_cm)
          SELECT ${KEPT_COLUMNS}, (SELECT height_cm FROM people WHERE people.id = sessions.person_id) FROM sessions;
      `),
  });
}
