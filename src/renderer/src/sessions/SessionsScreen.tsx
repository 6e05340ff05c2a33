import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import type { Person, SessionListItem } from '../../../shared/api';
import { KNEE_PAST_TOE_LABELS, KNEE_PAST_TOE_SESSION_HINT } from '../../../shared/display/knee-past-toe';
import { kneePastToeSincePrevious } from '../../../shared/display/knee-past-toe-change';
import { BALANCE_MEANING, formatScore } from '../../../shared/display/scores';
import { sessionsChanged } from '../data/changes';
import { sessionListQuery } from '../data/queries';
import { ImportPanel } from '../import/ImportPanel';
import { useHandedOver } from '../routes/location-state';
import { paths } from '../routes/paths';
import { ColumnHeads } from '../app/ColumnHeads';
import { sessionName, VARIANT_LABELS } from './details-form';
import { ExportPersonButton } from './ExportButtons';
import { formatDate, formatDuration, formatNumber, statusLabel, wasCutOff } from './format';
import { KneePastToeCell } from './KneePastToeCell';
import { TrashList, UndoTrash } from './TrashList';
import { useUnitSystem } from '../units/use-unit-system';
import '../styles/sessions.css';

interface Props {
  /** The sessions or the trash. */
  view: 'sessions' | 'trash';
  /** Whose sessions are shown; null: nobody yet (the store's default person). */
  person: Person | null;
}

/** The active person's sessions, newest first (or their trash); a session opens on a page of its own. */
export function SessionsScreen({ view, person }: Props) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const personId = person?.id ?? null;
  // keyed by person: another person's lists never show, even for the moment before theirs arrive
  const sessions = useQuery(sessionListQuery(personId, false));
  const trash = useQuery(sessionListQuery(personId, true));
  const { notice, restorable } = useHandedOver();
  const error = sessions.error ?? trash.error;
  const lists = sessions.data && trash.data ? { sessions: sessions.data, trash: trash.data } : null;
  // the notice belongs to this history entry: a new one replaces it, dismissing drops it
  const tell = (message: string | null) =>
    void navigate(pathname, { replace: true, state: message === null ? null : { notice: message } });
  const changed = (message: string) => {
    tell(message);
    void sessionsChanged(client);
  };

  const owner = person ? `${person.name}’s` : 'Your';
  return (
    <section className="sessions-screen" aria-labelledby="sessions-title" data-person-id={personId ?? ''}>
      <div className="screen-head">
        <h1 id="sessions-title">{owner} sessions</h1>
        <div className="tabs" role="tablist" aria-label="Sessions or trash">
          <NavLink to={paths.sessions} end role="tab" aria-selected={view === 'sessions'} data-testid="tab-sessions">
            Sessions{lists ? ` (${lists.sessions.length})` : ''}
          </NavLink>
          <NavLink to={paths.trash} role="tab" aria-selected={view === 'trash'} data-testid="tab-trash">
            Trash{lists ? ` (${lists.trash.length})` : ''}
          </NavLink>
        </div>
        {personId !== null && (
          <ExportPersonButton personId={personId} disabled={!lists || lists.sessions.length === 0} />
        )}
      </div>
      {notice && (
        <div className="notice info" role="status">
          <span data-testid="sessions-notice">{notice}</span>
          {restorable !== undefined && <UndoTrash id={restorable} onDone={changed} />}
          <button type="button" className="dismiss" aria-label="Dismiss message" onClick={() => tell(null)}>
            ×
          </button>
        </div>
      )}
      {error && (
        <div className="notice error" role="alert">
          <span>Could not load the sessions: {error.message}</span>
          <button
            type="button"
            onClick={() => {
              void sessions.refetch();
              void trash.refetch();
            }}
          >
            Try again
          </button>
        </div>
      )}
      {!lists && !error && <p className="muted">Loading…</p>}
      {lists && view === 'trash' && (
        <div data-testid="trash-list" data-count={lists.trash.length}>
          <TrashList sessions={lists.trash} onChanged={changed} />
        </div>
      )}
      {lists && view === 'sessions' && (
        <>
          <ImportPanel
            personId={personId}
            onImported={(id) => {
              void sessionsChanged(client);
              void navigate(paths.replay(id));
            }}
          />
          <div data-testid="sessions-list" data-count={lists.sessions.length}>
            {lists.sessions.length === 0 && (
              <p className="muted">
                No sessions{person ? ` for ${person.name}` : ''} yet. Record a walk on the Live screen (press R), or
                import a video above.
              </p>
            )}
            {lists.sessions.length > 0 && <SessionsTable sessions={lists.sessions} />}
          </div>
        </>
      )}
    </section>
  );
}

function SessionsTable({ sessions }: { sessions: SessionListItem[] }) {
  const names = new Map(sessions.map((s) => [s.id, sessionName(s, formatDate)]));
  const system = useUnitSystem();
  return (
    <table className="data-table sessions-table">
      <ColumnHeads
        heads={[
          'Session',
          { label: KNEE_PAST_TOE_LABELS.session, title: KNEE_PAST_TOE_SESSION_HINT },
          'Direction',
          'Variant',
          { label: 'Balance', title: BALANCE_MEANING },
          'Steps',
          'Cadence',
          'Duration',
          'Status',
          { label: 'Replay', hidden: true },
        ]}
      />
      <tbody>
        {sessions.map((s) => {
          const name = names.get(s.id)!;
          const change = kneePastToeSincePrevious(sessions, s.id, system);
          return (
            <tr key={s.id} data-testid="session-row" data-session-id={s.id} data-status={s.status}>
              <td>
                <Link
                  to={paths.session(s.id)}
                  state={{ listedAs: name }}
                  aria-label={`Open ${name}`}
                  data-testid="session-open"
                >
                  {name}
                </Link>
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
              <KneePastToeCell
                item={s}
                change={change}
                previousName={change ? (names.get(change.previousId) ?? null) : null}
              />
              <td className="capitalize">{s.direction ?? '—'}</td>
              <td>
                {VARIANT_LABELS[s.variant]}
                {s.variant === 'sled' && s.loadKg !== null ? `, ${s.loadKg} kg` : ''}
              </td>
              <td data-testid="session-balance">{formatScore(s.metrics?.balanceScore)}</td>
              <td data-testid="session-steps">{formatNumber(s.metrics?.steps)}</td>
              <td data-testid="session-cadence">{formatNumber(s.metrics?.cadenceSpm, ' /min')}</td>
              <td>{formatDuration(s.durationMs)}</td>
              <td>
                <span className={`status ${wasCutOff(s) ? 'cut-off' : 'complete'}`}>{statusLabel(s)}</span>
              </td>
              <td>
                <Link
                  to={paths.replay(s.id)}
                  className="button"
                  aria-label={`Replay ${name}`}
                  data-testid="session-replay"
                >
                  Replay
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
