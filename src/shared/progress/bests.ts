/** Personal bests: per metric, the session with the best value (the first to reach it on a tie). */
import { bestScore, metricValue, PROGRESS_METRICS } from './metrics';
import type { PersonalBest, ProgressPoint } from './types';

/** Points oldest first; one best per metric that has a definition of "best" and at least one value. */
export function personalBests(points: readonly ProgressPoint[]): PersonalBest[] {
  const bests: PersonalBest[] = [];
  for (const metric of PROGRESS_METRICS) {
    let best: PersonalBest | null = null;
    let bestRank = -Infinity;
    for (const p of points) {
      const value = metricValue(p, metric);
      if (value == null) continue;
      const rank = bestScore(metric, value);
      if (rank == null) break; // no best for this metric
      if (rank > bestRank) {
        bestRank = rank;
        best = { metric, sessionId: p.sessionId, startedAt: p.startedAt, value };
      }
    }
    if (best) bests.push(best);
  }
  return bests;
}
