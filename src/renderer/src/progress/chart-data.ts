/**
 * Shapes a ProgressReport (src/shared/progress) into what the progress charts plot: one x value per
 * session (its start, unix seconds), one column per line, and where each personal best sits.
 * No maths of its own: values, bests and weekly totals come from the report as they are.
 */
import { metricValue } from '../../../shared/progress';
import type {
  PersonalBest,
  ProgressMetric,
  ProgressPoint,
  ProgressReport,
  WeeklyTotal,
} from '../../../shared/progress/types';
import { formatKneePastToe, KNEE_PAST_TOE_LABELS } from '../../../shared/display/knee-past-toe';
import { VARIANT_LABELS } from './variants';
import { formatScore } from '../../../shared/display/scores';
import { displayLength, lengthUnit, type UnitSystem } from '../../../shared/display/units';
import { LEG_COLOURS } from '../charts/chart-theme';

export type LineChartId = 'knee-past-toe' | 'knee-rom' | 'cadence' | 'step-time-si' | 'balance';

export const LINE_COLOURS = { ...LEG_COLOURS, single: '#7bd389' } as const;

export interface ChartLine {
  label: string;
  metric: ProgressMetric;
  colour: string;
  /** One per session (aligned with the chart's x), as plotted (inches in imperial); null where the session has no value. */
  values: Array<number | null>;
  /** Each value as every screen writes it (formatMetric), for the hover label. */
  texts: string[];
  /** Indices of the sessions holding this metric's personal bests (one per variant), in x order. */
  bestIndices: number[];
}

/** What a line chart is, before any session is on it. */
interface ChartSpec {
  id: LineChartId;
  title: string;
  /** One line on what the number means and which way is better, shown under the title. */
  meaning: string;
  /** Unit shown after values, e.g. ' cm', '°', ' steps/min'. */
  unit: string;
  digits: number;
  zeroLine: boolean;
  /** Fixed y range (the balance grade is 0–100), else null for automatic. */
  yRange: [number, number] | null;
  lines: LineSpec[];
}

const KNEE_PAST_TOE_MEANING =
  'How far each knee travels beyond the toes on a typical step; larger = further, the aim of walking backward.';

type LineSpec = Pick<ChartLine, 'label' | 'metric' | 'colour'>;

export interface LineChartData extends Omit<ChartSpec, 'lines'> {
  /** Session starts, unix seconds, oldest first. */
  x: number[];
  lines: ChartLine[];
  /** The sessions behind x, for the hover label. */
  sessions: ProgressPoint[];
  /** Plotted non-null values over all lines. */
  points: number;
  /** Personal-best markers drawn (per line, one per variant). */
  bests: number;
}

export interface WeeklyChartData {
  /** Each week's Monday at local midnight, unix seconds. */
  x: number[];
  /** Time walked backward each week, in `unit`. */
  values: number[];
  /** Minutes, or seconds while every week is under two minutes (short walks). */
  unit: 'min' | 's';
  weeks: WeeklyTotal[];
  /** Weeks with a bar (some time walked backward). */
  points: number;
}

export type KneePastToeUnit = 'cm' | 'deg';

/** A session's value of a metric, null when it has none (or it is not a finite number). */
function valueOf(point: ProgressPoint, metric: ProgressMetric): number | null {
  const v = metricValue(point, metric);
  return v !== null && Number.isFinite(v) ? v : null;
}

/** What each metric is called and how it is written, for legends, tooltips and the bests list. */
export const METRIC_INFO: Record<ProgressMetric, { label: string; unit: string; digits: number }> = {
  // the session's stored value (the typical step), to its stored precision: the same text as on every screen
  peakKneePastToeCmLeft: { label: 'Left knee past toes, typical step', unit: ' cm', digits: 1 },
  peakKneePastToeCmRight: { label: 'Right knee past toes, typical step', unit: ' cm', digits: 1 },
  peakKneePastToeDegLeft: { label: 'Left knee past toes, typical step', unit: '°', digits: 1 },
  peakKneePastToeDegRight: { label: 'Right knee past toes, typical step', unit: '°', digits: 1 },
  kneeRomDegLeft: { label: 'Left knee range', unit: '°', digits: 0 },
  kneeRomDegRight: { label: 'Right knee range', unit: '°', digits: 0 },
  cadenceSpm: { label: 'Cadence', unit: ' steps/min', digits: 0 },
  stepTimeSiPct: { label: 'Step-time symmetry', unit: ' %', digits: 1 },
  balanceScore: { label: 'Balance grade', unit: '/100', digits: 0 },
};

/** A stored value (cm for the knee-past-toe distances) as written in `system`. */
export function formatMetric(metric: ProgressMetric, value: number | null, system: UnitSystem = 'metric'): string {
  if (value === null || !Number.isFinite(value)) return '—';
  // written exactly as the session's own screens write it
  if (metric.startsWith('peakKneePastToe'))
    return formatKneePastToe(value, metric.startsWith('peakKneePastToeCm') ? 'cm' : 'deg', system);
  if (metric === 'balanceScore') return formatScore(value); // "98/100", as every screen writes it
  const { unit, digits } = METRIC_INFO[metric];
  return `${value.toFixed(digits)}${unit}`;
}

/**
 * Knee-past-toe in centimetres when the person has a height and the report has distances, else in
 * degrees (which need no height): one unit per chart, never mixed.
 */
export function kneePastToeUnit(
  report: Pick<ProgressReport, 'points'>,
  personHeightCm: number | null,
): KneePastToeUnit {
  if (personHeightCm === null) return 'deg';
  const hasCm = report.points.some(
    (p) => p.metrics.peakKneePastToeCm.left !== null || p.metrics.peakKneePastToeCm.right !== null,
  );
  return hasCm ? 'cm' : 'deg';
}

const perLeg = (left: ProgressMetric, right: ProgressMetric): LineSpec[] => [
  { label: 'Left leg', metric: left, colour: LINE_COLOURS.left },
  { label: 'Right leg', metric: right, colour: LINE_COLOURS.right },
];

function chartSpecs(unit: KneePastToeUnit, system: UnitSystem): ChartSpec[] {
  const kneePastToe: ChartSpec =
    unit === 'cm'
      ? {
          id: 'knee-past-toe',
          title: `${KNEE_PAST_TOE_LABELS.session} (${lengthUnit(system)})`,
          meaning: KNEE_PAST_TOE_MEANING,
          unit: ` ${lengthUnit(system)}`,
          digits: 1,
          zeroLine: true,
          yRange: null,
          lines: perLeg('peakKneePastToeCmLeft', 'peakKneePastToeCmRight'),
        }
      : {
          id: 'knee-past-toe',
          title: `${KNEE_PAST_TOE_LABELS.session} (degrees; enter a height for ${system === 'imperial' ? 'inches' : 'cm'})`,
          meaning: KNEE_PAST_TOE_MEANING,
          unit: '°',
          digits: 1,
          zeroLine: true,
          yRange: null,
          lines: perLeg('peakKneePastToeDegLeft', 'peakKneePastToeDegRight'),
        };
  return [
    kneePastToe,
    {
      id: 'knee-rom',
      title: 'Knee range of motion (degrees)',
      meaning: 'How far each knee bends and straightens over a step; larger = a fuller bend.',
      unit: '°',
      digits: 0,
      zeroLine: false,
      yRange: null,
      lines: perLeg('kneeRomDegLeft', 'kneeRomDegRight'),
    },
    {
      id: 'cadence',
      title: 'Cadence (steps per minute)',
      meaning: 'Steps a minute; neither more nor fewer is better walking backward.',
      unit: ' steps/min',
      digits: 0,
      zeroLine: false,
      yRange: null,
      lines: [{ label: 'Cadence', metric: 'cadenceSpm', colour: LINE_COLOURS.single }],
    },
    {
      id: 'step-time-si',
      title: 'Step-time symmetry (%; 0 = both legs alike, + = left slower)',
      meaning: 'How differently long the two legs’ steps take; closer to 0 = more even.',
      unit: ' %',
      digits: 1,
      zeroLine: true,
      yRange: null,
      lines: [{ label: 'Symmetry index', metric: 'stepTimeSiPct', colour: LINE_COLOURS.single }],
    },
    {
      id: 'balance',
      title: 'Balance grade (/100; higher = steadier)',
      meaning: 'Points lost for stumbles, stops and sway; 100 = steady all through.',
      unit: '/100',
      digits: 0,
      zeroLine: false,
      yRange: [0, 100],
      lines: [{ label: 'Balance grade', metric: 'balanceScore', colour: LINE_COLOURS.single }],
    },
  ];
}

function sessionTime(point: Pick<ProgressPoint, 'startedAt'>): number {
  return Date.parse(point.startedAt) / 1000;
}

function bestIndicesOf(points: ProgressPoint[], bests: PersonalBest[], metric: ProgressMetric): number[] {
  const ids = new Set(bests.filter((b) => b.metric === metric).map((b) => b.sessionId));
  return points.flatMap((p, i) => (ids.has(p.sessionId) && valueOf(p, metric) !== null ? [i] : []));
}

/** A stored value as plotted: a knee-past-toe distance in the shown unit (inches to 0.1 in imperial). */
const plotted = (metric: ProgressMetric, value: number | null, system: UnitSystem): number | null =>
  value !== null && metric.startsWith('peakKneePastToeCm') ? displayLength(value, system) : value;

/** The five line charts of the progress screen, in display order. */
export function lineCharts(
  report: Pick<ProgressReport, 'points' | 'bests'>,
  unit: KneePastToeUnit,
  system: UnitSystem = 'metric',
): LineChartData[] {
  const { points, bests } = report;
  const x = points.map(sessionTime);
  return chartSpecs(unit, system).map((spec) => {
    const lines = spec.lines.map((line): ChartLine => {
      const stored = points.map((p) => valueOf(p, line.metric));
      return {
        ...line,
        values: stored.map((v) => plotted(line.metric, v, system)),
        texts: stored.map((v) => formatMetric(line.metric, v, system)),
        bestIndices: bestIndicesOf(points, bests, line.metric),
      };
    });
    return {
      ...spec,
      x,
      lines,
      sessions: points,
      points: lines.reduce((n, l) => n + l.values.filter((v) => v !== null).length, 0),
      bests: lines.reduce((n, l) => n + l.bestIndices.length, 0),
    };
  });
}

/** A YYYY-MM-DD date at local midnight, unix seconds (weeks are the user's local dates). */
export function localDateSeconds(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d).getTime() / 1000;
}

export function weeklyChart(report: Pick<ProgressReport, 'weekly'>): WeeklyChartData {
  const weeks = [...report.weekly].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  const unit = weeks.some((w) => w.backwardS >= 120) ? 'min' : 's';
  const values = weeks.map((w) => (unit === 'min' ? w.backwardS / 60 : w.backwardS));
  return {
    x: weeks.map((w) => localDateSeconds(w.weekStart)),
    values,
    unit,
    weeks,
    points: values.filter((v) => v > 0).length,
  };
}

/** How a session is named on hover: its title, else its date; with its variant and direction. */
export function pointLabel(
  point: Pick<ProgressPoint, 'startedAt' | 'title' | 'variant'> & Partial<Pick<ProgressPoint, 'direction'>>,
): string {
  const date = new Date(point.startedAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
  const name = point.title ? `${point.title} (${date})` : date;
  return `${name} · ${VARIANT_LABELS[point.variant]}${point.direction ? ` · ${point.direction}` : ''}`;
}
