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

const SESSIONS_V6 = `
  CREATE TABLE sessions_v6 (
    id                  INTEGER PRIMARY KEY,
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

/** The v5 columns, copied as they are. */
const KEPT_COLUMNS = [
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
  'analysis_height_cm',
  'analysis',
].join(', ');

export function migrateToSessionHeights(db: Database.Database): void {
  db.exec(SESSIONS_V6);
  db.exec(`
    INSERT INTO sessions_v6 (${KEPT_COLUMNS}, height_cm)
      SELECT ${KEPT_COLUMNS}, (SELECT height_cm FROM people WHERE people.id = sessions.person_id) FROM sessions;
    DROP TABLE sessions;
    ALTER TABLE sessions_v6 RENAME TO sessions;
    CREATE INDEX sessions_by_person ON sessions(person_id, started_at) WHERE deleted_at IS NULL;
    CREATE INDEX sessions_in_trash ON sessions(person_id, deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX sessions_by_fingerprint ON sessions(fingerprint);
  `);
}
