/**
 * backup.*: the whole database to one file (SQLite online backup), restoring one in place of the
 * database (the replaced file is kept beside it), merging one into it. A candidate file is copied
 * beside the database and checked there; a bad one changes nothing.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiRequest } from '../../shared/api';
import { DATABASE_FILE, VIDEOS_FOLDER } from '../dataDir';
import { ApiError } from '../errors';
import type { CompleteUpload } from '../import/uploads';
import { BACKUPS_FOLDER, createBackup, fileStamp, removeDatabaseFile, stageCandidate } from '../store/backupFiles';
import { prepareRestore } from '../store/foreignVideos';
import type { LiveDatabase } from '../store/liveDatabase';
import { mergeDatabase } from '../store/mergeDatabase';
import type { OpenDatabaseOptions } from '../store/openDatabase';
import type { ApiHandlers, ServiceContext } from './context';

export interface BackupDeps {
  live: LiveDatabase;
  /** How this process opens SQLite files (Electron's addon build under Electron). */
  sqlite: OpenDatabaseOptions;
  takeUpload(uploadId: string): CompleteUpload;
  /** True while an import or re-analysis job may still write to the database. */
  jobsRunning(): boolean;
  /** What the services do with a freshly opened database (interrupted recordings, expired trash, orphan videos). */
  afterOpen(): { videosNotice: string | null };
}

type Source = ApiRequest<'backup.restore'>;

export function backupHandlers(
  ctx: ServiceContext,
  deps: BackupDeps,
): Pick<ApiHandlers, 'backup.create' | 'backup.restore' | 'backup.merge'> {
  /** The candidate's path, its name for messages, and what to delete afterwards (an upload). */
  function candidate(source: Source): { path: string; what: string; uploaded: string | null } {
    if (source.from === 'upload') {
      const upload = deps.takeUpload(source.uploadId);
      return { path: upload.path, what: `The file ${upload.fileName}`, uploaded: upload.path };
    }
    if (ctx.mode !== 'electron') {
      throw new ApiError(
        'invalid_payload',
        'In browser mode a backup is uploaded (import.uploadBegin); only the desktop app can open a path.',
      );
    }
    return { path: source.path, what: `The file ${source.path}`, uploaded: null };
  }

  /** Runs `use` on a checked private copy of the candidate, which is removed afterwards. */
  function withStaged<T>(source: Source, purpose: string, use: (staged: string, stamp: string) => T): T {
    const stamp = fileStamp(ctx.now());
    const staged = join(ctx.dataDir, `retrowalk.${purpose}-${stamp}.sqlite`);
    const { path, what, uploaded } = candidate(source);
    try {
      stageCandidate(path, staged, what, deps.sqlite);
      return use(staged, stamp);
    } finally {
      removeDatabaseFile(staged);
      if (uploaded) rmSync(uploaded, { force: true });
    }
  }

  return {
    'backup.create': () => createBackup(ctx.store().db, join(ctx.dataDir, BACKUPS_FOLDER), ctx.now(), deps.sqlite),

    'backup.restore': (source) => {
      if (deps.jobsRunning())
        throw new ApiError(
          'conflict',
          'An import or re-analysis is running: wait for it to finish (or cancel it) before restoring a backup.',
        );
      return withStaged(source, 'restore', (staged, stamp) => {
        const previousKeptAs = join(
          ctx.dataDir,
          `${DATABASE_FILE.replace(/\.db$/, '')}.before-restore-${stamp}.sqlite`,
        );
        const videosDropped = prepareRestore(staged, join(ctx.dataDir, VIDEOS_FOLDER), deps.sqlite);
        deps.live.replaceWith(staged, previousKeptAs);
        const { videosNotice } = deps.afterOpen();
        const store = ctx.store();
        return {
          sessions: store.db.prepare('SELECT COUNT(*) FROM sessions').pluck().get() as number,
          people: store.people.list().length,
          previousKeptAs,
          videosDropped,
          notice: videosNotice,
        };
      });
    },

    'backup.merge': (source) =>
      withStaged(source, 'merge', (staged) => mergeDatabase(ctx.store(), staged, deps.sqlite)),
  };
}
