import { useEffect, useRef, useState } from 'react';
import type { Person, SessionListItem, SessionSummary } from '../../../shared/api';
import type { GaitAnalysis, Side } from '../../../shared/gait/types';
import { KNEE_PAST_TOE_LABELS, kneePastToeUnit } from '../../../shared/display/knee-past-toe';
import { api, ApiError } from '../api';
import { openReport } from '../report/route';
import { sessionName } from './details-form';
import { ExportButtons } from './ExportButtons';
import { formatBytes, formatDate, formatDuration, formatNumber, statusLabel, symmetryFacts, wasCutOff } from './format';
import { KneePastToeLegs } from './KneePastToeLegs';
import { MoveToPerson } from './MoveToPerson';
import { readAnalysis } from './read-analysis';
import { SessionDetailsForm } from './SessionDetailsForm';
import { useWholeSession } from './use-whole-session';
import { PersonSwitchNotice } from '../walker/PersonSwitchNotice';

interface Props {
  /** The session as listed: its name and actions show at once, the rest once it is loaded whole. */
  item: SessionListItem;
  people: Person[];
  onBack: () => void;
  onReplay: () => void;
  /** Opens the Compare screen with this session and the person's previous one; null: no other session. */
  onCompare: (() => void) | null;
  onSaved: (session: SessionSummary) => void;
  /** Moved to another person or to the trash: no longer in this person's list. */
  onGone: (message: string) => void;
}

/** One session: what the user tells about it (editable), what was recorded, the gait analysis numbers. */
export function SessionDetail({ item, people, onBack, onReplay, onCompare, onSaved, onGone }: Props) {
  const whole = useWholeSession(item.id);
  const session = whole.session;
  const name = sessionName(session ?? item, formatDate);
  // Deleted for good since the list was read (another window): back to the list, which is read again.
  const toldGone = useRef(false);
  useEffect(() => {
    if (!whole.gone || toldGone.current) return;
    toldGone.current = true;
    onGone(`${name} no longer exists: it was deleted for good.`);
  }, [whole.gone, name, onGone]);
  return (
    <section
      className="session-detail"
      aria-labelledby="session-title"
      data-testid="session-detail"
      data-session-id={item.id}
      data-loaded={session !== null}
    >
      <button type="button" className="link back" onClick={onBack}>
        ← All sessions
      </button>
      <div className="detail-head">
        <h1 id="session-title">{name}</h1>
        <div className="button-row">
          <button type="button" onClick={onReplay} data-testid="detail-replay">
            Replay
          </button>
          <button
            type="button"
            onClick={onCompare ?? undefined}
            disabled={onCompare === null}
            title={
              onCompare === null
                ? 'This person has no other session to compare with'
                : 'Side by side with the previous session'
            }
            data-testid="detail-compare"
          >
            Compare with previous…
          </button>
          <button
            type="button"
            onClick={() => openReport({ kind: 'session', sessionId: item.id })}
            data-testid="detail-report"
          >
            Report
          </button>
        </div>
      </div>
      {(session ?? item).title !== null && <p className="muted">{formatDate(item.startedAt)}</p>}
      {whole.error && (
        <div className="notice error" role="alert" data-testid="session-load-error">
          <span>{whole.error}</span>
          <button type="button" onClick={whole.retry}>
            Try again
          </button>
        </div>
      )}
      {!session && !whole.error && !whole.gone && (
        <p className="muted" role="status" data-testid="session-loading">
          Loading the session…
        </p>
      )}
      {session && (
        <WholeSessionDetail
          session={session}
          name={name}
          people={people}
          onSaved={(saved) => {
            whole.replace(saved);
            onSaved(saved);
          }}
          onGone={onGone}
        />
      )}
    </section>
  );
}

interface WholeProps {
  session: SessionSummary;
  name: string;
  people: Person[];
  onSaved: (session: SessionSummary) => void;
  onGone: (message: string) => void;
}

function WholeSessionDetail({ session, name, people, onSaved, onGone }: WholeProps) {
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
        <SessionDetailsForm session={session} onSaved={onSaved} />
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
      <PersonSwitchNotice
        session={session}
        model={session.model}
        analysis={analysis}
        onChosen={() => {
          void api['sessions.get']({ id: session.id }).then((s) => {
            if (s) onSaved(s);
          });
        }}
      />
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
        <div className="fact">
          <dt>{KNEE_PAST_TOE_LABELS.session}</dt>
          <dd>
            <KneePastToeLegs analysis={a} testId="detail-kpt" />
          </dd>
        </div>
        {kneePastToeUnit(a) === 'cm' && (
          <div className="fact">
            <dt>{KNEE_PAST_TOE_LABELS.session} (angle)</dt>
            <dd>
              <KneePastToeLegs analysis={a} unit="deg" testId="detail-kpt-angle" />
            </dd>
          </div>
        )}
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
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
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
