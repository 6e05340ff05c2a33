/**
 * Stored analyses follow the gait maths: when ANALYSIS_VERSION is newer than the one the database
 * was last analysed with, every session with keypoints is analysed again from them (with the
 * session's height), one session per turn of the event loop so the app answers meanwhile; and a
 * recording a crash interrupted gets the analysis of what it stored. The version is written once
 * every session is done, so an upgrade cut short goes on at the next start.
 */
import type Database from 'better-sqlite3';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ANALYSIS_VERSION } from '../../shared/gait/constants';

const VERSION_KEY = 'analysisVersion';

export function storedAnalysisVersion(db: Database.Database): number {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(VERSION_KEY) as string | undefined;
  const parsed = value === undefined ? NaN : Number(JSON.parse(value));
  return Number.isInteger(parsed) ? parsed : 1;
}

/** The sessions to analyse again: all with keypoints after a change of the maths, else the interrupted unanalysed ones. */
export function sessionsToAnalyse(db: Database.Database): number[] {
  const stale = storedAnalysisVersion(db) < ANALYSIS_VERSION;
  const sql = stale
    ? "SELECT id FROM sessions WHERE status != 'recording' AND frame_count > 0 ORDER BY id"
    : "SELECT id FROM sessions WHERE status = 'interrupted' AND analysis IS NULL AND frame_count > 0 ORDER BY id";
  return db.prepare(sql).pluck().all() as number[];
}

export interface UpgradeTarget {
  /** The database now (a restore can swap it while the upgrade runs). */
  db(): Database.Database;
  reanalyse(id: number): boolean;
}

/** Analyses the sessions again; stops (to start over at the next open) if the database is swapped. */
export async function upgradeAnalyses(target: UpgradeTarget): Promise<{ analysed: number; finished: boolean }> {
  const db = target.db();
  const ids = sessionsToAnalyse(db);
  let analysed = 0;
  for (const id of ids) {
    await nextTurn();
    // closed (the app quits) or swapped (a restore): the next open starts over
    if (!db.open || target.db() !== db) return { analysed, finished: false };
    if (target.reanalyse(id)) analysed++;
  }
  if (!db.open) return { analysed, finished: false };
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(VERSION_KEY, JSON.stringify(ANALYSIS_VERSION));
  return { analysed, finished: true };
}
