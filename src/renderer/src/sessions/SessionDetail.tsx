import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import type { Person, SessionSummary } from '../../../shared/api';
import type { Side } from '../../../shared/gait/types';
import { unreadableWarning } from '../../../shared/display/data-quality';
import { BALANCE_PARTS, formatScore, SCORE_DIRECTION } from '../../../shared/display/scores';
import { formatHeight } from '../../../shared/display/units';
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
import { KneePastToeLead, type SessionAnalysisProps } from './KneePastToeLead';
import { MoveToPerson } from './MoveToPerson';
import { readAnalysis } from './read-analysis';
import { SessionDetailsForm } from './SessionDetailsForm';
import { PersonSwitchNotice } from '../walker/PersonSwitchNotice';
import { useUnitSystem } from '../units/use-unit-system';
import '../styles/sessions.css';
import { messageOf } from '../api/errors';

/** One session: what the user tells about it (editable), what was recorded, the gait analysis numbers. */
export function SessionDetail({ sessionId, people }: { sessionId: number; people: Person[] }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { listedAs } = useHandedOver();
  const whole = useQuery(sessionQuery(sessionId));
  const session = whole.data ?? null;
  // Moved to another person or to the trash: no longer in this person's list, which says what happened.
  const gone = (message: string, restorable?: number) => {
    void sessionsChanged(client);
    void navigate(paths.sessions, { replace: true, state: { notice: message, restorable } });
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
  /** Moved to another person or to the trash: no longer in this person's list (`restorable`: trashed, Undo offered). */
  onGone: (message: string, restorable?: number) => void;
}

function WholeSessionDetail({ session, name, people, onChosen, onGone }: WholeProps) {
  const analysis = readAnalysis(session.analysis);
  const system = useUnitSystem();
  return (
    <>
      {wasCutOff(session) && (
        <p className="notice error">
          This session was cut off before it was finished (the app closed or the computer stopped). The frames and video
          saved until then are kept.
        </p>
      )}
      <div className="session-grid">
        <div className="session-main">
          {analysis ? (
            <AnalysisSummary
              analysis={analysis}
              session={session}
              goal={people.find((p) => p.id === session.personId)?.goals.kneePastToe ?? null}
            />
          ) : (
            <p className="muted">
              No gait analysis for this session{session.frameCount === 0 ? ' (no frames were saved)' : ''}.
            </p>
          )}
        </div>
        <div className="session-side">
          <div className="card">
            <h2>Details</h2>
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
          <PersonSwitchNotice session={session} model={session.model} analysis={analysis} onChosen={onChosen} />
          <h2>Recording</h2>
          <dl className="facts">
            <Fact label="Duration" value={formatDuration(session.durationMs)} />
            <Fact label="Video frames" value={String(session.frameCount)} />
            <Fact label="Status" value={statusLabel(session)} />
            <Fact label="Pose model" value={session.model} />
            <Fact
              label="Height for this session"
              value={
                session.heightCm === null
                  ? `none: lengths are in shin lengths, not ${system === 'imperial' ? 'inches' : 'cm'} (add a height on the People screen)`
                  : formatHeight(session.heightCm, system)
              }
              testId="session-height"
            />
            <Fact label="Video" value={`${session.width}×${session.height}, ${formatBytes(session.videoBytes)}`} />
            {session.source === 'imported' && (
              <Fact label="Imported from" value={session.originalName ?? 'a video file'} wide />
            )}
            <Fact label="Video file" value={session.videoPath ?? 'none'} wide />
          </dl>
          <TrashButton
            id={session.id}
            onTrashed={() =>
              onGone(`${name} moved to the trash: restore it from the Trash within 30 days.`, session.id)
            }
            onPurged={() => onGone(`${name} deleted for good; the space of its video is free again.`)}
          />
        </div>
      </div>
    </>
  );
}

function AnalysisSummary({ analysis: a, session, goal }: SessionAnalysisProps) {
  const both = (pick: (side: Side) => number | null, suffix: string, digits = 0) =>
    `L ${formatNumber(pick('left'), suffix, digits)} · R ${formatNumber(pick('right'), suffix, digits)}`;
  const unreadable = unreadableWarning(a.quality.confident_frames_pct);
  return (
    <>
      <KneePastToeLead analysis={a} session={session} goal={goal} />
      {unreadable && (
        <div className="notice warn" role="note" data-testid="detail-unreadable">
          <p>{unreadable}</p>
          <FilmingTips />
        </div>
      )}
      <h2>Walk</h2>
      <dl className="facts">
        <Fact label="Direction" value={capitalized(a.direction)} testId="detail-direction" />
        <Fact
          label="Steps"
          value={`${a.steps.count} (left ${a.steps.left}, right ${a.steps.right})`}
          testId="detail-steps"
        />
        <Fact label="Cadence" value={formatNumber(a.cadence_spm, ' steps/min')} meaning="Steps a minute, both feet." />
        <Fact
          label="Parts of the walk"
          value={
            a.segments.map((s) => `${s.direction} ${s.start_s.toFixed(1)}–${s.end_s.toFixed(1)} s`).join(', ') || '—'
          }
          wide
        />
      </dl>
      <h2>Balance</h2>
      <dl className="facts">
        <Fact
          label="Balance grade"
          value={formatScore(a.balance.score)}
          meaning={`${SCORE_DIRECTION}: the weighted mean of the five parts below.`}
          testId="detail-balance"
          wide
        />
        {BALANCE_PARTS.map((part) => (
          <Fact
            key={part.key}
            label={part.label}
            value={formatScore(a.balance.subscores[part.key])}
            meaning={part.meaning}
            testId={`detail-balance-${part.key}`}
          />
        ))}
      </dl>
      {a.balance.explanation && <p>{a.balance.explanation}</p>}
      <h2>Knees</h2>
      <dl className="facts">
        <Fact
          label="Deepest knee bend"
          value={both((s) => a.knee.peak_flexion_deg[s], '°')}
          meaning="The most the knee bent (0° = straight leg)."
        />
        <Fact
          label="Knee range"
          value={both((s) => a.knee.rom_deg[s], '°')}
          meaning="From straightest to most bent, in a typical step."
        />
      </dl>
      <h2>Left and right alike?</h2>
      <p className="meaning">0 % = both legs alike; + = the left leg's value is larger, − = the right's.</p>
      <dl className="facts">
        {symmetryFacts(a).map(({ key, label, value }) => (
          <Fact key={key} label={label} value={value} />
        ))}
      </dl>
      <h2>How well the walk was seen</h2>
      <dl className="facts">
        <Fact
          label="Readable frames"
          value={formatNumber(a.quality.confident_frames_pct, ' %')}
          meaning="Frames where a hip and a whole leg were seen clearly."
          testId="detail-readable"
        />
        <Fact label="Camera view" value={capitalized(a.quality.view)} meaning="Knee numbers need a side view." />
        <Fact
          label="Left and right legs told apart again"
          value={`${a.quality.swaps_repaired} times`}
          meaning="Times the model mixed up the legs and the analysis put them back."
        />
      </dl>
    </>
  );
}

/** "backward" → "Backward". */
const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Where to put the camera: the README's advice, shown where poor data are reported. */
function FilmingTips() {
  return (
    <details className="filming-tips" open>
      <summary>Filming tips</summary>
      <ul>
        <li>Camera at hip height, side view: walk across the picture, square to the camera.</li>
        <li>The whole body in the picture, head to feet, 3–5 m from the camera.</li>
        <li>Good, even light (no window or sun behind you), and nobody else in the picture.</li>
      </ul>
    </details>
  );
}

function Fact({
  label,
  value,
  meaning,
  wide = false,
  testId,
}: {
  label: string;
  value: string;
  /** One line under the value: what the number means. */
  meaning?: string;
  wide?: boolean;
  testId?: string;
}) {
  return (
    <div className={wide ? 'fact wide' : 'fact'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
      {meaning && <dd className="meaning">{meaning}</dd>}
    </div>
  );
}

function TrashButton({ id, onTrashed, onPurged }: { id: number; onTrashed: () => void; onPurged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  // on a full disk even the trash is a write: deleting for good (its video first) frees space
  const [diskFull, setDiskFull] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fail = (e: unknown) => setError(messageOf(e));
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
