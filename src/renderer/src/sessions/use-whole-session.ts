import { useCallback, useEffect, useState } from 'react';
import type { SessionSummary } from '../../../shared/api';
import { api } from '../api';

export interface WholeSession {
  /** null while loading, and when it could not be loaded (see error). */
  session: SessionSummary | null;
  error: string | null;
  retry: () => void;
  /** The session as saved (sessions.update answers it whole). */
  replace: (saved: SessionSummary) => void;
}

/** A session with its analyses (sessions.get): the list's items carry none. */
export function useWholeSession(id: number): WholeSession {
  const [state, setState] = useState<{ id: number; session: SessionSummary | null; error: string | null }>({ id, session: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState({ id, session: null, error: null });
    api['sessions.get']({ id })
      .then((session) => {
        if (cancelled) return;
        setState(session
          ? { id, session, error: null }
          : { id, session: null, error: 'This session no longer exists (it may have been deleted for good). Go back to the list.' });
      })
      .catch((e: unknown) => {
        if (!cancelled) setState({ id, session: null, error: `Could not load the session: ${e instanceof Error ? e.message : String(e)}` });
      });
    return () => {
      cancelled = true;
    };
  }, [id, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((saved: SessionSummary) => setState({ id: saved.id, session: saved, error: null }), []);
  // Another session's state never shows, even for the moment before this one's arrives.
  const current = state.id === id ? state : { session: null, error: null };
  return { session: current.session, error: current.error, retry, replace };
}
