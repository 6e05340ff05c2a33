import { useEffect, useMemo, useState } from 'react';
import type { Person, SessionSummary } from '../../../shared/api';
import { analyzeSessionDetailed, type GaitAnalysis, type PoseFrame, type SessionSeries } from '../../../shared/gait';
import { api } from '../api';
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

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Loads a session, its person and its keypoints, and derives what the report shows. */
export function useSessionReport(sessionId: number): { data: SessionReportData | null; error: string | null } {
  const [loaded, setLoaded] = useState<{ session: SessionSummary; person: Person | null; frames: PoseFrame[] } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([api['sessions.get']({ id: sessionId }), api['people.list']({})])
      .then(async ([session, people]) => {
        if (!session) {
          if (!cancelled) setError(`Session ${sessionId} no longer exists.`);
          return;
        }
        const frames = await api['sessions.frames']({ id: sessionId });
        if (!cancelled) setLoaded({ session, person: people.find((p) => p.id === session.personId) ?? null, frames });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(`Could not load the session: ${message(e)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [sessionId]);

  const data = useMemo((): SessionReportData | null => {
    if (!loaded) return null;
    const { session, person, frames } = loaded;
    const input = { fps: framesFps(frames.map((f) => f.t)), width: session.width, height: session.height, frames };
    const detailed = analyzeSessionDetailed(input, { heightCm: session.heightCm }); // the height it was filmed at
    return { session, person, analysis: readAnalysis(session.analysis) ?? detailed.analysis, series: detailed.series };
  }, [loaded]);

  return { data, error };
}
