import type { TrendStatement } from '../../../shared/progress/types';
import { useUnitSystem } from '../units/use-unit-system';

/** The plain-language trend sentences, as the progress module words them. */
export function TrendList({ trend }: { trend: TrendStatement[] }) {
  const system = useUnitSystem();
  if (trend.length === 0) {
    return (
      <p className="muted" data-testid="progress-trend-none">
        Not enough sessions over time yet to tell a trend.
      </p>
    );
  }
  return (
    <ul className="trend-list" data-testid="progress-trend">
      {trend.map((t) => (
        <li key={t.metric} data-metric={t.metric} className={t.change === 0 ? 'flat' : undefined}>
          {system === 'imperial' ? t.textImperial : t.text}
        </li>
      ))}
    </ul>
  );
}
