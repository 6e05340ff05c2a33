/** The replay's readout of the frame on screen: each knee's flexion and knee past toes, this frame. */
import type { FrameMetrics, Side } from '../../../shared/gait';
import { formatKneePastToe, type KneePastToeUnit } from '../../../shared/display/knee-past-toe';
import type { UnitSystem } from '../../../shared/display/units';

export interface LegReadout {
  /** Knee flexion, ° (+ flexion, − hyperextension), null where the leg is not measured. */
  flexion: number | null;
  flexionText: string;
  /** Knee past toes in `unit` (+ = knee beyond the toes), null where not measured. */
  kneePastToe: number | null;
  kneePastToeText: string;
}

/**
 * The frame's per-leg values as the overlay computed them (computeFrameMetrics). Knee past toes
 * in the session's unit: cm (inches in imperial) when the session's values are in cm and this
 * frame's are too, else °.
 */
export function frameReadout(
  metrics: Pick<FrameMetrics, 'left' | 'right' | 'unit'> | null,
  unit: KneePastToeUnit,
  system: UnitSystem = 'metric',
): Record<Side, LegReadout> & { unit: KneePastToeUnit } {
  const shown: KneePastToeUnit = unit === 'cm' && (metrics === null || metrics.unit === 'cm') ? 'cm' : 'deg';
  const leg = (side: Side): LegReadout => {
    const m = metrics?.[side];
    const flexion = m?.kneeFlexionDeg.value ?? null;
    const kneePastToe = (shown === 'cm' ? m?.kneePastToeDist.value : m?.kneePastToeDeg.value) ?? null;
    return {
      flexion,
      flexionText: formatKneePastToe(flexion, 'deg'),
      kneePastToe,
      kneePastToeText: formatKneePastToe(kneePastToe, shown, system),
    };
  };
  return { left: leg('left'), right: leg('right'), unit: shown };
}
