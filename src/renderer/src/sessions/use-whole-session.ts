import { useCallback, useEffect, useState } from 'react';
import type { SessionSummary } from '../../../shared/api';
import { api } from '../api';

export interface WholeSession {
  /** null while loading, and when it could not be loaded (see error) or is gone. */
  session: SessionSummary | null;
  error: string | null;
  /** The session no longer exists (deleted for good, e.g. from another window). */
  gone: boolean;
  retry: () => void;
  /** The session as saved (sessions.update answers it whole). */
  replace: (saved: SessionSummary) => void;
}

/** A session with its analyses (sessions.get): the list's items carry none. */
export function useWholeSession(id: number): WholeSession {
  const [state, setState] = useState<{
    id: number;
    session: SessionSummary | null;
    error: string | null;
    gone: boolean;
  }>({ id, session: null, error: null, gone: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState({ id, session: null, error: null, gone: false });
    api['sessions.get']({ id })
      .then((session) => {
        if (!cancelled) setState({ id, session, error: null, gone: session === null });
      })
      .catch((e: unknown) => {
        if (!cancelled)
          setState({
            id,
            session: null,
            error: `Could not load the session: ${e instanceof Error ? e.message : String(e)}`,
            gone: false,
          });
      });
    return () => {
      cancelled = true;
    };
  }, [id, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback(
    (saved: SessionSummary) => setState({ id: saved.id, session: saved, error: null, gone: false }),
    [],
  );
  // Another session's state never shows, even for the moment before this one's arrives.
  const current = state.id === id ? state : { session: null, error: null, gone: false };
  return { session: current.session, error: current.error, gone: current.gone, retry, replace };
}
