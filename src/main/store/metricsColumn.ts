/**
 * The `metrics` column: a session's progress numbers (src/shared/progress), worked out when its
 * analysis is saved, when it moves to another person or their height changes, so progress never
 * parses the big analysis JSON.
 */
import type { GaitAnalysis } from '../../shared/gait/types';
import { sessionMetrics, type SessionMetrics } from '../../shared/progress';

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * JSON text for the column; null for a session without an analysis (not on the progress charts).
 * `heightCm`: the person's height now. `analysedHeightCm`: the height the analysis's own cm were
 * computed with (sessions.analysis_height_cm). An analysis in cm is scaled to the height now (cm
 * are shank lengths × 0.246 × height, GAIT.md), and without a height now it has no cm at all:
 * a person's chart never mixes heights or units.
 */
export function metricsJson(analysis: unknown, heightCm: number | null, analysedHeightCm: number | null): string | null {
  if (analysis === null || typeof analysis !== 'object') return null;
  const gait = analysis as GaitAnalysis;
  const metrics = sessionMetrics(gait, heightCm);
  if (gait.knee_past_toe?.unit === 'cm') {
    const scale = heightCm !== null && analysedHeightCm !== null && analysedHeightCm > 0 ? heightCm / analysedHeightCm : null;
    const rescale = (cm: number | null): number | null => (cm === null || scale === null ? null : round1(cm * scale));
    metrics.peakKneePastToeCm = { left: rescale(metrics.peakKneePastToeCm.left), right: rescale(metrics.peakKneePastToeCm.right) };
  }
  return JSON.stringify(metrics);
}

/** Same, from the stored analysis text. */
export function metricsFromStored(analysisText: string | null, heightCm: number | null, analysedHeightCm: number | null): string | null {
  return analysisText === null ? null : metricsJson(JSON.parse(analysisText), heightCm, analysedHeightCm);
}

export function parseMetrics(text: string): SessionMetrics {
  return JSON.parse(text) as SessionMetrics;
}
