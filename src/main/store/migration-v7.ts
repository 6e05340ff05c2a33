/**
 * Migration v7: session ids are never handed out again. With a plain INTEGER PRIMARY KEY, SQLite
 * gives a new row the largest id + 1, so deleting the newest session (or restoring an older backup)
 * let the next recording take an id that already named a session, its video and its exports.
 * AUTOINCREMENT keeps the largest id ever used in sqlite_sequence; the restore and the damaged-
 * database recovery raise it past every id this data folder has used (store/sessionIds.ts).
 * The table is rebuilt as in v6, same columns in the same order.
 */
import type Database from 'better-sqlite3';

const SESSIONS_V7 = `
  CREATE TABLE sessions_v7 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id           INTEGER NOT NULL REFERENCES people(id),
    started_at          TEXT NOT NULL,
    deleted_at          TEXT,
    variant             TEXT NOT NULL DEFAULT 'flat' CHECK (variant IN ('flat', 'uphill', 'treadmill-off', 'sled')),
    title               TEXT,
    metrics             TEXT,
    status              TEXT NOT NULL CHECK (status IN ('recording', 'complete', 'interrupted')),
    duration_ms         REAL NOT NULL DEFAULT 0,
    model               TEXT NOT NULL,
    fps                 REAL NOT NULL,
    width               INTEGER NOT NULL,
    height              INTEGER NOT NULL,
    direction           TEXT,
    frame_count         INTEGER NOT NULL DEFAULT 0,
    last_t              REAL,
    video_path          TEXT,
    video_bytes         INTEGER,
    source              TEXT NOT NULL DEFAULT 'recorded' CHECK (source IN ('recorded', 'imported')),
    original_name       TEXT,
    video_owned         INTEGER NOT NULL DEFAULT 1,
    load_kg             REAL,
    distance_m          REAL,
    exercise_duration_s REAL,
    notes               TEXT NOT NULL DEFAULT '',
    tags                TEXT NOT NULL DEFAULT '[]',
    fingerprint         TEXT,
    warnings            TEXT,
    height_cm           REAL,
    analysis_height_cm  REAL,
    analysis            TEXT
  )`;

const COLUMNS = [
  'id',
  'person_id',
  'started_at',
  'deleted_at',
  'variant',
  'title',
  'metrics',
  'status',
  'duration_ms',
  'model',
  'fps',
  'width',
  'height',
  'direction',
  'frame_count',
  'last_t',
  'video_path',
  'video_bytes',
  'source',
  'original_name',
  'video_owned',
  'load_kg',
  'distance_m',
  'exercise_duration_s',
  'notes',
  'tags',
  'fingerprint',
  'warnings',
  'height_cm',
  'analysis_height_cm',
  'analysis',
].join(', ');

export function migrateToLastingSessionIds(db: Database.Database): void {
  db.exec(SESSIONS_V7);
  db.exec(`
    INSERT INTO sessions_v7 (${COLUMNS}) SELECT ${COLUMNS} FROM sessions;
    DROP TABLE sessions;
    ALTER TABLE sessions_v7 RENAME TO sessions;
    CREATE INDEX sessions_by_person ON sessions(person_id, started_at) WHERE deleted_at IS NULL;
    CREATE INDEX sessions_in_trash ON sessions(person_id, deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX sessions_by_fingerprint ON sessions(fingerprint);
  `);
}
