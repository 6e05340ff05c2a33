/**
 * Backup files: the whole database copied with SQLite's online backup into <dataDir>/backups/, and
 * the checks a file must pass before it may replace or join the database (restore, merge).
 * A backup is written under a temporary name and gets its backup name only once it is whole and
 * checked, so a full disk or a crash never leaves a half file that looks like a backup.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupFile } from '../../shared/api';
import { ApiError } from '../errors';
import { SCHEMA_VERSION } from './migrations';
import { connect, type OpenDatabaseOptions } from './openDatabase';

export const BACKUPS_FOLDER = 'backups';
/** The only names served from /backups/: what backupFileName makes. */
const BACKUP_FILE_PATTERN = /^retrowalk-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/;

/** A time as file names can hold it: 2026-03-01T10-00-00-000Z. */
export const fileStamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

const backupFileName = (now: Date): string => `retrowalk-backup-${fileStamp(now)}.sqlite`;

/** A backup being written: never served, removed at the next start if a crash left it. */
const UNFINISHED_SUFFIX = '.partial';

/**
 * True when `file` is a whole single-file SQLite database: its header's page count times its page
 * size is the file's size, it is in rollback-journal mode (not WAL, whose pages may lie in an -wal
 * beside it) and nothing beside it holds pages of it. Reads 100 bytes.
 */
export function isWholeDatabaseFile(file: string): boolean {
  const header = Buffer.alloc(100);
  let size: number;
  try {
    size = statSync(file).size;
    const fd = openSync(file, 'r');
    try {
      if (readSync(fd, header, 0, 100, 0) < 100) return false;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return false;
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const rollbackMode = header[18] === 1 && header[19] === 1;
  // The in-header page count is valid only when "version-valid-for" equals the change counter.
  const pageCountValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  return (
    rollbackMode &&
    pageCountValid &&
    header.readUInt32BE(28) * pageSize === size &&
    !['-wal', '-journal'].some((suffix) => existsSync(file + suffix))
  );
}

/** The path of a whole backup in `backupsDir` for a name from a URL, or null for any other name or file. */
export function backupPath(backupsDir: string, fileName: string): string | null {
  if (!BACKUP_FILE_PATTERN.test(fileName)) return null;
  const path = join(backupsDir, fileName);
  return isWholeDatabaseFile(path) ? path : null;
}

/** Removes what a backup cut off by a crash left in `backupsDir`. */
export function removeUnfinishedBackups(backupsDir: string): void {
  if (!existsSync(backupsDir)) return;
  for (const name of readdirSync(backupsDir)) {
    if (name.endsWith(UNFINISHED_SUFFIX)) removeDatabaseFile(join(backupsDir, name));
  }
}

/** A backup is downloaded as a file, never shown; its name passed BACKUP_FILE_PATTERN (no quotes). */
export function backupDownloadHeaders(fileName: string): Record<string, string> {
  return {
    'Content-Type': 'application/vnd.sqlite3',
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  };
}

function counts(db: Database.Database): { sessions: number; people: number } {
  return {
    sessions: db.prepare('SELECT COUNT(*) FROM sessions').pluck().get() as number,
    people: db.prepare('SELECT COUNT(*) FROM people').pluck().get() as number,
  };
}

/** Makes the copy one file in rollback mode (no -wal beside it), checks it and counts what it holds. */
function finishCopy(file: string, sqlite: OpenDatabaseOptions): { sessions: number; people: number } {
  const copy = connect(file, sqlite);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed SQLite's check: ${String(check)}`);
    return counts(copy);
  } finally {
    copy.close();
  }
}

/**
 * Copies the live database (consistent even while it is written) into one self-contained file,
 * under its backup name only once it is whole and checked; on any failure nothing is left.
 */
export async function createBackup(
  db: Database.Database,
  backupsDir: string,
  now: Date,
  sqlite: OpenDatabaseOptions,
): Promise<BackupFile> {
  mkdirSync(backupsDir, { recursive: true });
  const fileName = backupFileName(now);
  const path = join(backupsDir, fileName);
  const unfinished = path + UNFINISHED_SUFFIX;
  try {
    await db.backup(unfinished);
    const found = finishCopy(unfinished, sqlite);
    if (!isWholeDatabaseFile(unfinished)) throw new Error('the copy is not one whole database file');
    renameSync(unfinished, path);
    return { fileName, bytes: statSync(path).size, ...found };
  } catch (err) {
    removeDatabaseFile(unfinished);
    throw err;
  }
}

const REQUIRED_TABLES = ['settings', 'sessions', 'frame_batches'];

/**
 * Throws bad_file unless `file` is an undamaged Retrowalk database this version can open.
 * `what` names it in the message (e.g. "The backup backup.sqlite").
 */
function checkRetrowalkDatabase(file: string, what: string, sqlite: OpenDatabaseOptions): void {
  let db: Database.Database;
  try {
    db = connect(file, sqlite, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ApiError('bad_file', `${what} cannot be opened: ${(err as Error).message}.`);
  }
  try {
    const problems = (db.pragma('integrity_check(3)') as { integrity_check: string }[]).map((r) =>
      r.integrity_check.replace(/\s+/g, ' ').trim(),
    );
    if (problems.join() !== 'ok')
      throw new ApiError(
        'bad_file',
        `${what} is damaged (SQLite's integrity check says: ${problems.join('; ')}); nothing was changed.`,
      );
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (version < 1 || !REQUIRED_TABLES.every((t) => tables.has(t))) {
      throw new ApiError('bad_file', `${what} is an SQLite database, but not one of Retrowalk's; nothing was changed.`);
    }
    if (version > SCHEMA_VERSION) {
      throw new ApiError(
        'bad_file',
        `${what} was made by a newer Retrowalk (schema ${version}, this one knows ${SCHEMA_VERSION}): update Retrowalk first; nothing was changed.`,
      );
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const code = String((err as { code?: unknown }).code);
    if (code.startsWith('SQLITE_CORRUPT'))
      throw new ApiError('bad_file', `${what} is damaged (${(err as Error).message}); nothing was changed.`);
    const why = code === 'SQLITE_NOTADB' ? 'it is not an SQLite database' : (err as Error).message;
    throw new ApiError('bad_file', `${what} is not a Retrowalk backup: ${why}; nothing was changed.`);
  } finally {
    db.close();
  }
}

/**
 * A private copy of a candidate file beside the database (checks and migrations work on it, never
 * on the user's file), checked; removed again when the check fails.
 */
export function stageCandidate(source: string, staged: string, what: string, sqlite: OpenDatabaseOptions): void {
  try {
    copyFileSync(source, staged);
  } catch (err) {
    throw new ApiError('not_found', `${what} cannot be read: ${(err as Error).message}.`);
  }
  try {
    checkRetrowalkDatabase(staged, what, sqlite);
  } catch (err) {
    removeDatabaseFile(staged);
    throw err;
  }
}

/** Removes a database file with its -wal and -shm. */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
