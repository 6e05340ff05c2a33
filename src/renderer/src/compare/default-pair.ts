import type { SessionListItem } from '../../../shared/api';

/** What the default needs of each person's sessions (newest first). */
interface Group {
  person: { id: number };
  sessions: readonly Pick<SessionListItem, 'id' | 'startedAt'>[];
}

/**
 * The pair shown first: the active person's two latest sessions (A the earlier, so B − A is the
 * change), else the family's two latest; null with fewer than two.
 */
export function defaultPair(groups: readonly Group[], activePersonId: number | null): { a: number; b: number } | null {
  const active = groups.find((g) => g.person.id === activePersonId)?.sessions ?? [];
  const pool =
    active.length >= 2
      ? active
      : groups.flatMap((g) => g.sessions).sort((x, y) => y.startedAt.localeCompare(x.startedAt));
  return pool.length >= 2 ? { a: pool[1].id, b: pool[0].id } : null;
}
