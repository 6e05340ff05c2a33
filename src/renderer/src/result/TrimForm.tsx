/**
 * Trim from the result card: the part of the take to keep (start and end, s of the take) is kept
 * for its analysis (sessions.trim), which main works out again; the keypoints outside are kept too,
 * so "Keep all" undoes it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { trimSpanSchema, type SessionSummary, type TrimSpan } from '../../../shared/api';
import { api } from '../api';
import { sessionSaved } from '../data/changes';

const seconds = (text: string): number => Number(text.trim().replace(',', '.'));

export function TrimForm({ session, onDone }: { session: SessionSummary; onDone: () => void }) {
  const id = useId();
  const client = useQueryClient();
  const [start, setStart] = useState(() => String(session.trim?.startS ?? 0));
  const [end, setEnd] = useState(() => String(session.trim?.endS ?? Math.ceil(session.durationMs / 100) / 10));
  const [invalid, setInvalid] = useState<string | null>(null);
  const trim = useMutation({
    mutationFn: (span: TrimSpan | null) => api['sessions.trim']({ id: session.id, span }),
    onSuccess: async (saved) => {
      await sessionSaved(client, saved);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = trimSpanSchema.safeParse({ startS: seconds(start), endS: seconds(end) });
    setInvalid(parsed.success ? null : 'Give the start and the end in seconds, the end after the start.');
    if (parsed.success) trim.mutate(parsed.data);
  };
  return (
    <form className="trim-form" data-testid="trim-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-start`}>Keep from (s)</label>
      <input id={`${id}-start`} inputMode="decimal" value={start} onChange={(e) => setStart(e.target.value)} />
      <label htmlFor={`${id}-end`}>to (s)</label>
      <input id={`${id}-end`} inputMode="decimal" value={end} onChange={(e) => setEnd(e.target.value)} />
      <button type="submit" className="primary" disabled={trim.isPending}>
        Keep this part and analyse again
      </button>
      {session.trim && (
        <button type="button" onClick={() => trim.mutate(null)} disabled={trim.isPending}>
          Keep all
        </button>
      )}
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      {(invalid ?? trim.error) && (
        <p className="field-error" role="alert">
          {invalid ?? trim.error?.message}
        </p>
      )}
    </form>
  );
}
