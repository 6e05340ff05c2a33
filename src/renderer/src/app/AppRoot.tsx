import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { Settings } from '../../../shared/api';
import { api } from '../api';
import { settingsSaved } from '../data/changes';
import { appInfoQuery, peopleQuery, settingsQuery } from '../data/queries';
import { pickActivePerson } from '../people/active-person';
import { afterPersonSwitch } from '../routes/paths';
import type { AppShell } from './shell';
import { usePoseEngine } from './use-pose-engine';

/**
 * Every page's root, reports included: the app's info, settings and people from the main process
 * (nothing shows until they are read, and a service that cannot be reached says so), and the pose
 * engine, which lives as long as the window so leaving the Live screen does not reload the model.
 */
export function AppRoot() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const info = useQuery(appInfoQuery());
  const settings = useQuery(settingsQuery());
  const people = useQuery(peopleQuery());
  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => settingsSaved(client, await api['settings.update'](patch)),
    [client],
  );
  const engineState = usePoseEngine(settings.data ?? null, updateSettings);
  const switchPerson = useCallback(
    (personId: number) => {
      // a screen of the previous person's gives way to theirs; any other is shown afresh, without
      // what it said about the previous person (a notice handed over with its address)
      const next = afterPersonSwitch(pathname);
      void navigate(next ?? pathname, { replace: next === null });
      void updateSettings({ personId });
    },
    [pathname, navigate, updateSettings],
  );

  const unread = [info, settings, people].find((q) => q.data === undefined && q.error);
  if (unread?.error) {
    return (
      <main className="fatal" role="alert">
        <h1>Retrowalk cannot reach its service</h1>
        <p>{unread.error.message}</p>
        <button type="button" onClick={() => [info, settings, people].forEach((q) => q.error && void q.refetch())}>
          Try again
        </button>
      </main>
    );
  }
  if (!settings.data || !people.data)
    return (
      <main className="fatal" role="status">
        <p>Starting Retrowalk…</p>
      </main>
    );
  const shell: AppShell = {
    info: info.data ?? null,
    settings: settings.data,
    people: people.data,
    activePerson: pickActivePerson(people.data, settings.data.personId),
    engineState,
    updateSettings,
    switchPerson,
  };
  return <Outlet context={shell} />;
}
