/**
 * The `metrics` column: a session's progress numbers (src/shared/progress), worked out when its
 * analysis is saved or its person's height changes, so progress never parses the big analysis JSON.
 */
import type { GaitAnalysis } from '../../shared/gait/types';
import { sessionMetrics, type SessionMetrics } from '../../shared/progress';

/** JSON text for the column; null for a session without an analysis (not on the progress charts). */
export function metricsJson(analysis: unknown, heightCm: number | null): string | null {
  if (analysis === null || typeof analysis !== 'object') return null;
  return JSON.stringify(sessionMetrics(analysis as GaitAnalysis, heightCm));
}

/** Same, from the stored analysis text. */
export function metricsFromStored(analysisText: string | null, heightCm: number | null): string | null {
  return analysisText === null ? null : metricsJson(JSON.parse(analysisText), heightCm);
}

export function parseMetrics(text: string): SessionMetrics {
  return JSON.parse(text) as SessionMetrics;
}
