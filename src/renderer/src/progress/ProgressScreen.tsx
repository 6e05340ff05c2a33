import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Variant } from '../../../shared/api';
import { paths } from '../routes/paths';
import '../styles/progress.css';
import type { DirectionFilter as Direction } from '../../../shared/progress/types';
import { BestsList } from './BestsList';
import { kneePastToeUnit, lineCharts, weeklyChart } from './chart-data';
import { KneePastToeLead } from './KneePastToeLead';
import { progressLead } from './lead-data';
import { DARK_THEME } from '../charts/chart-theme';
import { GoalsPanel } from '../goals/GoalsPanel';
import { ProgressChart } from './ProgressChart';
import { TrendList } from './TrendList';
import { DirectionFilter } from './DirectionFilter';
import { useProgress } from './use-progress';
import { VariantFilter } from './VariantFilter';
import { VARIANT_LABELS } from './variants';
import { WeeklyChart } from './WeeklyChart';
import { useUnitSystem } from '../units/use-unit-system';

const CHART_HEIGHT = 190;

/** The active person's progress over dates: the trend in words, charts with personal bests, weekly time. */
export function ProgressScreen({ personId }: { personId: number | null }) {
  if (personId === null) {
    return (
      <section className="progress-screen" data-testid="progress-screen">
        <h1>Progress</h1>
        <p className="muted" data-testid="progress-empty">
          Choose who is walking first: progress is shown per person.
        </p>
      </section>
    );
  }
  return <PersonProgress key={personId} personId={personId} />;
}

function PersonProgress({ personId }: { personId: number }) {
  const [variant, setVariant] = useState<Variant | null>(null);
  // backward walking is the exercise: forward walks only when asked for
  const [direction, setDirection] = useState<Direction>('backward');
  const navigate = useNavigate();
  const { person, report, error, loading, retry } = useProgress(personId, variant, direction);
  const unit = report ? kneePastToeUnit(report, person?.heightCm ?? null) : 'deg';
  const system = useUnitSystem();
  const charts = useMemo(() => (report ? lineCharts(report, unit, system) : []), [report, unit, system]);
  const weekly = useMemo(() => (report ? weeklyChart(report) : null), [report]);
  const heightCm = person?.heightCm ?? null;
  const lead = useMemo(
    () => (report ? progressLead(report, unit, heightCm, system) : null),
    [report, unit, heightCm, system],
  );
  const name = person?.name ?? '';
  const shownVariant = report?.variant ?? null;
  const shownDirection = report?.direction ?? direction;
  const records = `${report?.recordsDirection ?? 'backward'} walks`;

  return (
    <section
      className="progress-screen"
      aria-labelledby="progress-title"
      data-testid="progress-screen"
      data-loading={loading}
    >
      <div className="progress-head">
        <h1 id="progress-title">Progress{name ? `: ${name}` : ''}</h1>
        <Link to={paths.report({ kind: 'person', personId, variant })} className="button" data-testid="progress-report">
          One-page report
        </Link>
      </div>
      <div className="progress-filters">
        <DirectionFilter value={direction} onChange={setDirection} />
        <VariantFilter value={variant} onChange={setVariant} />
      </div>
      {error && (
        <div className="notice error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {!error && !report && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {report && weekly && report.points.length === 0 && (
        <p className="progress-empty" data-testid="progress-empty">
          No {shownDirection === 'all' ? '' : `${shownDirection} `}
          {shownVariant ? `${VARIANT_LABELS[shownVariant].toLowerCase()} ` : ''}
          {shownDirection === 'all' ? 'sessions' : 'walks'} yet for {name}. Record a backward walk on the Live screen,
          or import a video on the Sessions screen
          {shownDirection === 'all' ? '.' : '; “All walks” shows every session.'}
        </p>
      )}
      {report && weekly && report.points.length === 0 && person && <GoalsPanel person={person} />}
      {report && weekly && report.points.length > 0 && (
        <div
          className="progress-content"
          data-testid="progress-content"
          data-variant={shownVariant ?? 'all'}
          data-direction={shownDirection}
          data-sessions={report.points.length}
          data-session-ids={report.points.map((p) => p.sessionId).join(' ')}
        >
          {lead ? (
            <KneePastToeLead data={lead} />
          ) : (
            <p className="progress-empty" data-testid="knee-lead-none">
              No {report.recordsDirection} walk among these: knee past the toes, personal bests and the trend follow{' '}
              {report.recordsDirection} walks.
            </p>
          )}
          {/* the targets right after the numbers they are for */}
          {person && <GoalsPanel person={person} />}
          <div className="progress-summary">
            <section className="card">
              <h2>
                Trend{' '}
                <span className="muted" data-testid="progress-records-of">
                  ({records})
                </span>
              </h2>
              <TrendList report={report} />
            </section>
            <section className="card">
              <BestsList bests={report.bests} unit={unit} of={records} />
            </section>
          </div>
          <p className="progress-legend muted">
            <span className="best-star" aria-hidden="true">
              ★
            </span>{' '}
            personal best{shownDirection === 'all' ? ' (backward walks only: a forward or mixed walk sets none)' : ''} ·
            points are sessions (hover for the date, click for its report)
          </p>
          <div className="progress-charts">
            {charts.map((c) => (
              <ProgressChart
                key={c.id}
                data={c}
                theme={DARK_THEME}
                height={CHART_HEIGHT}
                onPick={(p) => void navigate(paths.report({ kind: 'session', sessionId: p.sessionId }))}
              />
            ))}
            <WeeklyChart data={weekly} theme={DARK_THEME} height={CHART_HEIGHT} />
          </div>
        </div>
      )}
    </section>
  );
}
