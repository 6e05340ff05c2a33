import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ModelName, Person, SessionResult, SessionSummary } from '../../../shared/api';
import { sessionReanalysed } from '../data/changes';
import { framesQuery, peopleQuery, sessionQuery } from '../data/queries';
import { buildReplayAnalysis, type ReplayAnalysis } from './replay-analysis';
import { messageOf } from '../api/errors';

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
  /** No session has this id (any more). */
  notFound: boolean;
  error: string | null;
  selectModel: (model: ModelName) => void;
  /** Reads the session again after a re-analysis, then shows `model`'s result. */
  reload: (model: ModelName) => Promise<void>;
}

/**
 * A session (with its own height), its person, and the keypoints of the chosen result. While another
 * result's keypoints load, the current one stays shown, so the screen (and its video) is not rebuilt.
 */
export function useReplaySession(sessionId: number): ReplaySession {
  const client = useQueryClient();
  const sessionRead = useQuery(sessionQuery(sessionId));
  const peopleRead = useQuery(peopleQuery());
  const [asked, setAsked] = useState<ModelName | null>(null);
  const session = sessionRead.data ?? null;
  // the result asked for while the session has it, else its own
  const model = session
    ? asked && session.results.some((r) => r.model === asked)
      ? asked
      : (session.results[0]?.model ?? session.model)
    : null;
  const framesRead = useQuery({
    ...framesQuery(sessionId, model),
    enabled: model !== null,
    placeholderData: keepPreviousData,
  });
  const frames = framesRead.data?.id === sessionId ? framesRead.data : null;

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

  const reload = useCallback(
    async (m: ModelName) => {
      await sessionReanalysed(client, sessionId);
      setAsked(m);
    },
    [client, sessionId],
  );

  const readError = sessionRead.error
    ? `Could not load the session: ${sessionRead.error.message}`
    : framesRead.error
      ? `Could not load the keypoints: ${framesRead.error.message}`
      : null;
  return {
    session,
    person: (session && peopleRead.data?.find((p) => p.id === session.personId)) ?? null,
    result,
    model,
    heightCm,
    replay: built.replay,
    notFound: sessionRead.data === null,
    error: readError ?? built.error,
    selectModel: setAsked,
    reload,
  };
}

const message = (e: unknown) => messageOf(e);
