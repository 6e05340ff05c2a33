/**
 * Schema migrations, applied in order by PRAGMA user_version: migration i takes the database from
 * version i to i + 1. Never edit a released migration; append a new one.
 */
import type Database from 'better-sqlite3';
import { migrateToPeople } from './migration-v4';
import { migrateToSessionHeights } from './migration-v6';
import { migrateToLastingSessionIds } from './migration-v7';

export type Migration = (db: Database.Database) => void;

export const MIGRATIONS: readonly Migration[] = [
  // v1: settings, sessions, keypoint frames stored one BLOB per recorded batch (see frameCodec).
  (db) =>
    db.exec(`
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE sessions (
      id          INTEGER PRIMARY KEY,
      started_at  TEXT NOT NULL,
      duration_ms REAL NOT NULL DEFAULT 0,
      model       TEXT NOT NULL,
      fps         REAL NOT NULL,
      width       INTEGER NOT NULL,
      height      INTEGER NOT NULL,
      status      TEXT NOT NULL CHECK (status IN ('recording', 'complete', 'interrupted')),
      direction   TEXT,
      analysis    TEXT,
      video_path  TEXT,
      video_bytes INTEGER
    );
    CREATE TABLE frame_batches (
      id          INTEGER PRIMARY KEY,
      session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      frame_count INTEGER NOT NULL,
      data        BLOB NOT NULL
    );
    CREATE INDEX frame_batches_by_session ON frame_batches(session_id, id);
  `),
  // v2: running frame count and last timestamp per session, so listing sessions and recovering an
  // interrupted one need not decode every batch; backfilled from the stored batches.
  (db) => {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN frame_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sessions ADD COLUMN last_t REAL;
      UPDATE sessions SET frame_count =
        (SELECT COALESCE(SUM(frame_count), 0) FROM frame_batches WHERE session_id = sessions.id);
    `);
    // last_t lives inside the blobs (first 8 bytes × n are Float64 timestamps): read the last one.
    const lastBatches = db
      .prepare(
        `
      SELECT session_id, frame_count, data FROM frame_batches
      WHERE id IN (SELECT MAX(id) FROM frame_batches GROUP BY session_id)`,
      )
      .all() as { session_id: number; frame_count: number; data: Buffer }[];
    const setLastT = db.prepare('UPDATE sessions SET last_t = ? WHERE id = ?');
    for (const b of lastBatches) {
      if (b.frame_count > 0) setLastT.run(b.data.readDoubleLE(8 * (b.frame_count - 1)), b.session_id);
    }
  },
  // v3: imported videos and per-model results. A session's own columns and its frame batches with
  // track_id NULL stay its first result (the recording, or the import's model); later analyses
  // with another model (re-analysis) are session_tracks with their own batches. Existing sessions
  // are recordings whose video lies in the data folder.
  (db) =>
    db.exec(`
    ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'recorded' CHECK (source IN ('recorded', 'imported'));
    ALTER TABLE sessions ADD COLUMN original_name TEXT;
    ALTER TABLE sessions ADD COLUMN video_owned INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE sessions ADD COLUMN warnings TEXT;
    CREATE TABLE session_tracks (
      id          INTEGER PRIMARY KEY,
      session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      model       TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      frame_count INTEGER NOT NULL,
      width       INTEGER NOT NULL,
      height      INTEGER NOT NULL,
      direction   TEXT,
      analysis    TEXT,
      warnings    TEXT,
      UNIQUE (session_id, model)
    );
    ALTER TABLE frame_batches ADD COLUMN track_id INTEGER REFERENCES session_tracks(id) ON DELETE CASCADE;
    CREATE INDEX frame_batches_by_track ON frame_batches(track_id, id) WHERE track_id IS NOT NULL;
  `),
  // v4: people own sessions; session details the user edits, the trash, a fingerprint for merging
  // backups, and each session's progress metrics (see migration-v4.ts).
  migrateToPeople,
  // v5: the height each analysis's cm were computed with, so moving a session or changing a height
  // rescales its lengths (store/metricsColumn.ts); existing ones were analysed with their person's.
  (db) =>
    db.exec(`
    ALTER TABLE sessions ADD COLUMN analysis_height_cm REAL;
    UPDATE sessions SET analysis_height_cm = (SELECT height_cm FROM people WHERE people.id = sessions.person_id) WHERE analysis IS NOT NULL;
  `),
  // v6: each session's own height, the one its person had when it was filmed (see migration-v6.ts).
  migrateToSessionHeights,
  // v7: session ids never handed out again (AUTOINCREMENT; see migration-v7.ts).
  migrateToLastingSessionIds,
  // v8: each person's goals (knee past the toes with its unit, backward minutes a week) and kids mode.
  (db) =>
    db.exec(`
    ALTER TABLE people ADD COLUMN goal_knee_past_toe REAL;
    ALTER TABLE people ADD COLUMN goal_knee_past_toe_unit TEXT CHECK (goal_knee_past_toe_unit IN ('cm', 'deg'));
    ALTER TABLE people ADD COLUMN goal_backward_min_week REAL;
    ALTER TABLE people ADD COLUMN kids_mode INTEGER NOT NULL DEFAULT 0;
  `),
  // v9: the part of a session kept for its analyses (sessions.trim), in s of frame time; no row: all
  // of it. A table of its own: sessions keeps its analysis the last column (lists never read it).
  (db) =>
    db.exec(`
    CREATE TABLE session_trims (
      session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
      start_s    REAL NOT NULL,
      end_s      REAL NOT NULL CHECK (end_s > start_s)
    );
  `),
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database up to `migrations.length`, each step in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The database has schema version ${current}, newer than this Retrowalk knows (${migrations.length}); ` +
        'update Retrowalk to open it.',
    );
  }
  if (current === migrations.length) return;
  // Rebuilding a table (v4) needs foreign keys off, or dropping the old table would cascade to its
  // frames; SQLite only switches them outside a transaction. Each step is checked before its commit.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    for (let version = current; version < migrations.length; version++) {
      db.transaction(() => {
        migrations[version](db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0)
          throw new Error(
            `Migration to version ${version + 1} left ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 3))}`,
          );
        db.pragma(`user_version = ${version + 1}`);
      })();
    }
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
}
