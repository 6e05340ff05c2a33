/**
 * The numbers of one session that progress follows, read from its GaitAnalysis (docs/metrics.md,
 * "Progress over time"). Lengths become cm with the person's height; without it they are null, so a
 * chart never mixes cm and shank lengths.
 */
import { SHANK_PER_HEIGHT } from '../gait/constants';
import { round1 } from '../gait/round';
import type { GaitAnalysis, Side } from '../gait/types';
import type { SessionMetrics } from './types';

const finite = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

export function sessionMetrics(analysis: GaitAnalysis, heightCm: number | null): SessionMetrics {
  const kpt = analysis.knee_past_toe;
  const perSide = (f: (side: Side) => number | null): Record<Side, number | null> => ({
    left: f('left'),
    right: f('right'),
  });
  return {
    peakKneePastToeCm: perSide((side) => peakCm(finite(kpt?.peak?.[side]), kpt?.unit, heightCm)),
    peakKneePastToeDeg: perSide((side) => finite(kpt?.peak_angle_deg?.[side])),
    kneeRomDeg: perSide((side) => finite(analysis.knee?.rom_deg?.[side])),
    cadenceSpm: finite(analysis.cadence_spm),
    stepTimeSiPct: finite(analysis.symmetry?.step_time_si_pct),
    balanceScore: finite(analysis.balance?.score),
    backwardS: backwardSeconds(analysis),
    steps: finite(analysis.steps?.count) ?? 0,
  };
}

/** A peak in cm: as analysed when already in cm, converted from shank lengths (0.246 × height) otherwise. */
function peakCm(peak: number | null, unit: string | undefined, heightCm: number | null): number | null {
  if (peak == null) return null;
  if (unit === 'cm') return peak;
  if (unit === 'shank' && heightCm != null && heightCm > 0) return round1(peak * SHANK_PER_HEIGHT * heightCm);
  return null;
}

/** Total length of the analysis's backward direction segments, s. */
function backwardSeconds(analysis: GaitAnalysis): number {
  let total = 0;
  for (const s of analysis.segments ?? []) {
    if (s.direction === 'backward' && s.end_s > s.start_s) total += s.end_s - s.start_s;
  }
  return Math.round(total * 100) / 100;
}
