/** A session's video as the stage shows it: where it is served, and what to say when there is none. */
import type { SessionSummary } from '../../../shared/api';

export function sessionVideoUrl(session: Pick<SessionSummary, 'id' | 'videoPath'>, failed: boolean): string | null {
  return session.videoPath && !failed ? `/media/${session.id}` : null;
}

export function stageMessage(session: Pick<SessionSummary, 'videoPath'>, failed: boolean): string | null {
  if (!session.videoPath) return 'This session has no video: the skeleton is replayed on its own.';
  if (failed)
    return `The video file cannot be played (missing or unreadable: ${session.videoPath}). The skeleton is replayed on its own.`;
  return null;
}
