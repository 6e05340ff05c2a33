/**
 * Knee flexion over one normalised gait cycle (0–100 %, contact to the same foot's next contact),
 * the mean ± SD of a session's cycles of one leg, from the gait module's cycles (shared/gait/cycle).
 */
import type { Side } from '../../../shared/gait';
import { gaitCycles, meanCycle, type MeanCycle } from '../../../shared/gait/cycle';
import type { ReplayAnalysis } from '../replay/replay-analysis';

/** The leg's mean knee-flexion cycle, or null when the session has no whole cycle of it. */
export function kneeCycle(replay: Pick<ReplayAnalysis, 'series' | 'analysis'>, side: Side): MeanCycle | null {
  const { series, analysis } = replay;
  if (!series) return null;
  const cycles = gaitCycles(analysis.events, side);
  const mean = meanCycle(Array.from(series.t), Array.from(series.knee[side]), cycles);
  return mean.cycles > 0 ? mean : null;
}

/** uPlot's columns for the cycle chart: %, then per session its mean, mean − SD and mean + SD. */
export type CycleColumns = [number[], ...Array<Array<number | null>>];

export function cycleColumns(cycles: readonly (MeanCycle | null)[], samples = 101): CycleColumns {
  const pct = Array.from({ length: samples }, (_, i) => (100 * i) / (samples - 1));
  const columns: CycleColumns = [pct];
  for (const c of cycles) {
    const mean = c?.mean ?? new Array<null>(samples).fill(null);
    const band = (sign: 1 | -1) => mean.map((m, i) => (m == null || c?.sd[i] == null ? null : m + sign * c.sd[i]));
    columns.push(mean, band(-1), band(1));
  }
  return columns;
}
