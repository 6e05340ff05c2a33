/**
 * The largest session id a data folder has used, so that no id is handed out twice: SQLite keeps it
 * for AUTOINCREMENT in sqlite_sequence (migration v7), and what replaces the database (a restore, a
 * fresh database after a damaged one) gets it raised past every id used before.
 */
import type Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The largest session id this database has used (its sequence, or its largest id). */
export function largestSessionId(db: Database.Database): number {
  const seq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'sessions'").pluck().get() as number | undefined;
  const max = db.prepare('SELECT max(id) FROM sessions').pluck().get() as number | null;
  return Math.max(seq ?? 0, max ?? 0);
}

/** Makes the next session id at least `floor` + 1. */
export function raiseSessionIds(db: Database.Database, floor: number): void {
  if (!(floor > largestSessionId(db))) return;
  db.transaction(() => {
    const updated = db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sessions'").run(floor);
    if (updated.changes === 0) db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('sessions', ?)").run(floor);
  })();
}

/** The largest session id in the names of the video files (`<id>-….ext`, `<id>.ext`, also in orphaned/). */
export function largestIdInVideos(videosDir: string): number {
  let largest = 0;
  for (const dir of [videosDir, join(videosDir, 'orphaned')]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // no such folder yet
    }
    for (const name of names) {
      const id = /^(\d+)[-.]/.exec(name);
      if (id) largest = Math.max(largest, Number(id[1]));
    }
  }
  return largest;
}
