/**
 * The main process's services (database, video files, settings) behind the API's channels.
 * Shared by both transports: Electron IPC and the browser-mode HTTP server.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { version } from '../../package.json';
import type { ApiChannel, ApiResponses, AppInfo, apiRequests } from '../shared/api';
import { DATABASE_FILE, VIDEOS_FOLDER } from './dataDir';
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

  const info: AppInfo = { mode: options.mode, version, dataDir: options.dataDir, startupNotice: notice };

  const handlers: ApiHandlers = {
    'app.info': () => info,
    'settings.get': () => settings.get(),
    'settings.update': (changes) => settings.update(changes),
    'sessions.list': () => sessions.list(),
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.frames': ({ id }) => sessions.frames(id),
    'sessions.create': (input) => sessions.create(input),
    'sessions.appendFrames': ({ id, frames }) => sessions.appendFrames(id, frames),
    'sessions.finish': ({ id, durationMs, direction, analysis }) => {
      sessions.assertRecording(id);
      return sessions.finish(id, { durationMs, direction, analysis, video: videos.finish(id) });
    },
    'sessions.delete': ({ id }) => {
      videos.remove(id);
      return { deleted: sessions.delete(id) };
    },
    'video.appendChunk': ({ id, seq, mimeType, bytes }) => {
      sessions.assertRecording(id);
      return videos.append(id, seq, mimeType, bytes);
    },
  };

  return {
    handlers,
    info,
    db,
    sessions,
    settings,
    videos,
    /** Ids of sessions found still 'recording' at start and marked 'interrupted'. */
    interruptedAtStart,
    close(): void {
      videos.closeAll();
      db.close();
    },
  };
}
