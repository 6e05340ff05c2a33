import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../shared/api';
import { api } from '../api';
import { ImportPanel } from '../import/ImportPanel';
import { ReplayScreen } from '../replay/ReplayScreen';
import { formatDate, formatDuration, statusLabel, wasCutOff } from './format';
import { SessionDetail } from './SessionDetail';

/** The saved sessions, newest first; opening one shows its summary. */
export function SessionsScreen({ version }: { version: number }) {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [reload, setReload] = useState(0);
  const [replayId, setReplayId] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    api['sessions.list']({})
      .then((list) => {
        if (cancelled) return;
        setSessions([...list].sort((a, b) => b.startedAt.localeCompare(a.startedAt)));
        setError(null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
    };
  }, [version, reload]);

  if (replayId !== null) {
    return <ReplayScreen sessionId={replayId} onBack={() => { setReplayId(null); setReload((n) => n + 1); }} />;
  }
  const open = sessions?.find((s) => s.id === openId) ?? null;
  if (open) {
    return (
      <SessionDetail
        session={open}
        onBack={() => setOpenId(null)}
        onDeleted={() => {
          setOpenId(null);
          setReload((n) => n + 1);
        }}
      />
    );
  }

  return (
    <section className="sessions-screen" aria-labelledby="sessions-title">
      <h1 id="sessions-title">Sessions</h1>
      <ImportPanel onImported={(id) => { setReload((n) => n + 1); setReplayId(id); }} />
      {error && (
        <div className="notice error" role="alert">
          <span>Could not load the sessions: {error}</span>
          <button type="button" onClick={() => setReload((n) => n + 1)}>Try again</button>
        </div>
      )}
      {sessions === null && !error && <p className="muted">Loading…</p>}
      {sessions !== null && (
        <div data-testid="sessions-list" data-count={sessions.length}>
          {sessions.length === 0 && <p className="muted">No sessions yet. Record a walk on the Live screen (press R), or import a video above.</p>}
          {sessions.length > 0 && <SessionsTable sessions={sessions} onOpen={setOpenId} onReplay={setReplayId} />}
        </div>
      )}
    </section>
  );
}

function SessionsTable({ sessions, onOpen, onReplay }: { sessions: SessionSummary[]; onOpen: (id: number) => void; onReplay: (id: number) => void }) {
  return (
    <table className="sessions-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Duration</th>
          <th scope="col">Direction</th>
          <th scope="col">Frames</th>
          <th scope="col">Status</th>
          <th scope="col"><span className="visually-hidden">Replay</span></th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id} data-testid="session-row" data-session-id={s.id} data-status={s.status}>
            <td>
              <button type="button" className="link" onClick={() => onOpen(s.id)} aria-label={`Open session of ${formatDate(s.startedAt)}`}>
                {formatDate(s.startedAt)}
              </button>
              {s.source === 'imported' && <span className="tag" title={s.originalName ?? undefined}>imported</span>}
            </td>
            <td>{formatDuration(s.durationMs)}</td>
            <td className="capitalize">{s.direction ?? '—'}</td>
            <td data-testid="session-frames">{s.frameCount}</td>
            <td>
              <span className={`status ${wasCutOff(s) ? 'cut-off' : 'complete'}`}>{statusLabel(s)}</span>
            </td>
            <td>
              <button type="button" onClick={() => onReplay(s.id)} aria-label={`Replay session of ${formatDate(s.startedAt)}`} data-testid="session-replay">
                Replay
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
