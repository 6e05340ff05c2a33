import type { FrameMetrics } from '../../../shared/gait';
import { KNEE_PAST_TOE_LABELS, type KneePastToeUnit } from '../../../shared/display/knee-past-toe';
import { KneeTable } from '../app/KneeTable';
import { useUnitSystem } from '../units/use-unit-system';
import { frameReadout } from './frame-readout';

/** Live numbers of the frame on screen, per leg: knee flexion and knee past toes ("this frame"). */
export function FrameReadout({ metrics, unit }: { metrics: FrameMetrics | null; unit: KneePastToeUnit }) {
  const r = frameReadout(metrics, unit, useUnitSystem());
  return (
    <section
      className="frame-readout card"
      aria-label={`Knee flexion and ${KNEE_PAST_TOE_LABELS.frame.toLowerCase()}`}
      data-testid="frame-readout"
    >
      <KneeTable
        corner={
          <th scope="col" className="frame-readout-title">
            This frame
          </th>
        }
      >
        <tr>
          <th scope="row" title="0° = straight leg; + = bent (flexion), − = bent backward (hyperextension, up to 15°)">
            Knee flexion
          </th>
          <td data-testid="frame-flexion-left" data-value={r.left.flexion ?? ''}>
            {r.left.flexionText}
          </td>
          <td data-testid="frame-flexion-right" data-value={r.right.flexion ?? ''}>
            {r.right.flexionText}
          </td>
        </tr>
        <tr>
          <th scope="row" title="+ = the knee is beyond the toes, − = behind them">
            {KNEE_PAST_TOE_LABELS.frame}
          </th>
          <td data-testid="frame-kpt-left" data-value={r.left.kneePastToe ?? ''} data-unit={r.unit}>
            {r.left.kneePastToeText}
          </td>
          <td data-testid="frame-kpt-right" data-value={r.right.kneePastToe ?? ''} data-unit={r.unit}>
            {r.right.kneePastToeText}
          </td>
        </tr>
      </KneeTable>
    </section>
  );
}
