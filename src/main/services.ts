/**
 * The main process's services (database, video files, settings) behind the API's channels.
 * Shared by both transports: Electron IPC and the browser-mode HTTP server.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { version } from '../../package.json';
import type { ApiChannel, ApiRequest, ApiResponses, AppInfo, apiRequests } from '../shared/api';
import { DATABASE_FILE, VIDEOS_FOLDER } from './dataDir';
import { ApiError } from './errors';
import { importJob, type ImportSource } from './import/import-job';
import { createJobQueue } from './import/jobs';
import { reanalyseJob } from './import/reanalyse-job';
import { createUploads, INCOMING_FOLDER } from './import/uploads';
import { openDatabase } from './store/openDatabase';
import { createSessionStore } from './store/sessionStore';
import { createSettingsStore } from './store/settingsStore';
import { createVideoStore } from './video/videoStore';

/** A handler receives the payload already validated (zod output) by the dispatcher. */
export type ApiHandlers = {
  [C in ApiChannel]: (payload: z.output<(typeof apiRequests)[C]>) => ApiResponses[C] | Promise<ApiResponses[C]>;
};

export interface ServicesOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  /** better-sqlite3 addon built for Electron's ABI, when running under Electron. */
  nativeBinding?: string;
}

export type Services = ReturnType<typeof createServices>;

export function createServices(options: ServicesOptions) {
  const { db, notice } = openDatabase(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  const sessions = createSessionStore(db);
  const settings = createSettingsStore(db);
  const videos = createVideoStore(join(options.dataDir, VIDEOS_FOLDER));
  const interruptedAtStart = sessions.interruptUnfinished((id) => videos.info(id));
  const videosDir = join(options.dataDir, VIDEOS_FOLDER);
  const uploads = createUploads(join(options.dataDir, INCOMING_FOLDER));
  uploads.clear(); // what an earlier run left half-uploaded or half-copied
  const jobs = createJobQueue();
  const heightCm = () => settings.get().heightCm;
  let importCount = 0;

  function importSource(request: ApiRequest<'import.start'>): ImportSource {
    if (request.from === 'upload') return { kind: 'upload', ...uploads.take(request.uploadId) };
    if (options.mode !== 'electron') {
      throw new ApiError('invalid_payload', 'In browser mode a video is imported by uploading it (import.uploadBegin); only the desktop app can open a path.');
    }
    return { kind: request.keep, path: request.path };
  }

  const info: AppInfo = { mode: options.mode, version, dataDir: options.dataDir, startupNotice: notice };

  const handlers: ApiHandlers = {
    'app.info': () => info,
    'settings.get': () => settings.get(),
    'settings.update': (changes) => settings.update(changes),
    'sessions.list': () => sessions.list(),
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.frames': ({ id, model }) => sessions.frames(id, model),
    'sessions.create': (input) => sessions.create(input),
    'sessions.appendFrames': ({ id, frames }) => sessions.appendFrames(id, frames),
    'sessions.finish': ({ id, durationMs, direction, analysis }) => {
      sessions.assertRecording(id);
      return sessions.finish(id, { durationMs, direction, analysis, video: videos.finish(id) });
    },
    'sessions.delete': ({ id }) => {
      const session = sessions.get(id);
      videos.remove(id);
      // An imported copy is Retrowalk's; a referenced video is the user's own file and stays.
      if (session?.source === 'imported' && session.videoOwned && session.videoPath) rmSync(session.videoPath, { force: true });
      return { deleted: sessions.delete(id) };
    },
    'video.appendChunk': ({ id, seq, mimeType, bytes }) => {
      sessions.assertRecording(id);
      return videos.append(id, seq, mimeType, bytes);
    },
    'import.uploadBegin': ({ fileName, bytes }) => uploads.begin(fileName, bytes),
    'import.uploadChunk': ({ uploadId, offset, bytes }) => uploads.chunk(uploadId, offset, bytes),
    'import.uploadAbort': ({ uploadId }) => uploads.abort(uploadId),
    'import.start': (request) =>
      jobs.add(importJob({ sessions, videosDir, incomingDir: uploads.incomingDir, heightCm }, importSource(request), request.model, `import-${++importCount}`)),
    'import.status': ({ jobId }) => jobs.status(jobId),
    'import.cancel': ({ jobId }) => jobs.cancel(jobId),
    'sessions.reanalyse': ({ id, model }) => jobs.add(reanalyseJob({ sessions, heightCm }, sessions.get(id), id, model)),
  };

  return {
    handlers,
    info,
    db,
    sessions,
    settings,
    videos,
    jobs,
    /** Ids of sessions found still 'recording' at start and marked 'interrupted'. */
    interruptedAtStart,
    /** Cancels running imports (their workers stop within a frame), drops uploads, closes the database. */
    close(): void {
      void jobs.close();
      uploads.clear();
      videos.closeAll();
      db.close();
    },
  };
}
