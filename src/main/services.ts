/**
 * The main process's services (database, video files, settings) behind the API's channels.
 * Shared by both transports: Electron IPC and the browser-mode HTTP server.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import type { ApiRequest, AppInfo, SessionSummary } from '../shared/api';
import { DATABASE_FILE, VIDEOS_FOLDER } from './dataDir';
import { ApiError } from './errors';
import type { ApiHandlers, ServiceContext } from './handlers/context';
import { backupHandlers } from './handlers/backup';
import { exportHandlers } from './handlers/export';
import { peopleHandlers } from './handlers/people';
import { progressHandlers } from './handlers/progress';
import { sessionHandlers } from './handlers/sessions';
import { importJob, type ImportSource } from './import/import-job';
import { createJobQueue, type JobSpec } from './import/jobs';
import { chooseWalkerJob } from './import/choose-walker-job';
import { reanalyseJob, sessionVideo } from './import/reanalyse-job';
import { peopleInSessionFrame } from './import/session-people';
import { createUploads, INCOMING_FOLDER } from './import/uploads';
import { BACKUPS_FOLDER, removeUnfinishedBackups } from './store/backupFiles';
import { upgradeAnalyses } from './store/analysisUpgrade';
import { openLiveDatabase } from './store/liveDatabase';
import { largestIdInVideos, raiseSessionIds } from './store/sessionIds';
import { reconcileVideos, reconciliationNotice } from './store/orphanVideos';
import type { Stores } from './store/stores';
import { ownedVideoFile } from './video/sessionVideoFile';
import { createVideoStore, videoInfo } from './video/videoStore';

export type { ApiHandlers } from './handlers/context';

export interface ServicesOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  /** better-sqlite3 addon built for Electron's ABI, when running under Electron. */
  nativeBinding?: string;
  /** The clock; tests move it to see the trash emptied after 30 days. */
  now?: () => Date;
}

export type Services = ReturnType<typeof createServices>;

export function createServices(options: ServicesOptions) {
  const sqlite = { nativeBinding: options.nativeBinding };
  const live = openLiveDatabase(join(options.dataDir, DATABASE_FILE), sqlite);
  const store = (): Stores => live.stores();
  const now = options.now ?? (() => new Date());
  const videosDir = join(options.dataDir, VIDEOS_FOLDER);
  const videos = createVideoStore(videosDir);
  const uploads = createUploads(join(options.dataDir, INCOMING_FOLDER));
  uploads.clear(); // what an earlier run left half-uploaded or half-copied
  removeUnfinishedBackups(join(options.dataDir, BACKUPS_FOLDER));
  const jobs = createJobQueue();
  const jobIds: string[] = [];
  let importCount = 0;

  function purge(session: SessionSummary): boolean {
    // Retrowalk's own copy, and only inside videos/ (a referenced video is the user's own file and
    // stays). The file goes first: on a full disk, its space lets the database write the delete.
    const file = ownedVideoFile(videosDir, session);
    if (file) rmSync(file, { force: true });
    return store().sessions.delete(session.id);
  }

  /**
   * Recordings a crash left unfinished become interrupted; the trash drops what it kept 30 days;
   * video files no session names are moved aside (and ones named again moved back).
   */
  function afterOpen() {
    // a fresh database (after a damaged one, or a cut-off restore) continues after every id its videos name
    raiseSessionIds(store().db, largestIdInVideos(videosDir));
    const interrupted = store().sessions.interruptUnfinished((id) =>
      videoInfo(store().sessions.get(id)?.videoPath ?? null),
    );
    const purged = store()
      .sessions.expiredTrash(now())
      .filter(purge)
      .map((s) => s.id);
    const reconciled = reconcileVideos(store().db, videosDir, videos.openPaths());
    // in the background: analyses an older version of the gait maths made, interrupted recordings
    analysisUpgrade = upgradeAnalyses({
      db: () => store().db,
      reanalyse: (id) => store().sessions.reanalyse(id),
    }).catch((err: unknown) => {
      console.error('Retrowalk: stored analyses could not all be updated (tried again at the next start):', err);
      return { analysed: 0, finished: false };
    });
    return { interrupted, purged, videosNotice: reconciliationNotice(videosDir, reconciled) };
  }
  let analysisUpgrade: ReturnType<typeof upgradeAnalyses> = Promise.resolve({ analysed: 0, finished: true });
  const atStart = afterOpen();

  const ctx: ServiceContext = { store, videos, dataDir: options.dataDir, mode: options.mode, now, purge };

  function addJob(spec: JobSpec): { jobId: string } {
    const added = jobs.add(spec);
    jobIds.push(added.jobId);
    return added;
  }

  function jobsRunning(): boolean {
    const finished = (jobId: string): boolean => {
      try {
        return ['done', 'failed', 'cancelled'].includes(jobs.status(jobId).state);
      } catch {
        return true; // the queue only forgets finished jobs
      }
    };
    jobIds.splice(0, jobIds.length, ...jobIds.filter((jobId) => !finished(jobId)));
    return jobIds.length > 0;
  }

  function importSource(request: ApiRequest<'import.start'>): ImportSource {
    if (request.from === 'upload') return { kind: 'upload', ...uploads.take(request.uploadId) };
    if (options.mode !== 'electron') {
      throw new ApiError(
        'invalid_payload',
        'In browser mode a video is imported by uploading it (import.uploadBegin); only the desktop app can open a path.',
      );
    }
    return { kind: request.keep, path: request.path };
  }

  /** An import saves into its person's sessions, analysed with their height at the time. */
  function startImport(request: ApiRequest<'import.start'>): { jobId: string } {
    const person =
      request.personId !== undefined ? store().people.getOrThrow(request.personId) : store().personForNewSession();
    const sessions = {
      ...store().sessions,
      saveImported: (...[input, place]: Parameters<Stores['sessions']['saveImported']>) =>
        store().sessions.saveImported({ ...input, personId: person.id }, place),
    };
    const heightCm = () => store().people.get(person.id)?.heightCm ?? null;
    return addJob(
      importJob(
        { sessions, videosDir, incomingDir: uploads.incomingDir, heightCm },
        importSource(request),
        request.model,
        `import-${++importCount}`,
      ),
    );
  }

  function startReanalysis(id: number, model: ApiRequest<'sessions.reanalyse'>['model']): { jobId: string } {
    const session = store().sessions.get(id);
    // The session's own height, the one its lengths are in (a child's earlier session keeps theirs).
    const heightCm = () => session?.heightCm ?? null;
    return addJob(reanalyseJob({ sessions: store().sessions, heightCm }, session, id, model));
  }

  const startupNotice = [live.notice, atStart.videosNotice].filter((n) => n !== null).join(' ') || null;
  const info: AppInfo = { mode: options.mode, version, dataDir: options.dataDir, startupNotice };

  const handlers: ApiHandlers = {
    'app.info': () => info,
    ...peopleHandlers(ctx),
    ...sessionHandlers(ctx),
    ...progressHandlers(ctx),
    ...exportHandlers(ctx),
    'report.savePdf': () => {
      throw new ApiError('invalid_payload', 'Saving a PDF is a desktop-app feature; use Print in the browser.');
    },
    'import.uploadBegin': ({ fileName, bytes }) => uploads.begin(fileName, bytes),
    'import.uploadChunk': ({ uploadId, offset, bytes }) => uploads.chunk(uploadId, offset, bytes),
    'import.uploadAbort': ({ uploadId }) => uploads.abort(uploadId),
    'import.start': startImport,
    'import.status': ({ jobId }) => jobs.status(jobId),
    'import.cancel': ({ jobId }) => jobs.cancel(jobId),
    'sessions.reanalyse': ({ id, model }) => startReanalysis(id, model),
    'sessions.people': ({ id, t }) => peopleInSessionFrame(sessionVideo(store().sessions.get(id), id), t),
    'sessions.chooseWalker': (request) => {
      const session = store().sessions.get(request.id);
      return addJob(
        chooseWalkerJob({ sessions: store().sessions, heightCm: () => session?.heightCm ?? null }, session, request),
      );
    },
    ...backupHandlers(ctx, { live, sqlite, takeUpload: (uploadId) => uploads.take(uploadId), jobsRunning, afterOpen }),
  };

  return {
    handlers,
    info,
    /** The latest background update of stored analyses (see store/analysisUpgrade.ts). */
    get analysisUpgrade() {
      return analysisUpgrade;
    },
    get db() {
      return store().db;
    },
    get sessions() {
      return store().sessions;
    },
    get settings() {
      return store().settings;
    },
    get people() {
      return store().people;
    },
    get progress() {
      return store().progress;
    },
    videos,
    jobs,
    /** Ids of sessions found still 'recording' at start and marked 'interrupted'. */
    interruptedAtStart: atStart.interrupted,
    /** Ids of sessions deleted for good at start, 30 days after they went to the trash. */
    purgedAtStart: atStart.purged,
    /** Cancels running imports (their workers stop within a frame), drops uploads, closes the database. */
    close(): void {
      void jobs.close();
      uploads.clear();
      videos.closeAll();
      live.close();
    },
  };
}
