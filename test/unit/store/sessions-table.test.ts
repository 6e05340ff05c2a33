/**
 * The sessions table's declaration, as SQLite keeps it, to the byte: migrations v4, v6 and v7 build
 * it from shared column lists, and a released migration must keep writing what it wrote.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/main/store/migrations';

const RELEASED = `CREATE TABLE "sessions" (
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

describe('the sessions table', () => {
  it('is declared as the releases declared it, in a new database and in one migrated from each earlier version', () => {
    for (let version = 0; version < MIGRATIONS.length; version++) {
      const db = new Database(':memory:');
      migrate(db, MIGRATIONS.slice(0, version));
      migrate(db);
      expect(
        db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'").pluck().get(),
        `from v${version}`,
      ).toBe(RELEASED);
      db.close();
    }
  });
});
