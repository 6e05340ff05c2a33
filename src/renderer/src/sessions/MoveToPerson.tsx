import { useState } from 'react';
import type { Person, SessionSummary } from '../../../shared/api';
import { api } from '../api';
import { Notice } from '../app/Notice';
import { messageOf } from '../api/errors';

/** Gives a session to someone else (recorded for the wrong person). */
export function MoveToPerson({
  session,
  people,
  onMoved,
}: {
  session: SessionSummary;
  people: Person[];
  onMoved: (moved: SessionSummary) => void;
}) {
  const others = people.filter((p) => p.id !== session.personId);
  const [target, setTarget] = useState<number | null>(others[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  if (others.length === 0) return <p className="hint">Add another person to move sessions between people.</p>;
  const chosen = others.find((p) => p.id === target) ?? others[0];
  return (
    <div className="button-row">
      <label htmlFor="move-to">Move to</label>
      <select id="move-to" data-testid="move-to" value={chosen.id} onChange={(e) => setTarget(Number(e.target.value))}>
        {others.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="move-button"
        onClick={() => {
          setError(null);
          api['sessions.update']({ id: session.id, personId: chosen.id })
            .then(onMoved)
            .catch((e: unknown) => setError(messageOf(e)));
        }}
      >
        Move to {chosen.name}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
