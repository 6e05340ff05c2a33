import type { GaitAnalysis } from '../../../shared/gait/types';

/**
 * The stored analysis of a session, when it has the shape the gait module writes. Sessions saved by
 * an older version, or cut off before analysis, have none.
 */
export function readAnalysis(value: unknown): GaitAnalysis | null {
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Partial<GaitAnalysis>;
  const ok = typeof a.direction === 'string' && typeof a.steps === 'object' && a.steps !== null
    && typeof a.knee === 'object' && typeof a.knee_past_toe === 'object' && typeof a.symmetry === 'object'
    && typeof a.balance === 'object' && typeof a.quality === 'object';
  return ok ? (a as GaitAnalysis) : null;
}
