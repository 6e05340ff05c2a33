import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import type { Person, SessionSummary } from '../../../shared/api';
import type { GaitAnalysis, Side } from '../../../shared/gait/types';
import { kneePastToeUnit } from '../../../shared/display/knee-past-toe';
import { api, ApiError } from '../api';
import { previousWalkPair } from '../compare/previous-walk';
import { sessionReanalysed, sessionsChanged } from '../data/changes';
import { sessionListQuery, sessionQuery } from '../data/queries';
import { NotFound } from '../routes/NotFound';
import { useHandedOver } from '../routes/location-state';
import { paths } from '../routes/paths';
import { Notice } from '../app/Notice';
import { sessionName } from './details-form';
import { ExportButtons } from './ExportButtons';
import { formatBytes, formatDate, formatDuration, formatNumber, statusLabel, symmetryFacts, wasCutOff } from './format';
import { KneePastToeFact } from './KneePastToeFact';
import { MoveToPerson } from './MoveToPerson';
import { readAnalysis } from './read-analysis';
import { SessionDetailsForm } from './SessionDetailsForm';
import { PersonSwitchNotice } from '../walker/PersonSwitchNotice';

/** One session: what the user tells about it (editable), what was recorded, the gait analysis numbers. */
export function SessionDetail({ sessionId, people }: { sessionId: number; people: Person[] }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { listedAs } = useHandedOver();
  const whole = useQuery(sessionQuery(sessionId));
  const session = whole.data ?? null;
  // Moved to another person or to the trash: no longer in this person's list, which says what happened.
  const gone = (message: string) => {
    void sessionsChanged(client);
    void navigate(paths.sessions, { replace: true, state: { notice: message } });
  };
  if (whole.data === null) {
    // Deleted for good since the list was read (another window): back to the list, which is read again.
    if (listedAs !== undefined)
      return (
        <Navigate
          to={paths.sessions}
          replace
          state={{ notice: `${listedAs} no longer exists: it was deleted for good.` }}
        />
      );
    return <NotFound what={`Session ${sessionId}`} back={{ to: paths.sessions, label: 'All sessions' }} />;
  }
  const name = session ? sessionName(session, formatDate) : (listedAs ?? 'Session');
  return (
    <section
      className="session-detail"
      aria-labelledby="session-title"
      data-testid="session-detail"
      data-session-id={sessionId}
      data-loaded={session !== null}
    >
      <button type="button" className="link back" onClick={() => void navigate(paths.sessions)}>
        ← All sessions
      </button>
      <div className="detail-head">
        <h1 id="session-title">{name}</h1>
        <div className="button-row">
          <Link to={paths.replay(sessionId)} className="button" data-testid="detail-replay">
            Replay
          </Link>
          <CompareButton session={session} />
          <Link to={paths.report({ kind: 'session', sessionId })} className="button" data-testid="detail-report">
            Report
          </Link>
        </div>
      </div>
      {session && session.title !== null && <p className="muted">{formatDate(session.startedAt)}</p>}
      {whole.error && (
        <div className="notice error" role="alert" data-testid="session-load-error">
          <span>Could not load the session: {whole.error.message}</span>
          <button type="button" onClick={() => void whole.refetch()}>
            Try again
          </button>
        </div>
      )}
      {!session && !whole.error && (
        <p className="muted" role="status" data-testid="session-loading">
          Loading the session…
        </p>
      )}
      {session && (
        <WholeSessionDetail
          session={session}
          name={name}
          people={people}
          onChosen={() => sessionReanalysed(client, session.id)}
          onGone={gone}
        />
      )}
    </section>
  );
}

/** "Compare with previous…": the person's previous walk of the same kind (their list says which). */
function CompareButton({ session }: { session: SessionSummary | null }) {
  const navigate = useNavigate();
  const list = useQuery({ ...sessionListQuery(session?.personId ?? null, false), enabled: session !== null });
  const pair = session && list.data ? previousWalkPair(list.data, session.id) : null;
  return (
    <button
      type="button"
      onClick={() =>
        pair &&
        void navigate(paths.comparePair(pair.a, pair.b), {
          state: { fromSession: true, pairNote: pair.note ?? undefined },
        })
      }
      disabled={pair === null}
      title={
        pair === null ? 'This person has no other session to compare with' : 'Side by side with the previous session'
      }
      data-testid="detail-compare"
    >
      Compare with previous…
    </button>
  );
}

interface WholeProps {
  session: SessionSummary;
  name: string;
  people: Person[];
  /** A walker was chosen and the result analysed again. */
  onChosen: () => Promise<void>;
  /** Moved to another person or to the trash: no longer in this person's list. */
  onGone: (message: string) => void;
}

function WholeSessionDetail({ session, name, people, onChosen, onGone }: WholeProps) {
  const analysis = readAnalysis(session.analysis);
  return (
    <>
      {wasCutOff(session) && (
        <p className="notice error">
          This session was cut off before it was finished (the app closed or the computer stopped). The frames and video
          saved until then are kept.
        </p>
      )}
      <div className="card">
        <SessionDetailsForm session={session} />
      </div>
      <div className="detail-actions">
        <ExportButtons sessionId={session.id} />
        <MoveToPerson
          session={session}
          people={people}
          onMoved={(moved) =>
            onGone(`${name} moved to ${people.find((p) => p.id === moved.personId)?.name ?? 'another person'}.`)
          }
        />
      </div>
      <h2>Recording</h2>
      <dl className="facts">
        <Fact label="Duration" value={formatDuration(session.durationMs)} />
        <Fact label="Frames" value={String(session.frameCount)} />
        <Fact label="Status" value={statusLabel(session)} />
        <Fact label="Model" value={session.model} />
        <Fact
          label="Height for this session"
          value={session.heightCm === null ? 'none (lengths in shank lengths)' : `${session.heightCm} cm`}
          testId="session-height"
        />
        <Fact label="Video" value={`${session.width}×${session.height}, ${formatBytes(session.videoBytes)}`} />
        {session.source === 'imported' && (
          <Fact label="Imported from" value={session.originalName ?? 'a video file'} wide />
        )}
        <Fact label="Video file" value={session.videoPath ?? 'none'} wide />
      </dl>
      <PersonSwitchNotice session={session} model={session.model} analysis={analysis} onChosen={onChosen} />
      {analysis ? (
        <AnalysisSummary analysis={analysis} />
      ) : (
        <p className="muted">
          No gait analysis for this session{session.frameCount === 0 ? ' (no frames were saved)' : ''}.
        </p>
      )}
      <TrashButton
        id={session.id}
        onTrashed={() => onGone(`${name} moved to the trash: restore it from the Trash within 30 days.`)}
        onPurged={() => onGone(`${name} deleted for good; the space of its video is free again.`)}
      />
    </>
  );
}

function AnalysisSummary({ analysis: a }: { analysis: GaitAnalysis }) {
  const both = (pick: (side: Side) => number | null, suffix: string, digits = 0) =>
    `L ${formatNumber(pick('left'), suffix, digits)} · R ${formatNumber(pick('right'), suffix, digits)}`;
  return (
    <>
      <h2>Walk</h2>
      <dl className="facts">
        <Fact label="Direction" value={a.direction} testId="detail-direction" />
        <Fact
          label="Segments"
          value={
            a.segments.map((s) => `${s.direction} ${s.start_s.toFixed(1)}–${s.end_s.toFixed(1)} s`).join(', ') || '—'
          }
          wide
        />
        <Fact
          label="Steps"
          value={`${a.steps.count} (left ${a.steps.left}, right ${a.steps.right})`}
          testId="detail-steps"
        />
        <Fact label="Cadence" value={formatNumber(a.cadence_spm, ' steps/min')} />
      </dl>
      <h2>Knees</h2>
      <dl className="facts">
        <Fact label="Peak flexion" value={both((s) => a.knee.peak_flexion_deg[s], '°')} />
        <Fact label="Range of motion" value={both((s) => a.knee.rom_deg[s], '°')} />
        <KneePastToeFact analysis={a} testId="detail-kpt" />
        {kneePastToeUnit(a) === 'cm' && <KneePastToeFact analysis={a} unit="deg" testId="detail-kpt-angle" />}
        <Fact
          label="Steps with the knee past the toes"
          value={formatNumber(a.knee_past_toe.steps_past_toe_pct, ' %')}
        />
      </dl>
      <h2>Symmetry</h2>
      <dl className="facts">
        {symmetryFacts(a).map(({ key, label, value }) => (
          <Fact key={key} label={label} value={value} />
        ))}
      </dl>
      <h2>Balance</h2>
      <dl className="facts">
        <Fact label="Grade" value={formatNumber(a.balance.score, ' / 100')} />
        {Object.entries(a.balance.subscores).map(([name, score]) => (
          <Fact key={name} label={sentenceCase(name)} value={formatNumber(score)} />
        ))}
      </dl>
      {a.balance.explanation && <p>{a.balance.explanation}</p>}
      <h2>Data quality</h2>
      <dl className="facts">
        <Fact label="Confident frames" value={formatNumber(a.quality.confident_frames_pct, ' %')} />
        <Fact label="Camera view" value={a.quality.view} />
        <Fact label="Leg swaps repaired" value={String(a.quality.swaps_repaired)} />
      </dl>
    </>
  );
}

/** "trunk_sway" → "Trunk sway". */
function sentenceCase(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function Fact({
  label,
  value,
  wide = false,
  testId,
}: {
  label: string;
  value: string;
  wide?: boolean;
  testId?: string;
}) {
  return (
    <div className={wide ? 'fact wide' : 'fact'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function TrashButton({ id, onTrashed, onPurged }: { id: number; onTrashed: () => void; onPurged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  // on a full disk even the trash is a write: deleting for good (its video first) frees space
  const [diskFull, setDiskFull] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  return (
    <div className="danger-zone">
      <button
        type="button"
        data-testid="trash-button"
        onClick={() => {
          setError(null);
          api['sessions.delete']({ id })
            .then(onTrashed)
            .catch((e: unknown) => {
              setDiskFull(e instanceof ApiError && e.code === 'disk_full');
              fail(e);
            });
        }}
      >
        Move to trash
      </button>
      <span className="hint">Restorable from the Trash for 30 days.</span>
      {error && <Notice kind="error">{error}</Notice>}
      {diskFull && !confirming && (
        <button type="button" className="danger" data-testid="purge-full-disk" onClick={() => setConfirming(true)}>
          Delete for good to free space…
        </button>
      )}
      {diskFull && confirming && (
        <p className="notice warn" role="alertdialog" aria-label="Delete for good">
          This deletes the session and its video for good; it cannot be restored.{' '}
          <button
            type="button"
            className="danger"
            data-testid="purge-full-disk-confirm"
            onClick={() => {
              setError(null);
              api['sessions.purge']({ id }).then(onPurged).catch(fail);
            }}
          >
            Delete for good
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      )}
    </div>
  );
}
