import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, Settings } from '../../../shared/api';
import { api } from '../api';

export interface AppData {
  info: AppInfo | null;
  settings: Settings | null;
  /** Why the app's service could not be reached at start, null when it was. */
  loadError: string | null;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  retryLoad: () => void;
}

/** The app's info and settings from the main process; settings changes are saved at once. */
export function useAppData(): AppData {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    Promise.all([api['app.info']({}), api['settings.get']({})])
      .then(([i, s]) => {
        if (cancelled) return;
        setInfo(i);
        setSettings(s);
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
  const retryLoad = useCallback(() => setAttempt((n) => n + 1), []);

  return { info, settings, loadError, updateSettings, retryLoad };
}
