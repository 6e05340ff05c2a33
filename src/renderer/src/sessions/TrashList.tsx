import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { SessionListItem } from '../../../shared/api';
import { api } from '../api';
import { Notice } from '../app/Notice';
import { ColumnHeads } from '../app/ColumnHeads';
import { sessionName } from './details-form';
import { formatDate, formatDuration } from './format';
import { daysLeftText, TRASH_DAYS, trashDaysLeft } from './trash';
import { messageOf } from '../api/errors';

interface Props {
  sessions: SessionListItem[];
  /** A session was restored or deleted for good: the lists must be read again. */
  onChanged: (message: string) => void;
}

/** Undo of "moved to the trash": restores that session, then says so (or why it could not). */
export function UndoTrash({ id, onDone }: { id: number; onDone: (message: string) => void }) {
  const restore = useMutation({
    mutationFn: () => api['sessions.restore']({ id }),
    onSuccess: (restored) => onDone(`${sessionName(restored, formatDate)} restored.`),
    onError: (e) => onDone(`Could not restore it: ${messageOf(e)}`),
  });
  return (
    <button type="button" data-testid="sessions-undo" disabled={restore.isPending} onClick={() => restore.mutate()}>
      Undo
    </button>
  );
}

/** Deleted sessions of this person, with the days left before they go for good. */
export function TrashList({ sessions, onChanged }: Props) {
  if (sessions.length === 0) return <p className="muted">The trash is empty.</p>;
  return (
    <>
      <p className="muted">
        Deleted sessions stay here {TRASH_DAYS} days, then they and their videos are deleted for good.
      </p>
      <table className="data-table sessions-table">
        <ColumnHeads heads={['Session', 'Duration', 'Deleted', 'Left', { label: 'Actions', hidden: true }]} />
        <tbody>
          {sessions.map((s) => (
            <TrashRow key={s.id} session={s} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function TrashRow({ session, onChanged }: { session: SessionListItem; onChanged: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = sessionName(session, formatDate);
  const act = (work: Promise<unknown>, done: string): void => {
    setError(null);
    work.then(() => onChanged(done)).catch((e: unknown) => setError(messageOf(e)));
  };
  const deletedAt = session.deletedAt ?? new Date().toISOString();
  return (
    <tr data-testid="trash-row" data-session-id={session.id}>
      <td>{name}</td>
      <td>{formatDuration(session.durationMs)}</td>
      <td>{formatDate(deletedAt)}</td>
      <td data-testid="trash-days-left">{daysLeftText(trashDaysLeft(deletedAt))}</td>
      <td className="row-actions">
        {confirming ? (
          <>
            <span>Delete for good, with its video?</span>
            <button
              type="button"
              className="danger"
              data-testid="purge-confirm"
              onClick={() => act(api['sessions.purge']({ id: session.id }), `${name} deleted for good.`)}
            >
              Delete forever
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              data-testid="restore-session"
              onClick={() => act(api['sessions.restore']({ id: session.id }), `${name} restored.`)}
            >
              Restore
            </button>
            <button type="button" data-testid="purge-session" onClick={() => setConfirming(true)}>
              Delete forever…
            </button>
          </>
        )}
        {error && <Notice kind="error">{error}</Notice>}
      </td>
    </tr>
  );
}
