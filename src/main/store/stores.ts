/**
 * Everything kept in one open database: people, sessions, settings and progress, with the active
 * person (settings.personId, falling back to the first person) they share.
 */
import type Database from 'better-sqlite3';
import type { Person } from '../../shared/api';
import { createPeopleStore, DEFAULT_PERSON_NAME } from './peopleStore';
import { createProgressStore } from './progressStore';
import { createSessionStore } from './sessionStore';
import { createSettingsStore } from './settingsStore';

export type Stores = ReturnType<typeof createStores>;

export function createStores(db: Database.Database) {
  const people = createPeopleStore(db);
  const settings = createSettingsStore(db);

  /** settings.personId when it names someone, else the first person; null when nobody exists. */
  function activePerson(): Person | null {
    const chosen = settings.get().personId;
    return (chosen !== null ? people.get(chosen) : null) ?? people.first();
  }

  /** The active person; "Me" is made (and made active) when nobody exists, so a first recording always works. */
  function personForNewSession(): Person {
    const active = activePerson();
    if (active) return active;
    const me = people.create({ name: DEFAULT_PERSON_NAME, heightCm: null, birthYear: null });
    settings.update({ personId: me.id });
    return me;
  }

  const sessions = createSessionStore(db, {
    active: () => activePerson()?.id ?? null,
    forNewSession: () => personForNewSession().id,
  });

  return { db, people, settings, sessions, progress: createProgressStore(db), activePerson, personForNewSession };
}
