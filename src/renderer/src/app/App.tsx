import { useCallback, useState } from 'react';
import { LiveScreen } from '../live/LiveScreen';
import { SessionsScreen } from '../sessions/SessionsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { StartupNotice } from './StartupNotice';
import { useAppData } from './use-app-data';
import { usePoseEngine } from './use-pose-engine';

type Screen = 'live' | 'sessions' | 'settings';
const SCREENS: Array<{ id: Screen; label: string }> = [
  { id: 'live', label: 'Live' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'settings', label: 'Settings' },
];

export function App() {
  const { info, settings, loadError, updateSettings, retryLoad } = useAppData();
  const engineState = usePoseEngine(settings, updateSettings);
  const [screen, setScreen] = useState<Screen>('live');
  const [recording, setRecording] = useState(false);
  const [sessionsVersion, setSessionsVersion] = useState(0);
  const onSaved = useCallback(() => setSessionsVersion((n) => n + 1), []);

  if (loadError) {
    return (
      <main className="fatal" role="alert">
        <h1>Retrowalk cannot reach its service</h1>
        <p>{loadError}</p>
        <button type="button" onClick={retryLoad}>Try again</button>
      </main>
    );
  }
  if (!settings) return <main className="fatal" role="status"><p>Starting Retrowalk…</p></main>;

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Retrowalk</span>
        <nav aria-label="Screens">
          {SCREENS.map((s) => (
            <button
              key={s.id}
              type="button"
              data-testid={`nav-${s.id}`}
              aria-current={screen === s.id ? 'page' : undefined}
              disabled={recording && s.id !== 'live'}
              title={recording && s.id !== 'live' ? 'Stop the recording first' : undefined}
              onClick={() => setScreen(s.id)}
            >
              {s.label}
            </button>
          ))}
        </nav>
        <span className="engine-badge" data-testid="engine-status" data-status={engineState.status}>
          {settings.backend ?? 'measuring…'} · {settings.liveModel}
        </span>
      </header>
      {info?.startupNotice && <StartupNotice text={info.startupNotice} />}
      <main className="app-main">
        {screen === 'live' && (
          <LiveScreen
            settings={settings}
            engineState={engineState}
            updateSettings={updateSettings}
            onSaved={onSaved}
            onRecordingChange={setRecording}
          />
        )}
        {screen === 'sessions' && <SessionsScreen version={sessionsVersion} />}
        {screen === 'settings' && (
          <SettingsScreen settings={settings} info={info} engineState={engineState} updateSettings={updateSettings} />
        )}
      </main>
    </div>
  );
}
