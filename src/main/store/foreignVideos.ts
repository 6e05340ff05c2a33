/**
 * A backup's rows are not trusted to name files: before a restored database goes live, every video
 * path that does not resolve inside this data folder's videos/ is cleared (the session stays, with
 * its keypoints and analysis, without a video), so nothing outside can later be served or deleted.
 */
import type Database from 'better-sqlite3';
import { resolveInside } from '../files/insideFolder';
import { migrate } from './migrations';
import { connect, type OpenDatabaseOptions } from './openDatabase';

/** Clears the video of each session whose path leads outside `videosDir`; returns how many. */
export function dropForeignVideoPaths(db: Database.Database, videosDir: string): number {
  const rows = db.prepare('SELECT id, video_path FROM sessions WHERE video_path IS NOT NULL').all() as {
    id: number;
    video_path: string;
  }[];
  const clear = db.prepare('UPDATE sessions SET video_path = NULL, video_bytes = NULL WHERE id = ?');
  const foreign = rows.filter((r) => resolveInside(videosDir, r.video_path) === null);
  db.transaction(() => foreign.forEach((r) => clear.run(r.id)))();
  return foreign.length;
}

/**
 * Readies a checked private copy of a backup to be restored: brought to this schema version, and
 * its foreign video paths cleared (returns how many), before it replaces the live database.
 */
export function prepareRestore(staged: string, videosDir: string, sqlite: OpenDatabaseOptions): number {
  const db = connect(staged, sqlite);
  try {
    migrate(db);
    return dropForeignVideoPaths(db, videosDir);
  } finally {
    db.close();
  }
}
