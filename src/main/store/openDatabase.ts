/**
 * Opens (or creates) the SQLite database: WAL, durable commits, foreign keys, integrity check and
 * migrations. A damaged file is moved aside and replaced by a fresh database, with a notice for
 * the user rather than a crash.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export interface OpenedDatabase {
  db: Database.Database;
  /** Set when the existing file was damaged and a fresh database was made. */
  notice: string | null;
}

export interface OpenDatabaseOptions {
  /** Path of the native addon built for Electron's ABI (see scripts/electron-native.mjs). */
  nativeBinding?: string;
}

/** SQLite result codes (and their extended forms, e.g. SQLITE_CORRUPT_INDEX) meaning a damaged file. */
const DAMAGE_CODES = ['SQLITE_NOTADB', 'SQLITE_CORRUPT'];

class DamagedDatabaseError extends Error {}

function isDamage(err: unknown): boolean {
  if (err instanceof DamagedDatabaseError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.some((c) => code.startsWith(c));
}

/** A plain connection with the addon the process needs (Electron's own build under Electron). */
export function connect(file: string, options: OpenDatabaseOptions, extra: Database.Options = {}): Database.Database {
  return new Database(file, options.nativeBinding ? { ...extra, nativeBinding: options.nativeBinding } : extra);
}

function openAndPrepare(file: string, options: OpenDatabaseOptions): Database.Database {
  const db = connect(file, options);
  try {
    db.pragma('page_size = 8192'); // only takes effect on a new file; fits a 1-s batch BLOB in a page
    db.pragma('journal_mode = WAL');
    // FULL: each 1-s batch is on disk when its commit returns, so a power cut loses at most that second.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DamagedDatabaseError(`integrity check failed: ${String(check)}`);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function moveAside(file: string, stamp: string): string {
  const target = `${file}.damaged-${stamp}`;
  renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  mkdirSync(dirname(file), { recursive: true });
  try {
    return { db: openAndPrepare(file, options), notice: null };
  } catch (err) {
    if (!isDamage(err)) throw err;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAt = moveAside(file, stamp);
    const reason = err instanceof Error ? err.message : String(err);
    return {
      db: openAndPrepare(file, options),
      notice:
        `The database file was damaged (${reason}), so Retrowalk started a fresh one. ` +
        `The damaged file was kept at ${keptAt}; earlier sessions are not shown.`,
    };
  }
}
