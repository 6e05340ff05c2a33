import type { SessionListItem } from '../../../shared/api';

/**
 * The pair "Compare with…" opens: the session and the person's previous one (the next one for
 * their first session), the earlier as A as on the Compare screen, so B − A is the change over
 * time. `sessions`: the person's list, newest first. null when there is no other session.
 */
export function comparePairFor(
  sessions: readonly Pick<SessionListItem, 'id'>[],
  id: number,
): { a: number; b: number } | null {
  const at = sessions.findIndex((s) => s.id === id);
  if (at === -1) return null;
  const previous = sessions[at + 1];
  if (previous) return { a: previous.id, b: id };
  const next = sessions[at - 1];
  return next ? { a: id, b: next.id } : null;
}
