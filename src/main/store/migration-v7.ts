/**
 * Migration v7: session ids are never handed out again. With a plain INTEGER PRIMARY KEY, SQLite
 * gives a new row the largest id + 1, so deleting the newest session (or restoring an older backup)
 * let the next recording take an id that already named a session, its video and its exports.
 * AUTOINCREMENT keeps the largest id ever used in sqlite_sequence; the restore and the damaged-
 * database recovery raise it past every id this data folder has used (store/sessionIds.ts).
 * The table is rebuilt as in v6, same columns in the same order.
 */
import type Database from 'better-sqlite3';
import { SESSIONS_V6 } from './migration-v6';
import { columnNames, rebuildSessions, type ColumnDeclaration } from './sessionsRebuild';

/** The v6 columns, the id now AUTOINCREMENT. */
const SESSIONS_V7: readonly ColumnDeclaration[] = SESSIONS_V6.map(([name, declaration]) =>
  name === 'id' ? [name, 'INTEGER PRIMARY KEY AUTOINCREMENT'] : [name, declaration],
);
const COLUMNS = columnNames(SESSIONS_V7).join(', ');

export function migrateToLastingSessionIds(db: Database.Database): void {
  rebuildSessions(db, {
    name: 'sessions_v7',
    columns: SESSIONS_V7,
    copy: () => db.exec(`INSERT INTO sessions_v7 (${COLUMNS}) SELECT ${COLUMNS} FROM sessions`),
  });
}
