import type { PersonalBest } from '../../../shared/progress/types';
import { formatMetric, METRIC_INFO, type KneePastToeUnit } from './chart-data';

/** Bests of the unit not shown on the charts (cm or degrees) are left out, as on the charts. */
function shown(best: PersonalBest, unit: KneePastToeUnit): boolean {
  if (best.metric.startsWith('peakKneePastToeCm')) return unit === 'cm';
  if (best.metric.startsWith('peakKneePastToeDeg')) return unit === 'deg';
  return true;
}

/** Personal bests: which number, its value and the day it was reached; `of`: whose walks (e.g. "backward walks"). */
export function BestsList({ bests, unit, of }: { bests: PersonalBest[]; unit: KneePastToeUnit; of?: string }) {
  const rows = bests.filter((b) => shown(b, unit));
  if (rows.length === 0) return null;
  return (
    <table className="bests-table" data-testid="progress-bests" data-count={rows.length}>
      <caption>
        <span className="best-star" aria-hidden="true">
          ★
        </span>{' '}
        Personal bests{of ? `, ${of}` : ''}
      </caption>
      <tbody>
        {rows.map((b) => (
          <tr key={b.metric}>
            <th scope="row">{METRIC_INFO[b.metric].label}</th>
            <td data-testid="best-value" data-metric={b.metric} data-value={b.value}>
              {formatMetric(b.metric, b.value)}
            </td>
            <td className="muted">{new Date(b.startedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
