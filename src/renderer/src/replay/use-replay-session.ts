import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ModelName, Person, SessionResult, SessionSummary } from '../../../shared/api';
import type { PoseFrame } from '../../../shared/gait';
import { api } from '../api';
import { buildReplayAnalysis, type ReplayAnalysis } from './replay-analysis';

export interface ReplaySession {
  session: SessionSummary | null;
  /** The person the session belongs to (null while loading, or if they are gone). */
  person: Person | null;
  /** The result shown: the one whose keypoints are loaded (the previous one until a switch has loaded). */
  result: SessionResult | null;
  /** The result asked for (selectModel); differs from `result.model` while its keypoints load. */
  model: ModelName | null;
  heightCm: number | null;
  replay: ReplayAnalysis | null;
  error: string | null;
  selectModel: (model: ModelName) => void;
  /** Reads the session again (after a re-analysis), showing `model`'s result. */
  reload: (model: ModelName) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Loads a session (with its own height), its person, and the keypoints of the chosen result. While another
 * result's keypoints load, the current one stays shown, so the screen (and its video) is not rebuilt.
 */
export function useReplaySession(sessionId: number): ReplaySession {
  const [session, setSession] = useState<SessionSummary | null>(null);
  const [person, setPerson] = useState<Person | null>(null);
  const [model, setModel] = useState<ModelName | null>(null);
  const [frames, setFrames] = useState<{ model: ModelName; frames: PoseFrame[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    Promise.all([api['sessions.get']({ id: sessionId }), api['people.list']({})])
      .then(([s, people]) => {
        if (cancelled) return;
        if (!s) {
          setError(`Session ${sessionId} no longer exists.`);
          return;
        }
        setSession(s);
        setPerson(people.find((p) => p.id === s.personId) ?? null);
        setModel((m) => (m && s.results.some((r) => r.model === m) ? m : (s.results[0]?.model ?? s.model)));
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(`Could not load the session: ${message(e)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [sessionId, version]);

  useEffect(() => {
    if (!session || !model) return;
    let cancelled = false;
    api['sessions.frames']({ id: session.id, model })
      .then((f) => {
        if (!cancelled) setFrames({ model, frames: f });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(`Could not load the keypoints: ${message(e)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [session, model]);

  // The session's height, the one it was filmed at (a child's earlier walks keep theirs).
  const heightCm = session?.heightCm ?? null;
  const result = session?.results.find((r) => r.model === frames?.model) ?? null;
  const built = useMemo(() => {
    if (!result || !frames) return { replay: null, error: null };
    try {
      return { replay: buildReplayAnalysis(frames.frames, result, heightCm), error: null };
    } catch (e) {
      return { replay: null, error: `The keypoints of this session cannot be replayed: ${message(e)}` };
    }
  }, [result, frames, heightCm]);

  const reload = useCallback((m: ModelName) => {
    setModel(m);
    setVersion((v) => v + 1);
  }, []);

  return {
    session,
    person,
    result,
    model,
    heightCm,
    replay: built.replay,
    error: error ?? built.error,
    selectModel: setModel,
    reload,
  };
}
