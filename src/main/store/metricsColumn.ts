/**
 * The `metrics` column: a session's progress numbers (src/shared/progress), worked out when its
 * analysis is saved and whenever its height changes (moved to another person, a height corrected
 * for all their sessions), so progress never parses the big analysis JSON.
 */
import { z } from 'zod';
import { gaitAnalysisSchema } from '../../shared/api';
import { sessionMetrics, type SessionMetrics } from '../../shared/progress';

const bySide = z.object({ left: z.number().nullable(), right: z.number().nullable() });
/** The column's JSON, checked when read (a restored or merged database may hold anything). */
const sessionMetricsSchema = z.object({
  peakKneePastToeCm: bySide,
  peakKneePastToeDeg: bySide,
  kneeRomDeg: bySide,
  cadenceSpm: z.number().nullable(),
  stepTimeSiPct: z.number().nullable(),
  balanceScore: z.number().nullable(),
  backwardS: z.number(),
  steps: z.number().int().nonnegative(),
}) satisfies z.ZodType<SessionMetrics>;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * JSON text for the column; null for a session without an analysis (not on the progress charts).
 * `heightCm`: the session's height (sessions.height_cm). `analysedHeightCm`: the height the
 * analysis's own cm were computed with (sessions.analysis_height_cm). An analysis in cm is scaled
 * to the session's height (cm are shank lengths × 0.246 × height: docs/metrics.md), and without one it has
 * no cm at all: a chart never mixes cm and shank lengths.
 */
export function metricsJson(
  analysis: unknown,
  heightCm: number | null,
  analysedHeightCm: number | null,
): string | null {
  const parsed = gaitAnalysisSchema.safeParse(analysis);
  if (!parsed.success) return null;
  const gait = parsed.data;
  const metrics = sessionMetrics(gait, heightCm);
  if (gait.knee_past_toe?.unit === 'cm') {
    const scale =
      heightCm !== null && analysedHeightCm !== null && analysedHeightCm > 0 ? heightCm / analysedHeightCm : null;
    const rescale = (cm: number | null): number | null => (cm === null || scale === null ? null : round1(cm * scale));
    metrics.peakKneePastToeCm = {
      left: rescale(metrics.peakKneePastToeCm.left),
      right: rescale(metrics.peakKneePastToeCm.right),
    };
  }
  return JSON.stringify(metrics);
}

/** Same, from the stored analysis text. */
export function metricsFromStored(
  analysisText: string | null,
  heightCm: number | null,
  analysedHeightCm: number | null,
): string | null {
  return analysisText === null ? null : metricsJson(JSON.parse(analysisText), heightCm, analysedHeightCm);
}

/** The stored column; null when it is not what metricsJson writes (the session then has no progress numbers). */
export function parseMetrics(text: string): SessionMetrics | null {
  const parsed = sessionMetricsSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}
