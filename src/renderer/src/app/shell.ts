/** What every screen shares, handed down the routes (react-router's outlet context). */
import { useOutletContext } from 'react-router';
import type { AppInfo, Person, Settings } from '../../../shared/api';
import type { EngineState } from './use-pose-engine';

export interface AppShell {
  info: AppInfo | null;
  settings: Settings;
  people: Person[];
  /** Who sessions are recorded and imported for: settings.personId, else the first person; null while nobody exists. */
  activePerson: Person | null;
  engineState: EngineState;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Makes `personId` the active person; a screen of the previous person's gives way to theirs. */
  switchPerson: (personId: number) => void;
}

/** The screens' share, inside the app's header and tabs: they also say when a recording runs. */
export interface ScreenShell extends AppShell {
  onRecordingChange: (recording: boolean) => void;
}

export const useAppShell = () => useOutletContext<AppShell>();
export const useScreenShell = () => useOutletContext<ScreenShell>();
