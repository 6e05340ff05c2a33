import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useGoBack } from '../routes/go-back';
import { useHandedOver } from '../routes/location-state';
import { paths } from '../routes/paths';
import '../styles/replay.css';
import '../styles/compare.css';
import { useReplaySession } from '../replay/use-replay-session';
import { Notice } from '../app/Notice';
import { CompareView, loadedLane } from './CompareView';
import { SessionPicker } from './SessionPicker';
import { defaultPair } from './default-pair';
import { useSessionChoices } from './use-session-choices';

export interface ComparePair {
  a: number;
  b: number;
}

interface Props {
  /** The pair the address names; null: the active person's two latest sessions. */
  pair: ComparePair | null;
  /** The active person, whose two latest sessions are compared by default. */
  personId: number | null;
}

/** Two sessions side by side, played in step from a foot contact, with their knee cycles and numbers. */
export function CompareScreen({ pair, personId }: Props) {
  const navigate = useNavigate();
  const { fromSession, pairNote } = useHandedOver();
  const goBack = useGoBack(paths.sessions);
  const choices = useSessionChoices();
  // the default is the latest sessions: read now, not the cache's copy, before two videos are loaded for it
  const shown = pair ?? (choices.groups && choices.fresh ? defaultPair(choices.groups, personId) : null);
  // one lane chosen while there is no pair yet (fewer than two sessions by default)
  const [half, setHalf] = useState<Partial<ComparePair>>({});
  const pick = (lane: keyof ComparePair, id: number): void => {
    const next = { ...(shown ?? half), [lane]: id };
    if (next.a === undefined || next.b === undefined) setHalf(next);
    else void navigate(paths.comparePair(next.a, next.b), { replace: true });
  };

  const total = choices.groups?.reduce((n, g) => n + g.sessions.length, 0) ?? 0;
  return (
    <section className="compare-screen" aria-labelledby="compare-title" data-testid="compare-screen">
      <div className="replay-header">
        {fromSession && (
          <button type="button" className="link back" onClick={goBack}>
            ← Back
          </button>
        )}
        <h1 id="compare-title">Compare two sessions</h1>
      </div>
      {choices.error && <Notice kind="error">Could not list the sessions: {choices.error}</Notice>}
      {choices.groups && (
        <div className="compare-pickers">
          <SessionPicker
            lane="A"
            groups={choices.groups}
            value={(shown ?? half).a ?? null}
            onChange={(id) => pick('a', id)}
          />
          <SessionPicker
            lane="B"
            groups={choices.groups}
            value={(shown ?? half).b ?? null}
            onChange={(id) => pick('b', id)}
          />
        </div>
      )}
      {pairNote && (
        <p className="notice info" role="status" data-testid="compare-pick-note">
          {pairNote}
        </p>
      )}
      {choices.groups && total < 2 && <p className="muted">Record or import at least two sessions to compare them.</p>}
      {shown && <LoadedPair key={`${shown.a}-${shown.b}`} a={shown.a} b={shown.b} />}
    </section>
  );
}

function LoadedPair({ a, b }: ComparePair) {
  const A = useReplaySession(a);
  const B = useReplaySession(b);
  const missing = A.notFound ? a : B.notFound ? b : null;
  if (missing !== null)
    return (
      <p className="notice error" role="alert" data-testid="compare-not-found">
        Session {missing} does not exist: it may have been deleted for good. Choose another above, or{' '}
        <Link to={paths.compare}>compare the two latest sessions</Link>.
      </p>
    );
  const error = A.error ?? B.error;
  if (error) return <Notice kind="error">{error}</Notice>;
  const laneA = loadedLane(A);
  const laneB = loadedLane(B);
  if (!laneA || !laneB)
    return (
      <p className="muted" role="status">
        Loading the sessions…
      </p>
    );
  return <CompareView a={laneA} b={laneB} />;
}
