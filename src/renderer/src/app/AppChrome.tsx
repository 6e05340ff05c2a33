import { useEffect, useState } from 'react';
import { NavLink, Outlet, useBlocker, useNavigate } from 'react-router';
import { PersonSwitcher } from '../people/PersonSwitcher';
import { paths } from '../routes/paths';
import { useAppShell, type ScreenShell } from './shell';
import { StartupNotice } from './StartupNotice';

const TABS = [
  { id: 'live', label: 'Live', to: paths.live },
  { id: 'sessions', label: 'Sessions', to: paths.sessions },
  { id: 'progress', label: 'Progress', to: paths.progress },
  { id: 'compare', label: 'Compare', to: paths.compare },
  { id: 'people', label: 'People', to: paths.people },
  { id: 'settings', label: 'Settings', to: paths.settings },
] as const;

const STOP_FIRST = 'Stop the recording first';

/** The app's header (tabs, who is walking, the pose engine) above the screen the address names. */
export function AppChrome() {
  const shell = useAppShell();
  const { settings, people, activePerson, engineState, info, switchPerson } = shell;
  const navigate = useNavigate();
  const [recording, setRecording] = useState(false);
  // a take belongs to the Live screen: leaving it (a tab, Back, Forward) waits until it is stopped
  const blocker = useBlocker(recording);
  useEffect(() => {
    if (blocker.state === 'blocked') blocker.reset();
  }, [blocker]);
  const screen: ScreenShell = { ...shell, onRecordingChange: setRecording };

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Retrowalk</span>
        <nav aria-label="Screens">
          {TABS.map((tab) => {
            const held = recording && tab.id !== 'live';
            return (
              <NavLink
                key={tab.id}
                to={tab.to}
                end={tab.id === 'live'}
                className="tab"
                data-testid={`nav-${tab.id}`}
                aria-disabled={held || undefined}
                title={held ? STOP_FIRST : undefined}
              >
                {tab.label}
              </NavLink>
            );
          })}
        </nav>
        <PersonSwitcher
          people={people}
          active={activePerson}
          disabledReason={recording ? STOP_FIRST : null}
          onSwitch={switchPerson}
          onManage={() => void navigate(paths.people)}
        />
        <span className="engine-badge" data-testid="engine-status" data-status={engineState.status}>
          {engineState.backend}
          {engineState.measuring && ' (measuring…)'} · {settings.liveModel}
        </span>
      </header>
      {info?.startupNotice && <StartupNotice text={info.startupNotice} />}
      <main className="app-main">
        <Outlet context={screen} />
      </main>
    </div>
  );
}
