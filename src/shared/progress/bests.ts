/**
 * Personal bests: per metric and per variant, the session with the best value (the first to reach
 * it on a tie). A sled walk's best is not a flat walk's to beat: the variants load the legs differently.
 */
import { bestScore, metricValue, PROGRESS_METRICS } from './metrics';
import type { PersonalBest, ProgressPoint } from './types';

/**
 * Points oldest first (of one direction: see ./direction); per metric that has a definition of
 * "best", one best for each variant with a value, variants in the order of their first session.
 */
export function personalBests(points: readonly ProgressPoint[]): PersonalBest[] {
  const variants = [...new Set(points.map((p) => p.variant))];
  const bests: PersonalBest[] = [];
  for (const metric of PROGRESS_METRICS) {
    for (const variant of variants) {
      let best: PersonalBest | null = null;
      let bestRank = -Infinity;
      for (const p of points) {
        if (p.variant !== variant) continue;
        const value = metricValue(p, metric);
        if (value == null) continue;
        const rank = bestScore(metric, value);
        if (rank == null) break; // no best for this metric
        if (rank > bestRank) {
          bestRank = rank;
          best = { metric, variant, sessionId: p.sessionId, startedAt: p.startedAt, value };
        }
      }
      if (best) bests.push(best);
    }
  }
  return bests;
}
