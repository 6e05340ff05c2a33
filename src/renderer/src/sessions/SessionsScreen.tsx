import { useEffect, useRef, useState } from 'react';
import type { Person, SessionListItem } from '../../../shared/api';
import { KNEE_PAST_TOE_LABELS, KNEE_PAST_TOE_SESSION_HINT } from '../../../shared/display/knee-past-toe';
import { api } from '../api';
import { ImportPanel } from '../import/ImportPanel';
import { ReplayScreen } from '../replay/ReplayScreen';
import { previousWalkPair } from '../compare/previous-walk';
import { sessionName, VARIANT_LABELS } from './details-form';
import { ExportPersonButton } from './ExportButtons';
import { formatDate, formatDuration, formatNumber, statusLabel, wasCutOff } from './format';
import { withSaved } from './list-item';
import { KneePastToeCell } from './KneePastToeCell';
import { SessionDetail } from './SessionDetail';
import { TrashList } from './TrashList';

interface Props {
  version: number;
  /** Whose sessions are shown; null: nobody yet (the store's default person). */
  person: Person | null;
  people: Person[];
  /** Sessions were added, moved, deleted or restored: people's counts change. */
  onChanged: () => void;
  /** Opens the Compare screen with these two sessions (A the earlier). */
  onCompare: (pair: { a: number; b: number }) => void;
}

type View = 'sessions' | 'trash';

/** The active person's sessions, newest first (or their trash); opening one shows and edits its details. */
export function SessionsScreen({ version, person, people, onChanged, onCompare }: Props) {
  const [view, setView] = useState<View>('sessions');
  const [lists, setLists] = useState<{
    personId: number | null;
    sessions: SessionListItem[];
    trash: SessionListItem[];
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [reload, setReload] = useState(0);
  const [replayId, setReplayId] = useState<number | null>(null);
  const personId = person?.id ?? null;

  useEffect(() => {
    let cancelled = false;
    const who = personId === null ? {} : { personId };
    Promise.all([api['sessions.list']({ ...who }), api['sessions.list']({ ...who, trash: true })])
      .then(([sessions, trash]) => {
        if (cancelled) return;
        const newestFirst = (list: SessionListItem[]) =>
          [...list].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
        setLists({ personId, sessions: newestFirst(sessions), trash: newestFirst(trash) });
        setError(null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
    };
  }, [version, reload, personId]);

  // Switching person shows the new person's list, not a session or replay of the previous one. From
  // nobody to someone is no switch: the first import made "Me", and its replay stays open.
  const shownFor = useRef(personId);
  useEffect(() => {
    if (shownFor.current !== null && shownFor.current !== personId) {
      setOpenId(null);
      setReplayId(null);
      setNotice(null);
    }
    shownFor.current = personId;
  }, [personId]);

  // Another person's lists never show, even for the moment before theirs arrive.
  const current = lists && lists.personId === personId ? lists : null;
  const changed = (message: string | null): void => {
    setNotice(message);
    setReload((n) => n + 1);
    onChanged();
  };

  if (replayId !== null) {
    return (
      <ReplayScreen
        sessionId={replayId}
        onBack={() => {
          setReplayId(null);
          setReload((n) => n + 1);
        }}
      />
    );
  }
  const open = current?.sessions.find((s) => s.id === openId) ?? null;
  if (current && open) {
    const pair = previousWalkPair(current.sessions, open.id);
    return (
      <SessionDetail
        key={open.id}
        item={open}
        people={people}
        onBack={() => setOpenId(null)}
        onReplay={() => setReplayId(open.id)}
        onCompare={pair && (() => onCompare(pair))}
        onSaved={(saved) =>
          setLists((l) => l && { ...l, sessions: l.sessions.map((s) => (s.id === saved.id ? withSaved(s, saved) : s)) })
        }
        onGone={(message) => {
          setOpenId(null);
          changed(message);
        }}
      />
    );
  }

  const owner = person ? `${person.name}’s` : 'Your';
  return (
    <section className="sessions-screen" aria-labelledby="sessions-title" data-person-id={personId ?? ''}>
      <div className="screen-head">
        <h1 id="sessions-title">{owner} sessions</h1>
        <div className="tabs" role="tablist" aria-label="Sessions or trash">
          <button
            type="button"
            role="tab"
            aria-selected={view === 'sessions'}
            data-testid="tab-sessions"
            onClick={() => setView('sessions')}
          >
            Sessions{current ? ` (${current.sessions.length})` : ''}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={view === 'trash'}
            data-testid="tab-trash"
            onClick={() => setView('trash')}
          >
            Trash{current ? ` (${current.trash.length})` : ''}
          </button>
        </div>
        {personId !== null && (
          <ExportPersonButton personId={personId} disabled={!current || current.sessions.length === 0} />
        )}
      </div>
      {notice && (
        <div className="notice info" role="status">
          <span data-testid="sessions-notice">{notice}</span>
          <button type="button" className="dismiss" aria-label="Dismiss message" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {error && (
        <div className="notice error" role="alert">
          <span>Could not load the sessions: {error}</span>
          <button type="button" onClick={() => setReload((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {!current && !error && <p className="muted">Loading…</p>}
      {current && view === 'trash' && (
        <div data-testid="trash-list" data-count={current.trash.length}>
          <TrashList sessions={current.trash} onChanged={changed} />
        </div>
      )}
      {current && view === 'sessions' && (
        <>
          <ImportPanel
            personId={personId}
            onImported={(id) => {
              changed(null);
              setReplayId(id);
            }}
          />
          <div data-testid="sessions-list" data-count={current.sessions.length}>
            {current.sessions.length === 0 && (
              <p className="muted">
                No sessions{person ? ` for ${person.name}` : ''} yet. Record a walk on the Live screen (press R), or
                import a video above.
              </p>
            )}
            {current.sessions.length > 0 && (
              <SessionsTable sessions={current.sessions} onOpen={setOpenId} onReplay={setReplayId} />
            )}
          </div>
        </>
      )}
    </section>
  );
}

function SessionsTable({
  sessions,
  onOpen,
  onReplay,
}: {
  sessions: SessionListItem[];
  onOpen: (id: number) => void;
  onReplay: (id: number) => void;
}) {
  return (
    <table className="sessions-table">
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">Variant</th>
          <th scope="col">Duration</th>
          <th scope="col">Direction</th>
          <th scope="col">Steps</th>
          <th scope="col">Cadence</th>
          <th scope="col">Balance</th>
          <th scope="col" title={KNEE_PAST_TOE_SESSION_HINT}>
            {KNEE_PAST_TOE_LABELS.session}
          </th>
          <th scope="col">Frames</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Replay</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => {
          const name = sessionName(s, formatDate);
          return (
            <tr key={s.id} data-testid="session-row" data-session-id={s.id} data-status={s.status}>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => onOpen(s.id)}
                  aria-label={`Open ${name}`}
                  data-testid="session-open"
                >
                  {name}
                </button>
                {s.title !== null && <span className="muted"> · {formatDate(s.startedAt)}</span>}
                {s.source === 'imported' && (
                  <span className="tag" title={s.originalName ?? undefined}>
                    imported
                  </span>
                )}
                {s.tags.map((t) => (
                  <span key={t} className="tag chip-tag">
                    {t}
                  </span>
                ))}
              </td>
              <td>
                {VARIANT_LABELS[s.variant]}
                {s.variant === 'sled' && s.loadKg !== null ? `, ${s.loadKg} kg` : ''}
              </td>
              <td>{formatDuration(s.durationMs)}</td>
              <td className="capitalize">{s.direction ?? '—'}</td>
              <td data-testid="session-steps">{formatNumber(s.metrics?.steps)}</td>
              <td data-testid="session-cadence">{formatNumber(s.metrics?.cadenceSpm, ' /min')}</td>
              <td data-testid="session-balance">{formatNumber(s.metrics?.balanceScore)}</td>
              <KneePastToeCell item={s} />
              <td data-testid="session-frames">{s.frameCount}</td>
              <td>
                <span className={`status ${wasCutOff(s) ? 'cut-off' : 'complete'}`}>{statusLabel(s)}</span>
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => onReplay(s.id)}
                  aria-label={`Replay ${name}`}
                  data-testid="session-replay"
                >
                  Replay
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
