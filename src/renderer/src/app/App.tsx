import { useCallback, useState } from 'react';
import { CompareScreen, type ComparePair } from '../compare/CompareScreen';
import { LiveScreen } from '../live/LiveScreen';
import { PeopleScreen } from '../people/PeopleScreen';
import { PersonSwitcher } from '../people/PersonSwitcher';
import { ProgressScreen } from '../progress/ProgressScreen';
import { ReportPage } from '../report/ReportPage';
import { useReportRoute } from '../report/route';
import { SessionsScreen } from '../sessions/SessionsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { StartupNotice } from './StartupNotice';
import { useAppData } from './use-app-data';
import { usePoseEngine } from './use-pose-engine';

type Screen = 'live' | 'sessions' | 'progress' | 'compare' | 'people' | 'settings';
const SCREENS: Array<{ id: Screen; label: string }> = [
  { id: 'live', label: 'Live' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'progress', label: 'Progress' },
  { id: 'compare', label: 'Compare' },
  { id: 'people', label: 'People' },
  { id: 'settings', label: 'Settings' },
];

export function App() {
  const { info, settings, people, activePerson, loadError, updateSettings, reload, retryLoad } = useAppData();
  const engineState = usePoseEngine(settings, updateSettings);
  const reportRoute = useReportRoute();
  const [screen, setScreen] = useState<Screen>('live');
  const [recording, setRecording] = useState(false);
  const [sessionsVersion, setSessionsVersion] = useState(0);
  // The pair a "Compare with…" shortcut opened; null: the Compare screen's default pair.
  const [comparePair, setComparePair] = useState<ComparePair | null>(null);
  // A saved walk changes session counts, and the first one may have created "Me".
  const onSaved = useCallback(() => {
    setSessionsVersion((n) => n + 1);
    void reload();
  }, [reload]);
  const switchTo = useCallback(
    (personId: number) => {
      setComparePair(null);
      void updateSettings({ personId });
    },
    [updateSettings],
  );
  const compare = useCallback((pair: ComparePair) => {
    setComparePair(pair);
    setScreen('compare');
  }, []);

  if (loadError) {
    return (
      <main className="fatal" role="alert">
        <h1>Retrowalk cannot reach its service</h1>
        <p>{loadError}</p>
        <button type="button" onClick={retryLoad}>
          Try again
        </button>
      </main>
    );
  }
  if (!settings)
    return (
      <main className="fatal" role="status">
        <p>Starting Retrowalk…</p>
      </main>
    );
  // a report is a page of its own, without the app's chrome, so it prints alone
  if (reportRoute) return <ReportPage target={reportRoute} />;
  const busy = recording ? 'Stop the recording first' : null;

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
              onClick={() => {
                setScreen(s.id);
                setComparePair(null);
              }}
            >
              {s.label}
            </button>
          ))}
        </nav>
        <PersonSwitcher
          people={people}
          active={activePerson}
          disabledReason={busy}
          onSwitch={switchTo}
          onManage={() => setScreen('people')}
        />
        <span className="engine-badge" data-testid="engine-status" data-status={engineState.status}>
          {settings.backend ?? 'measuring…'} · {settings.liveModel}
        </span>
      </header>
      {info?.startupNotice && <StartupNotice text={info.startupNotice} />}
      <main className="app-main">
        {screen === 'live' && (
          <LiveScreen
            settings={settings}
            person={activePerson}
            engineState={engineState}
            updateSettings={updateSettings}
            onSaved={onSaved}
            onRecordingChange={setRecording}
          />
        )}
        {screen === 'sessions' && (
          <SessionsScreen
            version={sessionsVersion}
            person={activePerson}
            people={people}
            onChanged={onSaved}
            onCompare={compare}
          />
        )}
        {screen === 'progress' && <ProgressScreen personId={activePerson?.id ?? null} />}
        {screen === 'compare' && (
          <CompareScreen
            key={`${activePerson?.id ?? 0}:${comparePair ? `${comparePair.a}-${comparePair.b}` : 'default'}`}
            personId={activePerson?.id ?? null}
            initialIds={comparePair ?? undefined}
            onBack={comparePair ? () => setScreen('sessions') : undefined}
          />
        )}
        {screen === 'people' && (
          <PeopleScreen people={people} activeId={activePerson?.id ?? null} onSwitch={switchTo} onChanged={reload} />
        )}
        {screen === 'settings' && (
          <SettingsScreen
            settings={settings}
            info={info}
            engineState={engineState}
            updateSettings={updateSettings}
            onDataReplaced={onSaved}
          />
        )}
      </main>
    </div>
  );
}
