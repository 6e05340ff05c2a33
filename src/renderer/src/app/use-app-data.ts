import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, Person, Settings } from '../../../shared/api';
import { api } from '../api';
import { pickActivePerson } from '../people/active-person';

export interface AppData {
  info: AppInfo | null;
  settings: Settings | null;
  people: Person[];
  /** Who sessions are recorded and imported for: settings.personId, else the first person; null while nobody exists. */
  activePerson: Person | null;
  /** Why the app's service could not be reached at start, null when it was. */
  loadError: string | null;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Reads people (and settings) again: after a person is added or edited, a session saved, a backup restored. */
  reload: () => Promise<void>;
  retryLoad: () => void;
}

/** The app's info, settings and people from the main process; settings changes are saved at once. */
export function useAppData(): AppData {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    Promise.all([api['app.info']({}), api['settings.get']({}), api['people.list']({})])
      .then(([i, s, p]) => {
        if (cancelled) return;
        setInfo(i);
        setSettings(s);
        setPeople(p);
        setLoadError(null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setLoadError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await api['settings.update'](patch));
  }, []);
  const reload = useCallback(async () => {
    const [s, p] = await Promise.all([api['settings.get']({}), api['people.list']({})]);
    setSettings(s);
    setPeople(p);
  }, []);
  const retryLoad = useCallback(() => setAttempt((n) => n + 1), []);

  const activePerson = settings ? pickActivePerson(people, settings.personId) : null;
  return { info, settings, people, activePerson, loadError, updateSettings, reload, retryLoad };
}
