/**
 * Contract of the progress module: a person's sessions over time, as plain data (no DOM, SQLite).
 * Units are in the names (Cm, Deg, Spm, Pct, S). Lengths are in cm when the person's height is
 * known (shank lengths × 0.246 × height: docs/metrics.md), else null: trends never mix units.
 */
import type { Variant } from '../api';
import type { Side } from '../gait/types';

/** The numbers of one session that progress follows, taken from its GaitAnalysis. */
export interface SessionMetrics {
  /** Peak knee-past-toe distance per leg, cm (null without the person's height or confident frames). */
  peakKneePastToeCm: Record<Side, number | null>;
  /** Peak knee-past-toe angle per leg, degrees (needs no height). */
  peakKneePastToeDeg: Record<Side, number | null>;
  kneeRomDeg: Record<Side, number | null>;
  cadenceSpm: number | null;
  /** Robinson step-time symmetry index, signed %, 0 = symmetric. */
  stepTimeSiPct: number | null;
  /** Balance grade 0–100. */
  balanceScore: number | null;
  /** Seconds of the session spent walking backward (sum of its backward direction segments). */
  backwardS: number;
  steps: number;
}

/** A walk's main direction as analysed (GaitAnalysis.direction). */
export type WalkDirection = 'backward' | 'forward' | 'mixed' | 'standing' | 'unknown';

/** The progress screen's direction filter: backward walks (the default), forward ones, or every session. */
export type DirectionFilter = 'backward' | 'forward' | 'all';

/** The direction whose walks set a view's personal bests and trend ('all' views: backward). */
export type RecordsDirection = 'backward' | 'forward';

/** One session on the progress charts. */
export interface ProgressPoint {
  sessionId: number;
  /** ISO 8601 start of the session. */
  startedAt: string;
  title: string | null;
  variant: Variant;
  /** The analysis' main direction (`sessions.direction`); null if the database has none. */
  direction: WalkDirection | null;
  metrics: SessionMetrics;
}

/** A number followed over time; `Left`/`Right` ones are per leg. */
export type ProgressMetric =
  | 'peakKneePastToeCmLeft'
  | 'peakKneePastToeCmRight'
  | 'peakKneePastToeDegLeft'
  | 'peakKneePastToeDegRight'
  | 'kneeRomDegLeft'
  | 'kneeRomDegRight'
  | 'cadenceSpm'
  | 'stepTimeSiPct'
  | 'balanceScore';

/** The best of one metric among one variant's walks (of the records' direction). */
export interface PersonalBest {
  metric: ProgressMetric;
  variant: Variant;
  sessionId: number;
  startedAt: string;
  value: number;
}

/** Time walked backward in one ISO week (Monday to Sunday, the person's local dates as stored). */
export interface WeeklyTotal {
  /** The week's Monday, YYYY-MM-DD. */
  weekStart: string;
  backwardS: number;
  sessions: number;
}

/** One plain-language sentence about a trend, with the number behind it. */
export interface TrendStatement {
  metric: ProgressMetric;
  /** e.g. "Right knee travels 2.0 cm further past the toes than 4 weeks ago." */
  text: string;
  /** The same sentence with a length in inches ("… 0.8 in further …"); as `text` for any other metric. */
  textImperial: string;
  /** Latest minus earlier, in the metric's unit. */
  change: number;
  /** Length of the comparison window in days. */
  days: number;
}

export interface ProgressReport {
  personId: number;
  variant: Variant | null;
  direction: DirectionFilter;
  /** Whose walks the bests and the trend are from: the filter's direction, backward for 'all'. */
  recordsDirection: RecordsDirection;
  /** The shown sessions (variant and direction filters), oldest first; sessions in the trash left out. */
  points: ProgressPoint[];
  /** Time walked backward per week, over the shown sessions. */
  weekly: WeeklyTotal[];
  /** Over the shown sessions of `recordsDirection` only, one per metric and variant. */
  bests: PersonalBest[];
  /**
   * Over the shown sessions of `recordsDirection` and of one variant only (a sled or a slope changes
   * what the knees do): the filter's variant, or with every variant shown, the latest walk's.
   */
  trend: TrendStatement[];
  /** The variant `trend` is about (null: no walk of `recordsDirection` to describe). */
  trendVariant: Variant | null;
}
