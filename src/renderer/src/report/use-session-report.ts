import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Person, SessionSummary } from '../../../shared/api';
import { analyzeSessionDetailed, type GaitAnalysis, type SessionSeries } from '../../../shared/gait';
import { framesQuery, peopleQuery, sessionQuery } from '../data/queries';
import { readAnalysis } from '../sessions/read-analysis';
import { framesFps } from './session-report-data';

export interface SessionReportData {
  session: SessionSummary;
  person: Person | null;
  /** The session's stored analysis (recomputed from its keypoints only when it has none). */
  analysis: GaitAnalysis;
  /** Per-frame series for the knee chart; null with too few confident keypoints. */
  series: SessionSeries | null;
}

/** A session, its person and its keypoints, and what the report derives from them. */
export function useSessionReport(sessionId: number): { data: SessionReportData | null; error: string | null } {
  const session = useQuery(sessionQuery(sessionId));
  const people = useQuery(peopleQuery());
  const frames = useQuery({ ...framesQuery(sessionId, null), enabled: !!session.data });

  const data = useMemo((): SessionReportData | null => {
    if (!session.data || !people.data || !frames.data) return null;
    const s = session.data;
    const input = {
      fps: framesFps(frames.data.frames.map((f) => f.t)),
      width: s.width,
      height: s.height,
      frames: frames.data.frames,
    };
    const detailed = analyzeSessionDetailed(input, { heightCm: s.heightCm }); // the height it was filmed at
    return {
      session: s,
      person: people.data.find((p) => p.id === s.personId) ?? null,
      analysis: readAnalysis(s.analysis) ?? detailed.analysis,
      series: detailed.series,
    };
  }, [session.data, people.data, frames.data]);

  const failed = session.error ?? people.error ?? frames.error;
  const error =
    session.data === null
      ? `Session ${sessionId} no longer exists.`
      : failed
        ? `Could not load the session: ${failed.message}`
        : null;
  return { data, error };
}
