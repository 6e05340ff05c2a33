import { useQueries, useQuery } from '@tanstack/react-query';
import type { Person, SessionListItem } from '../../../shared/api';
import { peopleQuery, sessionListQuery } from '../data/queries';

export interface PersonSessions {
  person: Person;
  /** Newest first. */
  sessions: SessionListItem[];
}

export interface SessionChoices {
  groups: PersonSessions[] | null;
  /** Every list was read since the screen opened (not only the cache's copy): the latest sessions are in it. */
  fresh: boolean;
  error: string | null;
}

/** Every person's sessions (not in the trash), to pick the two to compare from. */
export function useSessionChoices(): SessionChoices {
  const people = useQuery(peopleQuery());
  const lists = useQueries({ queries: (people.data ?? []).map((p) => sessionListQuery(p.id, false)) });
  const reads = [people, ...lists];
  const failed = reads.find((r) => r.error)?.error;
  const groups =
    people.data && lists.every((l) => l.data)
      ? people.data.map((person, i) => ({ person, sessions: lists[i].data ?? [] }))
      : null;
  return { groups, fresh: reads.every((r) => r.isFetchedAfterMount), error: failed?.message ?? null };
}
