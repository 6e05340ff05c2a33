import { useEffect, useMemo } from 'react';
import type { Variant } from '../../../shared/api';
import { BestsList } from '../progress/BestsList';
import { kneePastToeUnit, lineCharts, weeklyChart } from '../progress/chart-data';
import { PAPER_THEME } from '../charts/chart-theme';
import { ProgressChart } from '../progress/ProgressChart';
import { TrendList } from '../progress/TrendList';
import { KneePastToeLead } from '../progress/KneePastToeLead';
import { progressLead } from '../progress/lead-data';
import { useProgress } from '../progress/use-progress';
import { VARIANT_LABELS } from '../progress/variants';
import { WeeklyChart } from '../progress/WeeklyChart';
import { Notice } from '../app/Notice';
import { plural } from '../../../shared/display/plural';
import { ReportFooter } from './ReportFooter';
import { localDate, personName, reportFileName } from './session-report-data';
import { formatHeight } from '../../../shared/display/units';
import { useUnitSystem } from '../units/use-unit-system';

const CHART_WIDTH = 335;
const CHART_HEIGHT = 150;
/** The report's charts: the ones a family looks at first. */
const REPORT_CHARTS = ['knee-past-toe', 'knee-rom', 'balance'] as const;

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** One page about a person's progress: who, over which dates, the trend in words, key charts, bests. */
export function PersonReport({
  personId,
  variant,
  onReady,
}: {
  personId: number;
  variant: Variant | null;
  onReady: (suggestedName: string) => void;
}) {
  const { person, report, error, loading } = useProgress(personId, variant);
  const unit = report ? kneePastToeUnit(report, person?.heightCm ?? null) : 'deg';
  const system = useUnitSystem();
  const charts = useMemo(
    () =>
      report ? lineCharts(report, unit, system).filter((c) => (REPORT_CHARTS as readonly string[]).includes(c.id)) : [],
    [report, unit, system],
  );
  const weekly = useMemo(() => (report ? weeklyChart(report) : null), [report]);
  const heightCm = person?.heightCm ?? null;
  const lead = useMemo(
    () => (report ? progressLead(report, unit, heightCm, system) : null),
    [report, unit, heightCm, system],
  );

  useEffect(() => {
    if (person && report)
      onReady(reportFileName([person.name, 'progress', variant, localDate(new Date().toISOString())]));
  }, [person, report, variant, onReady]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (loading || !report || !weekly)
    return (
      <p className="muted" role="status">
        Loading the progress…
      </p>
    );
  const { points } = report;
  const range = points.length
    ? `${day(points[0].startedAt)} – ${day(points[points.length - 1].startedAt)}`
    : 'no sessions yet';

  return (
    <div className="report person-report" data-testid="person-report" data-ready="true" data-sessions={points.length}>
      <header className="report-head">
        <div>
          <p className="report-kind">Retrowalk · progress report</p>
          <h1 data-testid="report-person">{personName(person)}</h1>
          <p>
            {range} · {plural(points.length, 'session')} · {variant ? VARIANT_LABELS[variant] : 'all variants'}
            {person?.heightCm ? ` · ${formatHeight(person.heightCm, system)}` : ''}
          </p>
        </div>
      </header>

      {lead && <KneePastToeLead data={lead} />}

      <section>
        <h2>Trend (backward walks)</h2>
        <TrendList report={report} />
      </section>

      {points.length > 0 && (
        <section className="report-charts">
          {charts.map((c) => (
            <ProgressChart key={c.id} data={c} theme={PAPER_THEME} width={CHART_WIDTH} height={CHART_HEIGHT} />
          ))}
          <WeeklyChart data={weekly} theme={PAPER_THEME} width={CHART_WIDTH} height={CHART_HEIGHT} />
        </section>
      )}
      {points.length > 0 && (
        <p className="report-legend muted">
          <span className="best-star" aria-hidden="true">
            ★
          </span>{' '}
          personal best · grey dashed line: 0
        </p>
      )}

      <section>
        <BestsList bests={report.bests} unit={unit} of={`${report.recordsDirection} walks`} />
      </section>
      <ReportFooter />
    </div>
  );
}
