/**
 * Migration v4: people, session details, trash, fingerprints and progress metrics.
 *
 * The sessions table is rebuilt (SQLite cannot add a NOT NULL foreign key column): person_id is
 * NOT NULL, and the small columns progress reads come before the big analysis JSON, so reading
 * them never walks the analysis's overflow pages. Backfill: when the database already holds
 * sessions (or a height was set), one person "Me" with the height of the old `heightCm` setting
 * gets every session and becomes the active person; that setting is removed.
 */
import type Database from 'better-sqlite3';
import { fingerprinter } from './fingerprint';
import { metricsFromStored } from './metricsColumn';
import { columnNames, rebuildSessions, type ColumnDeclaration } from './sessionsRebuild';

/** The sessions table from v4 on: the small columns a list reads come before the big analysis JSON. */
export const SESSIONS_V4: readonly ColumnDeclaration[] = [
  ['id', 'INTEGER PRIMARY KEY'],
  ['person_id', 'INTEGER NOT NULL REFERENCES people(id)'],
  ['started_at', 'TEXT NOT NULL'],
  ['deleted_at', 'TEXT'],
  ['variant', "TEXT NOT NULL DEFAULT 'flat' CHECK (variant IN ('flat', 'uphill', 'treadmill-off', 'sled'))"],
  ['title', 'TEXT'],
  ['metrics', 'TEXT'],
  ['status', "TEXT NOT NULL CHECK (status IN ('recording', 'complete', 'interrupted'))"],
  ['duration_ms', 'REAL NOT NULL DEFAULT 0'],
  ['model', 'TEXT NOT NULL'],
  ['fps', 'REAL NOT NULL'],
  ['width', 'INTEGER NOT NULL'],
  ['height', 'INTEGER NOT NULL'],
  ['direction', 'TEXT'],
  ['frame_count', 'INTEGER NOT NULL DEFAULT 0'],
  ['last_t', 'REAL'],
  ['video_path', 'TEXT'],
  ['video_bytes', 'INTEGER'],
  ['source', "TEXT NOT NULL DEFAULT 'recorded' CHECK (source IN ('recorded', 'imported'))"],
  ['original_name', 'TEXT'],
  ['video_owned', 'INTEGER NOT NULL DEFAULT 1'],
  ['load_kg', 'REAL'],
  ['distance_m', 'REAL'],
  ['exercise_duration_s', 'REAL'],
  ['notes', "TEXT NOT NULL DEFAULT ''"],
  ['tags', "TEXT NOT NULL DEFAULT '[]'"],
  ['fingerprint', 'TEXT'],
  ['warnings', 'TEXT'],
  ['analysis', 'TEXT'],
];

/** The columns v4 adds; the others are v3's, copied as they are. */
const ADDED_IN_V4 = new Set([
  'person_id',
  'deleted_at',
  'variant',
  'title',
  'metrics',
  'load_kg',
  'distance_m',
  'exercise_duration_s',
  'notes',
  'tags',
  'fingerprint',
]);
const KEPT_COLUMNS = columnNames(SESSIONS_V4)
  .filter((name) => !ADDED_IN_V4.has(name))
  .join(', ');

function oldHeightSetting(db: Database.Database): number | null {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'heightCm'").get() as { value: string } | undefined;
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.value);
    return typeof value === 'number' && value >= 50 && value <= 250 ? value : null;
  } catch {
    return null;
  }
}

export function migrateToPeople(db: Database.Database): void {
  db.exec(`
    CREATE TABLE people (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      height_cm  REAL,
      birth_year INTEGER,
      created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX people_by_name ON people(name COLLATE NOCASE);
  `);
  const heightCm = oldHeightSetting(db);
  const sessionCount = db.prepare('SELECT COUNT(*) FROM sessions').pluck().get() as number;
  let personId: number | null = null;
  if (sessionCount > 0 || heightCm !== null) {
    personId = Number(
      db
        .prepare("INSERT INTO people (name, height_cm, created_at) VALUES ('Me', ?, ?)")
        .run(heightCm, new Date().toISOString()).lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO settings (key, value) VALUES ('personId', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ).run(JSON.stringify(personId));
  }
  db.prepare("DELETE FROM settings WHERE key = 'heightCm'").run();

  rebuildSessions(db, {
    name: 'sessions_v4',
    columns: SESSIONS_V4,
    copy: () =>
      db
        .prepare(`INSERT INTO sessions_v4 (person_id, ${KEPT_COLUMNS}) SELECT ?, ${KEPT_COLUMNS} FROM sessions`)
        .run(personId),
  });

  const fingerprintOf = fingerprinter(db);
  const fill = db.prepare('UPDATE sessions SET fingerprint = ?, metrics = ? WHERE id = ?');
  const rows = db.prepare('SELECT id, started_at, analysis FROM sessions').all() as {
    id: number;
    started_at: string;
    analysis: string | null;
  }[];
  for (const row of rows)
    fill.run(fingerprintOf(row.id, row.started_at), metricsFromStored(row.analysis, heightCm, heightCm), row.id);
}
