/**
 * The progress screen's and person report's lead: the knee past the toes of the latest walk of the
 * records' direction (backward unless the filter says forward), and its change since the walk of
 * the same direction and variant before it. Values and change come from src/shared as they are.
 */
import { kneePastToeSincePrevious, type ComparableSession } from '../../../shared/display/knee-past-toe-change';
import { metricsKneePastToe, type KneePastToeUnit } from '../../../shared/display/knee-past-toe';
import type { ProgressPoint, ProgressReport } from '../../../shared/progress/types';
import type { UnitSystem } from '../../../shared/display/units';
import type { KneePastToeLeadData } from './KneePastToeLead';
import { VARIANT_LABELS } from './variants';

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
const walkOf = (p: ProgressPoint) => `${day(p.startedAt)}, ${VARIANT_LABELS[p.variant].toLowerCase()}`;

/**
 * Null when no shown walk is of the records' direction. `unit`: the charts' (cm needs a height);
 * the change in `system`, as the lead writes it (useUnitSystem).
 */
export function progressLead(
  report: Pick<ProgressReport, 'points' | 'recordsDirection'>,
  unit: KneePastToeUnit,
  personHeightCm: number | null,
  system: UnitSystem = 'metric',
): KneePastToeLeadData | null {
  const records = report.points.filter((p) => p.direction === report.recordsDirection);
  const latest = records.at(-1);
  if (!latest) return null;
  // the charts' unit for every walk: cm when the person has a height (their cm then), else degrees
  const heightCm = unit === 'cm' ? personHeightCm : null;
  const comparable: ComparableSession[] = records.map((p) => ({
    id: p.sessionId,
    startedAt: p.startedAt,
    direction: p.direction,
    variant: p.variant,
    heightCm,
    metrics: p.metrics,
  }));
  const since = kneePastToeSincePrevious(comparable, latest.sessionId, system);
  const previous = since ? records.find((p) => p.sessionId === since.previousId) : undefined;
  const { left, right } = metricsKneePastToe(latest.metrics, heightCm);
  return {
    unit,
    values: { left, right },
    change: since?.change ?? null,
    of: `the latest ${report.recordsDirection} walk (${walkOf(latest)})`,
    since: previous ? walkOf(previous) : null,
  };
}
