/**
 * Which file a session's stored video path may touch. Retrowalk's own copies (recordings, imported
 * copies) are used only where they resolve inside videos/; a row naming any other file (a crafted
 * backup, a database edited by hand) gets nothing served and nothing deleted. A video imported by
 * reference is the user's own file, wherever they keep it: served, never deleted.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { SessionSummary } from '../../shared/api';
import { resolveInside } from '../files/insideFolder';

type StoredVideo = Pick<SessionSummary, 'source' | 'videoPath' | 'videoOwned'>;

const isReference = (session: StoredVideo): boolean => session.source === 'imported' && !session.videoOwned;

/** The file purging the session deletes: its own copy inside videos/, or null. */
export function ownedVideoFile(videosDir: string, session: StoredVideo): string | null {
  return isReference(session) ? null : resolveInside(videosDir, session.videoPath);
}

/** The file played for the session, or null when it has none that may be read. */
export function servableVideoFile(videosDir: string, session: StoredVideo): string | null {
  if (isReference(session))
    return session.videoPath && isAbsolute(session.videoPath) && existsSync(session.videoPath)
      ? session.videoPath
      : null;
  const file = resolveInside(videosDir, session.videoPath);
  return file && existsSync(file) ? file : null;
}
