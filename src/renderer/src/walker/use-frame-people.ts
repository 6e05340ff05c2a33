/** Everyone in one frame of a session's video (sessions.people), read again when the frame changes. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ApiResponses } from '../../../shared/api';
import { framePeopleQuery } from '../data/queries';

export type FramePeople = ApiResponses['sessions.people'];

/** Stepping through frames quickly asks only for the frame it stops on. */
const SETTLE_MS = 200;

export function useFramePeople(
  sessionId: number,
  timeMs: number,
): { found: FramePeople | null; loading: boolean; error: string | null } {
  const [settled, setSettled] = useState(timeMs);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(timeMs), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [timeMs]);
  // the previous frame's people stay shown while the next frame's are found
  const read = useQuery({ ...framePeopleQuery(sessionId, settled), placeholderData: keepPreviousData });
  return {
    found: read.isError ? null : (read.data ?? null),
    loading: settled !== timeMs || read.isFetching,
    error: read.error?.message ?? null,
  };
}
