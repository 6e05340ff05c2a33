/** sessions.*: recording, reading, details, the trash. */
import { ApiError, isDiskFull } from '../errors';
import { FULL_DISK_BYTES, freeBytes } from '../files/freeSpace';
import type { ApiHandlers, ServiceContext } from './context';

type SessionChannels =
  | 'sessions.list'
  | 'sessions.get'
  | 'sessions.frames'
  | 'sessions.create'
  | 'sessions.appendFrames'
  | 'sessions.finish'
  | 'sessions.update'
  | 'sessions.trim'
  | 'sessions.delete'
  | 'sessions.restore'
  | 'sessions.purge'
  | 'video.appendChunk';

export function sessionHandlers(ctx: ServiceContext): Pick<ApiHandlers, SessionChannels> {
  const sessions = () => ctx.store().sessions;
  return {
    'sessions.list': ({ personId, trash }) => sessions().list(personId, { trash }),
    'sessions.get': ({ id }) => sessions().get(id),
    'sessions.frames': ({ id, model }) => sessions().frames(id, model),
    'sessions.create': (input) => sessions().create(input),
    'sessions.appendFrames': ({ id, frames }) => sessions().appendFrames(id, frames),
    'sessions.finish': ({ id, durationMs }) => {
      sessions().assertRecording(id);
      return sessions().finish(id, { durationMs, video: ctx.videos.finish(id) });
    },
    'sessions.update': ({ id, ...changes }) => sessions().update(id, changes),
    'sessions.trim': ({ id, span }) => sessions().trim(id, span),
    'sessions.delete': ({ id }) => {
      if (!sessions().get(id)) return { deleted: false };
      try {
        return { deleted: sessions().trash(id, ctx.now()) };
      } catch (err) {
        if (!isDiskFull(err)) throw err;
        throw new ApiError(
          'disk_full',
          `The disk holding the Retrowalk data folder is full, so session ${id} cannot be moved to the trash (even that needs a little space). ` +
            'Delete it for good instead, which frees the space of its video; nothing was changed.',
        );
      }
    },
    'sessions.restore': ({ id }) => sessions().restore(id),
    'sessions.purge': ({ id }) => {
      const session = sessions().get(id);
      if (!session) return { deleted: false };
      if (session.status === 'recording')
        throw new ApiError('conflict', `Session ${id} is still recording; stop the recording first.`);
      // On a full disk the trash may not be reachable (moving there is a write): deleting for good frees space, so it is allowed at once.
      if (session.deletedAt === null && freeBytes(ctx.dataDir) >= FULL_DISK_BYTES) {
        throw new ApiError(
          'conflict',
          `Session ${id} is not in the trash: move it there (sessions.delete) before deleting it for good (allowed at once only when the disk is full).`,
        );
      }
      return { deleted: ctx.purge(session) };
    },
    'video.appendChunk': ({ id, seq, mimeType, bytes }) => {
      sessions().assertRecording(id);
      return ctx.videos.append(id, seq, mimeType, bytes, (path) => sessions().setRecordingVideo(id, path));
    },
  };
}
