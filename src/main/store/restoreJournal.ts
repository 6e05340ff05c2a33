/**
 * A restore replaces the database file in steps that survive being cut off at any point. Before the
 * first step, a journal beside the database names the checked file being put in and the name the
 * replaced one is kept as; the steps never leave the data folder without a whole retrowalk.db:
 *   1. the live file gets a second name, keptAs (a hard link: it stays in place too);
 *   2. the checked file is renamed over the live one (one atomic rename);
 *   3. the journal is removed.
 * At start, a journal left behind means the restore was cut off: its steps are finished (they can
 * be run again), and the user is told.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { removeDatabaseFile } from './backupFiles';

/** Names only (never paths): both files lie beside the database. */
const fileName = z.string().regex(/^retrowalk\.[\w.-]+\.sqlite$/, 'a Retrowalk file name beside the database');
const journalSchema = z.object({ staged: fileName, keptAs: fileName });

/** Private copies of candidate files (backup handlers' withStaged); one not in a journal is a leftover. */
const STAGED_PATTERN = /^retrowalk\.(restore|merge)-[\w-]+\.sqlite(-wal|-shm|-journal)?$/;

export const journalPath = (databaseFile: string): string => `${databaseFile}.restoring`;

function writeDurably(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/** Steps 1 and 2; each is skipped when already done, so a cut-off restore can be run again. */
function swap(databaseFile: string, staged: string, keptAs: string): void {
  if (!existsSync(staged)) return; // step 2 is done
  if (!existsSync(keptAs) && existsSync(databaseFile)) linkSync(databaseFile, keptAs);
  // The live file was checkpointed and closed: an -wal or -shm left beside it is empty, and must
  // not be read as the new file's.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true });
  renameSync(staged, databaseFile);
}

/** Puts `staged` (checked, closed) in place of the closed live `databaseFile`, keeping that as `keptAs`. */
export function replaceDatabaseFile(databaseFile: string, staged: string, keptAs: string): void {
  const folder = dirname(databaseFile);
  if (dirname(staged) !== folder || dirname(keptAs) !== folder)
    throw new Error('A restore works only on files beside the database.');
  const journal = journalPath(databaseFile);
  writeDurably(journal, JSON.stringify(journalSchema.parse({ staged: basename(staged), keptAs: basename(keptAs) })));
  swap(databaseFile, staged, keptAs);
  rmSync(journal);
}

/**
 * Finishes a restore cut off by a crash or a kill, before the database is opened; removes the
 * private copies a cut-off restore or merge left. Returns what the user is told, or null when there was none.
 */
export function finishInterruptedRestore(databaseFile: string): string | null {
  const folder = dirname(databaseFile);
  const journal = journalPath(databaseFile);
  let notice: string | null = null;
  if (existsSync(journal)) {
    let parsed: z.infer<typeof journalSchema> | null = null;
    try {
      parsed = journalSchema.parse(JSON.parse(readFileSync(journal, 'utf8')));
    } catch (err) {
      const aside = `${journal}.unreadable`;
      renameSync(journal, aside);
      notice =
        `A restore from a backup was cut off, and its journal cannot be read (${(err as Error).message.split('\n')[0]}); ` +
        `the database was opened as it is. The journal was kept as ${aside}.`;
    }
    if (parsed) {
      const staged = join(folder, parsed.staged);
      const keptAs = join(folder, parsed.keptAs);
      const wasSwapped = !existsSync(staged);
      swap(databaseFile, staged, keptAs);
      rmSync(journal);
      notice = wasSwapped
        ? `A restore from a backup was cut off just after it replaced the database; it is complete. The database it replaced is kept as ${keptAs}.`
        : `A restore from a backup was cut off (Retrowalk was closed or crashed) before it replaced the database; it was finished now. The database it replaced is kept as ${keptAs}.`;
    }
  }
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) if (STAGED_PATTERN.test(name)) removeDatabaseFile(join(folder, name));
  }
  return notice;
}
