import { useEffect, useState } from 'react';
import type { Person, SessionSummary } from '../../../shared/api';
import { api } from '../api';

export interface PersonSessions {
  person: Person;
  /** Newest first. */
  sessions: SessionSummary[];
}

export interface SessionChoices {
  groups: PersonSessions[] | null;
  activePersonId: number | null;
  error: string | null;
}

/** Every person's sessions (not in the trash), to pick the two to compare from. */
export function useSessionChoices(): SessionChoices {
  const [state, setState] = useState<SessionChoices>({ groups: null, activePersonId: null, error: null });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [people, settings] = await Promise.all([api['people.list']({}), api['settings.get']({})]);
      const groups = await Promise.all(people.map(async (person) => {
        const list = await api['sessions.list']({ personId: person.id });
        return { person, sessions: [...list].sort((a, b) => b.startedAt.localeCompare(a.startedAt)) };
      }));
      if (!cancelled) setState({ groups, activePersonId: settings.personId, error: null });
    })().catch((e: unknown) => {
      if (!cancelled) setState({ groups: null, activePersonId: null, error: e instanceof Error ? e.message : String(e) });
    });
    return () => { cancelled = true; };
  }, []);
  return state;
}

/**
 * The pair shown first: the active person's two latest sessions (A the earlier, so B − A is the
 * change), else the family's two latest; null with fewer than two.
 */
export function defaultPair(groups: readonly PersonSessions[], activePersonId: number | null): { a: number; b: number } | null {
  const active = groups.find((g) => g.person.id === activePersonId)?.sessions ?? [];
  const pool = active.length >= 2 ? active : groups.flatMap((g) => g.sessions).sort((x, y) => y.startedAt.localeCompare(x.startedAt));
  return pool.length >= 2 ? { a: pool[1].id, b: pool[0].id } : null;
}
