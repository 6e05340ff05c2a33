import { useEffect, useState } from 'react';
import '../styles/replay.css';
import '../styles/compare.css';
import { useReplaySession } from '../replay/use-replay-session';
import { CompareView } from './CompareView';
import { SessionPicker } from './SessionPicker';
import { defaultPair } from './default-pair';
import { useSessionChoices } from './use-session-choices';

export interface ComparePair {
  a: number;
  b: number;
  /** Said above the pair while it is shown (e.g. why "Compare with previous" picked another kind of walk). */
  note?: string | null;
}

interface Props {
  /** Sessions to open with (e.g. from a "Compare" button); default: the active person's two latest. */
  initialIds?: ComparePair;
  /** The active person, whose two latest sessions are compared by default (else the settings' person). */
  personId?: number | null;
  onBack?: () => void;
}

/** Two sessions side by side, played in step from a foot contact, with their knee cycles and numbers. */
export function CompareScreen({ initialIds, personId, onBack }: Props) {
  const choices = useSessionChoices();
  const [pair, setPair] = useState<Partial<ComparePair> | null>(initialIds ?? null);

  useEffect(() => {
    if (pair === null && choices.groups) setPair(defaultPair(choices.groups, personId ?? choices.activePersonId) ?? {});
  }, [pair, choices, personId]);

  const total = choices.groups?.reduce((n, g) => n + g.sessions.length, 0) ?? 0;
  const note = initialIds?.note && pair?.a === initialIds.a && pair.b === initialIds.b ? initialIds.note : null;
  return (
    <section className="compare-screen" aria-labelledby="compare-title" data-testid="compare-screen">
      <div className="replay-header">
        {onBack && (
          <button type="button" className="link back" onClick={onBack}>
            ← Back
          </button>
        )}
        <h1 id="compare-title">Compare two sessions</h1>
      </div>
      {choices.error && (
        <p className="notice error" role="alert">
          Could not list the sessions: {choices.error}
        </p>
      )}
      {choices.groups && (
        <div className="compare-pickers">
          <SessionPicker
            lane="A"
            groups={choices.groups}
            value={pair?.a ?? null}
            onChange={(a) => setPair((p) => ({ ...p, a }))}
          />
          <SessionPicker
            lane="B"
            groups={choices.groups}
            value={pair?.b ?? null}
            onChange={(b) => setPair((p) => ({ ...p, b }))}
          />
        </div>
      )}
      {note && (
        <p className="notice info" role="status" data-testid="compare-pick-note">
          {note}
        </p>
      )}
      {choices.groups && total < 2 && <p className="muted">Record or import at least two sessions to compare them.</p>}
      {pair?.a != null && pair.b != null && <LoadedPair key={`${pair.a}-${pair.b}`} a={pair.a} b={pair.b} />}
    </section>
  );
}

function LoadedPair({ a, b }: ComparePair) {
  const A = useReplaySession(a);
  const B = useReplaySession(b);
  const error = A.error ?? B.error;
  if (error)
    return (
      <p className="notice error" role="alert">
        {error}
      </p>
    );
  if (!A.session || !A.result || !A.replay || !B.session || !B.result || !B.replay) {
    return (
      <p className="muted" role="status">
        Loading the sessions…
      </p>
    );
  }
  return <CompareView a={A} b={B} />;
}
