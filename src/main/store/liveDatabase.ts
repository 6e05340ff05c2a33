/**
 * The database the services use, which a restore may replace: handlers read `stores()` at each
 * call, so after a swap every statement is prepared again on the new file.
 */
import { existsSync, renameSync } from 'node:fs';
import { removeDatabaseFile } from './backupFiles';
import { openDatabase, type OpenDatabaseOptions } from './openDatabase';
import { finishInterruptedRestore, replaceDatabaseFile } from './restoreJournal';
import { largestSessionId, raiseSessionIds } from './sessionIds';
import { createStores, type Stores } from './stores';

export type LiveDatabase = ReturnType<typeof openLiveDatabase>;

export function openLiveDatabase(file: string, options: OpenDatabaseOptions) {
  const restoreNotice = finishInterruptedRestore(file);
  const opened = openDatabase(file, options);
  let stores = createStores(opened.db);

  function reopen(): void {
    stores = createStores(openDatabase(file, options).db);
  }

  return {
    /** Set when a cut-off restore was finished, or the database was damaged and a fresh one was made. */
    notice: [restoreNotice, opened.notice].filter((n) => n !== null).join(' ') || null,
    stores: (): Stores => stores,

    /**
     * Puts `staged` (a checked Retrowalk database) in place of the live file, which is kept as
     * `keepAs` (checkpointed first, so it is whole without its -wal); see restoreJournal.ts. If the
     * new file cannot be opened, the old one is put back and opened again, and the error thrown.
     */
    replaceWith(staged: string, keepAs: string): void {
      // the restored file continues the ids after every one the replaced database used
      const usedIds = largestSessionId(stores.db);
      stores.db.pragma('wal_checkpoint(TRUNCATE)');
      stores.db.close();
      replaceDatabaseFile(file, staged, keepAs);
      try {
        reopen();
        raiseSessionIds(stores.db, usedIds);
      } catch (err) {
        if (existsSync(keepAs)) {
          removeDatabaseFile(file);
          renameSync(keepAs, file);
        }
        reopen();
        throw err;
      }
    },

    close(): void {
      stores.db.close();
    },
  };
}
