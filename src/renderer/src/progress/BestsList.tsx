import type { Variant } from '../../../shared/api';
import type { PersonalBest, ProgressMetric } from '../../../shared/progress/types';
import { formatMetric, METRIC_INFO, type KneePastToeUnit } from './chart-data';
import { VARIANT_LABELS } from './variants';
import { useUnitSystem } from '../units/use-unit-system';

/** Bests of the unit not shown on the charts (cm or degrees) are left out, as on the charts. */
function shown(best: PersonalBest, unit: KneePastToeUnit): boolean {
  if (best.metric.startsWith('peakKneePastToeCm')) return unit === 'cm';
  if (best.metric.startsWith('peakKneePastToeDeg')) return unit === 'deg';
  return true;
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * Personal bests: one row per number, one column per variant (a sled walk has its own best), each
 * with its value and the day it was reached. `of`: whose walks (e.g. "backward walks").
 */
export function BestsList({ bests, unit, of }: { bests: PersonalBest[]; unit: KneePastToeUnit; of?: string }) {
  const system = useUnitSystem();
  const rows = bests.filter((b) => shown(b, unit));
  if (rows.length === 0) return null;
  const variants = [...new Set(rows.map((b) => b.variant))];
  const metrics = [...new Set(rows.map((b) => b.metric))];
  const bestOf = (metric: ProgressMetric, variant: Variant) =>
    rows.find((b) => b.metric === metric && b.variant === variant);
  const several = variants.length > 1;
  return (
    <table className="figures-table bests-table" data-testid="progress-bests" data-count={rows.length}>
      <caption>
        <span className="best-star" aria-hidden="true">
          ★
        </span>{' '}
        Personal bests{of ? `, ${of}` : ''}
        {several ? ', per variant' : ''}
      </caption>
      {several && (
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Number</span>
            </th>
            {variants.map((v) => (
              <th key={v} scope="col">
                {VARIANT_LABELS[v]}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {metrics.map((metric) => (
          <tr key={metric}>
            <th scope="row">{METRIC_INFO[metric].label}</th>
            {variants.map((variant) => {
              const b = bestOf(metric, variant);
              if (!b) return <td key={variant}>—</td>;
              const value = (
                <span data-testid="best-value" data-metric={metric} data-variant={variant} data-value={b.value}>
                  {formatMetric(metric, b.value, system)}
                </span>
              );
              return several ? (
                <td key={variant}>
                  {value} <span className="muted best-day">{day(b.startedAt)}</span>
                </td>
              ) : (
                [
                  <td key="value">{value}</td>,
                  <td key="day" className="muted">
                    {day(b.startedAt)}
                  </td>,
                ]
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
