/**
 * What each change made through the main process makes stale. Each helper invalidates those keys
 * (mounted screens read them again at once, others when next shown) and resolves once the mounted
 * ones have their new data.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { SessionSummary, Settings } from '../../../shared/api';
import { queryKeys } from './query-keys';

/**
 * Sessions were added (a recording saved, an import done), edited, moved, trashed, restored or
 * deleted for good: the lists, their people's session counts and progress change; the first
 * recording or import may have made "Me" and made them active.
 */
export async function sessionsChanged(client: QueryClient): Promise<void> {
  await Promise.all(
    [queryKeys.sessions, queryKeys.progress, queryKeys.people, queryKeys.settings].map((queryKey) =>
      client.invalidateQueries({ queryKey }),
    ),
  );
}

/** A session was saved and sessions.update answered it whole: shown at once, and the lists read again. */
export async function sessionSaved(client: QueryClient, saved: SessionSummary): Promise<void> {
  client.setQueryData(queryKeys.session(saved.id), saved);
  await sessionsChanged(client);
}

/** A result of the session was analysed again (another model, another walker): its keypoints too. */
export async function sessionReanalysed(client: QueryClient, id: number): Promise<void> {
  await Promise.all([client.invalidateQueries({ queryKey: queryKeys.frames(id) }), sessionsChanged(client)]);
}

/**
 * A person was added, edited or deleted: the same keys as sessions, as a corrected height gives
 * every one of their sessions new lengths (and progress), and the people are among them.
 */
export const peopleChanged = sessionsChanged;

/** settings.update answers the settings as saved. */
export function settingsSaved(client: QueryClient, saved: Settings): void {
  client.setQueryData(queryKeys.settings, saved);
}

/** A backup was restored or merged: anything may have changed. */
export async function everythingChanged(client: QueryClient): Promise<void> {
  await client.invalidateQueries();
}
