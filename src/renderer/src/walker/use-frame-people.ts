/** Everyone in one frame of a session's video (sessions.people), read again when the frame changes. */
import { useEffect, useState } from 'react';
import type { ApiResponses } from '../../../shared/api';
import { api } from '../api';

export type FramePeople = ApiResponses['sessions.people'];

export function useFramePeople(
  sessionId: number,
  timeMs: number,
): { found: FramePeople | null; loading: boolean; error: string | null } {
  const [state, setState] = useState<{ found: FramePeople | null; loading: boolean; error: string | null }>({
    found: null,
    loading: true,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    // Stepping through frames quickly asks only for the frame it stops on.
    const timer = setTimeout(() => {
      api['sessions.people']({ id: sessionId, t: timeMs })
        .then((found) => {
          if (!cancelled) setState({ found, loading: false, error: null });
        })
        .catch((e: unknown) => {
          if (!cancelled) setState({ found: null, loading: false, error: e instanceof Error ? e.message : String(e) });
        });
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [sessionId, timeMs]);
  return state;
}
