/** sessions.*: recording, reading, details, the trash. */
import { ApiError } from '../errors';
import type { ApiHandlers, ServiceContext } from './context';

type SessionChannels = 'sessions.list' | 'sessions.get' | 'sessions.frames' | 'sessions.create' | 'sessions.appendFrames' | 'sessions.finish'
  | 'sessions.update' | 'sessions.delete' | 'sessions.restore' | 'sessions.purge' | 'video.appendChunk';

export function sessionHandlers(ctx: ServiceContext): Pick<ApiHandlers, SessionChannels> {
  const sessions = () => ctx.store().sessions;
  return {
    'sessions.list': ({ personId, trash }) => sessions().list(personId, { trash }),
    'sessions.get': ({ id }) => sessions().get(id),
    'sessions.frames': ({ id, model }) => sessions().frames(id, model),
    'sessions.create': (input) => sessions().create(input),
    'sessions.appendFrames': ({ id, frames }) => sessions().appendFrames(id, frames),
    'sessions.finish': ({ id, durationMs, direction, analysis }) => {
      sessions().assertRecording(id);
      return sessions().finish(id, { durationMs, direction, analysis, video: ctx.videos.finish(id) });
    },
    'sessions.update': ({ id, ...changes }) => sessions().update(id, changes),
    'sessions.delete': ({ id }) => {
      if (!sessions().get(id)) return { deleted: false };
      return { deleted: sessions().trash(id, ctx.now()) };
    },
    'sessions.restore': ({ id }) => sessions().restore(id),
    'sessions.purge': ({ id }) => {
      const session = sessions().get(id);
      if (!session) return { deleted: false };
      if (session.deletedAt === null) throw new ApiError('conflict', `Session ${id} is not in the trash: move it there (sessions.delete) before deleting it for good.`);
      return { deleted: ctx.purge(session) };
    },
    'video.appendChunk': ({ id, seq, mimeType, bytes }) => {
      sessions().assertRecording(id);
      return ctx.videos.append(id, seq, mimeType, bytes);
    },
  };
}
