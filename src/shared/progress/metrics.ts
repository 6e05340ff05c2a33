/** What each followed number is: how to read it from a point, which way is better, how to say it. */
import type { Side } from '../gait/types';
import type { ProgressMetric, ProgressPoint } from './types';

export const PROGRESS_METRICS: readonly ProgressMetric[] = [
  'peakKneePastToeCmLeft',
  'peakKneePastToeCmRight',
  'peakKneePastToeDegLeft',
  'peakKneePastToeDegRight',
  'kneeRomDegLeft',
  'kneeRomDegRight',
  'cadenceSpm',
  'stepTimeSiPct',
  'balanceScore',
];

/** Where each metric is in a session's stored metrics. */
const READ: Record<ProgressMetric, (m: ProgressPoint['metrics']) => number | null> = {
  peakKneePastToeCmLeft: (m) => m.peakKneePastToeCm.left,
  peakKneePastToeCmRight: (m) => m.peakKneePastToeCm.right,
  peakKneePastToeDegLeft: (m) => m.peakKneePastToeDeg.left,
  peakKneePastToeDegRight: (m) => m.peakKneePastToeDeg.right,
  kneeRomDegLeft: (m) => m.kneeRomDeg.left,
  kneeRomDegRight: (m) => m.kneeRomDeg.right,
  cadenceSpm: (m) => m.cadenceSpm,
  stepTimeSiPct: (m) => m.stepTimeSiPct,
  balanceScore: (m) => m.balanceScore,
};

export function metricValue(point: ProgressPoint, metric: ProgressMetric): number | null {
  return READ[metric](point.metrics);
}

/** The leg a per-leg metric is about, null for whole-body ones. */
export function metricSide(metric: ProgressMetric): Side | null {
  return metric.endsWith('Left') ? 'left' : metric.endsWith('Right') ? 'right' : null;
}

/**
 * How a session's value ranks for personal bests: larger is better for knee-past-toe (the aim of the
 * exercise), knee range and balance; the step-time SI closest to 0. Cadence has none (null): neither
 * faster nor slower steps are better in backward walking (a loaded sled or a hill slows them on purpose).
 */
export function bestScore(metric: ProgressMetric, value: number): number | null {
  if (metric === 'cadenceSpm') return null;
  if (metric === 'stepTimeSiPct') return -Math.abs(value);
  return value;
}
