import type { ProgressReport } from '../../../shared/progress/types';
import { useUnitSystem } from '../units/use-unit-system';
import { VARIANT_LABELS } from './variants';

/**
 * The plain-language trend sentences, as the progress module words them. They compare walks of one
 * variant; with every variant shown, which one is said first.
 */
export function TrendList({ report }: { report: Pick<ProgressReport, 'trend' | 'trendVariant' | 'variant'> }) {
  const system = useUnitSystem();
  const { trend, trendVariant } = report;
  if (trend.length === 0) {
    return (
      <p className="muted" data-testid="progress-trend-none">
        Not enough sessions over time yet to tell a trend.
      </p>
    );
  }
  return (
    <>
      {report.variant === null && trendVariant && (
        <p className="muted" data-testid="progress-trend-variant" data-variant={trendVariant}>
          {VARIANT_LABELS[trendVariant]} walks, the kind of the latest one:
        </p>
      )}
      <ul className="trend-list" data-testid="progress-trend">
        {trend.map((t) => (
          <li key={t.metric} data-metric={t.metric} className={t.change === 0 ? 'flat' : undefined}>
            {system === 'imperial' ? t.textImperial : t.text}
          </li>
        ))}
      </ul>
    </>
  );
}
