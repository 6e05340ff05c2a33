import { useEffect, useState } from 'react';
import type { Person, SessionListItem } from '../../../shared/api';
import { api } from '../api';

export interface PersonSessions {
  person: Person;
  /** Newest first. */
  sessions: SessionListItem[];
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
      const groups = await Promise.all(
        people.map(async (person) => {
          const list = await api['sessions.list']({ personId: person.id });
          return { person, sessions: [...list].sort((a, b) => b.startedAt.localeCompare(a.startedAt)) };
        }),
      );
      if (!cancelled) setState({ groups, activePersonId: settings.personId, error: null });
    })().catch((e: unknown) => {
      if (!cancelled)
        setState({ groups: null, activePersonId: null, error: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
