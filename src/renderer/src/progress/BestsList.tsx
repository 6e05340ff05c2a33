import type { PersonalBest } from '../../../shared/progress/types';
import { formatMetric, METRIC_INFO, type KneePastToeUnit } from './chart-data';
import { VARIANT_LABELS } from './variants';

/** Bests of the unit not shown on the charts (cm or degrees) are left out, as on the charts. */
function shown(best: PersonalBest, unit: KneePastToeUnit): boolean {
  if (best.metric.startsWith('peakKneePastToeCm')) return unit === 'cm';
  if (best.metric.startsWith('peakKneePastToeDeg')) return unit === 'deg';
  return true;
}

/**
 * Personal bests: which number, its value and the day it was reached; one per variant (a sled walk
 * has its own), the variant named when there are several. `of`: whose walks (e.g. "backward walks").
 */
export function BestsList({ bests, unit, of }: { bests: PersonalBest[]; unit: KneePastToeUnit; of?: string }) {
  const rows = bests.filter((b) => shown(b, unit));
  if (rows.length === 0) return null;
  const variants = new Set(rows.map((b) => b.variant));
  return (
    <table className="bests-table" data-testid="progress-bests" data-count={rows.length}>
      <caption>
        <span className="best-star" aria-hidden="true">
          ★
        </span>{' '}
        Personal bests{of ? `, ${of}` : ''}
        {variants.size > 1 ? ', per variant' : ''}
      </caption>
      <tbody>
        {rows.map((b) => (
          <tr key={`${b.metric} ${b.variant}`}>
            <th scope="row">
              {METRIC_INFO[b.metric].label}
              {variants.size > 1 && <span className="muted"> · {VARIANT_LABELS[b.variant].toLowerCase()}</span>}
            </th>
            <td data-testid="best-value" data-metric={b.metric} data-variant={b.variant} data-value={b.value}>
              {formatMetric(b.metric, b.value)}
            </td>
            <td className="muted">{new Date(b.startedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
