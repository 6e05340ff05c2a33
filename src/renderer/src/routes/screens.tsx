/**
 * Each route's screen: reads its address (ids checked: an unknown one is "not found") and what the
 * app shares, and hands them to the screen.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useAppShell, useScreenShell } from '../app/shell';
import { CompareScreen } from '../compare/CompareScreen';
import { sessionsChanged } from '../data/changes';
import { LiveScreen } from '../live/LiveScreen';
import { PeopleScreen } from '../people/PeopleScreen';
import { ProgressScreen } from '../progress/ProgressScreen';
import { ReplayScreen } from '../replay/ReplayScreen';
import { ReportPage } from '../report/ReportPage';
import { SessionDetail } from '../sessions/SessionDetail';
import { SessionsScreen } from '../sessions/SessionsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { NotFound } from './NotFound';
import { parseId, parsePersonReport, paths } from './paths';

const ALL_SESSIONS = { to: paths.sessions, label: 'All sessions' };

export function LiveRoute() {
  const { settings, activePerson, engineState, updateSettings, onRecordingChange } = useScreenShell();
  const client = useQueryClient();
  return (
    <LiveScreen
      settings={settings}
      person={activePerson}
      engineState={engineState}
      updateSettings={updateSettings}
      onSaved={() => void sessionsChanged(client)}
      onRecordingChange={onRecordingChange}
    />
  );
}

export function SessionsRoute({ view }: { view: 'sessions' | 'trash' }) {
  return <SessionsScreen view={view} person={useScreenShell().activePerson} />;
}

export function SessionRoute() {
  const { people } = useScreenShell();
  const id = parseId(useParams().sessionId);
  if (id === null) return <NotFound back={ALL_SESSIONS} />;
  // keyed: another session's page starts afresh (its form, its messages)
  return <SessionDetail key={id} sessionId={id} people={people} />;
}

export function ReplayRoute() {
  const id = parseId(useParams().sessionId);
  if (id === null) return <NotFound back={ALL_SESSIONS} />;
  // keyed: another session's replay never shows this one's video or keypoints
  return <ReplayScreen key={id} sessionId={id} />;
}

export function CompareRoute() {
  const { activePerson } = useScreenShell();
  const params = useParams();
  const [a, b] = [parseId(params.a), parseId(params.b)];
  if (params.a !== undefined && (a === null || b === null))
    return <NotFound back={{ to: paths.compare, label: 'Compare' }} />;
  return <CompareScreen pair={a !== null && b !== null ? { a, b } : null} personId={activePerson?.id ?? null} />;
}

export function ProgressRoute() {
  return <ProgressScreen personId={useScreenShell().activePerson?.id ?? null} />;
}

export function PeopleRoute() {
  const { people, activePerson, switchPerson } = useScreenShell();
  return <PeopleScreen people={people} activeId={activePerson?.id ?? null} onSwitch={switchPerson} />;
}

export function SettingsRoute() {
  const { settings, info, engineState, updateSettings } = useScreenShell();
  return <SettingsScreen settings={settings} info={info} engineState={engineState} updateSettings={updateSettings} />;
}

export function SessionReportRoute() {
  const { info } = useAppShell();
  const id = parseId(useParams().sessionId);
  if (id === null) return <NotFound back={ALL_SESSIONS} />;
  return <ReportPage target={{ kind: 'session', sessionId: id }} mode={info?.mode ?? null} />;
}

export function PersonReportRoute() {
  const { info } = useAppShell();
  const target = parsePersonReport(useParams());
  if (target === null) return <NotFound back={{ to: paths.progress, label: 'Progress' }} />;
  return <ReportPage target={target} mode={info?.mode ?? null} />;
}
