/**
 * Plain-language trend sentences (docs/metrics.md, "Trend sentences"). Per metric, the mean of the
 * sessions in the latest week (the 7 local days ending on the latest session's day) against the mean
 * of the same week 4 weeks earlier; when that week has no session, against the first week of
 * history ("when you started"). Nothing is said with fewer than 3 sessions or less than 7 days of
 * history. Knee-past-toe in degrees is only described for a leg without a cm sentence.
 */
import { localDayNumber, localMs } from './local-time';
import { metricSide, metricValue, PROGRESS_METRICS } from './metrics';
import type { ProgressMetric, ProgressPoint, TrendStatement } from './types';
import { CM_PER_INCH } from '../display/units';

export const TREND_MIN_SESSIONS = 3;
export const TREND_MIN_HISTORY_DAYS = 7;
const WEEK = 7;
const FOUR_WEEKS = 28;

/** How to say each metric: its rounding step and "about the same" band (near its measurement noise). */
interface Phrasing {
  step: number;
  same: number;
  /** Compares |value| (symmetry: closer to 0 is better). */
  absolute?: boolean;
  say(change: string, up: boolean, ref: string, side: string): string;
  sayAboutSame(ref: string, side: string): string;
}

const kneePastToeCm: Phrasing = {
  step: 0.1,
  same: 1,
  say: (x, up, ref, side) => `${side} knee travels ${x} cm ${up ? 'further' : 'less far'} past the toes than ${ref}.`,
  sayAboutSame: (ref, side) => `${side} knee travels about as far past the toes as ${ref}.`,
};
/** The cm sentence in inches (imperial): the same change, / 2.54, to 0.1 in. */
const sayInches = (x: string, up: boolean, ref: string, side: string) =>
  `${side} knee travels ${x} in ${up ? 'further' : 'less far'} past the toes than ${ref}.`;
const kneePastToeDeg: Phrasing = {
  step: 1,
  same: 2,
  say: (x, up, ref, side) => `${side} knee reaches ${x}° ${up ? 'further' : 'less far'} past the toes than ${ref}.`,
  sayAboutSame: (ref, side) => `${side} knee reaches about as far past the toes as ${ref}.`,
};
const kneeRom: Phrasing = {
  step: 1,
  same: 2,
  say: (x, up, ref, side) => `${side} knee bends through ${x}° ${up ? 'more' : 'less'} than ${ref}.`,
  sayAboutSame: (ref, side) => `${side} knee bends through about the same range as ${ref}.`,
};
const PHRASING: Record<ProgressMetric, Phrasing> = {
  peakKneePastToeCmLeft: kneePastToeCm,
  peakKneePastToeCmRight: kneePastToeCm,
  peakKneePastToeDegLeft: kneePastToeDeg,
  peakKneePastToeDegRight: kneePastToeDeg,
  kneeRomDegLeft: kneeRom,
  kneeRomDegRight: kneeRom,
  cadenceSpm: {
    step: 1,
    same: 3,
    say: (x, up, ref) => `You take ${x} ${up ? 'more' : 'fewer'} steps a minute than ${ref}.`,
    sayAboutSame: (ref) => `Your cadence is about the same as ${ref}.`,
  },
  stepTimeSiPct: {
    step: 1,
    same: 2,
    absolute: true,
    say: (x, up, ref) => `Your step timing is ${x} points ${up ? 'less' : 'more'} even than ${ref}.`,
    sayAboutSame: (ref) => `Your step timing is about as even as ${ref}.`,
  },
  balanceScore: {
    step: 1,
    same: 5,
    say: (x, up, ref) => `Your balance grade is ${x} points ${up ? 'higher' : 'lower'} than ${ref}.`,
    sayAboutSame: (ref) => `Your balance grade is about the same as ${ref}.`,
  },
};

interface Sample {
  day: number;
  value: number;
}

/** Points oldest first or not; `now` tells whether the latest walk is recent enough to say "ago". */
export function describeTrend(points: readonly ProgressPoint[], now: Date, utcOffsetMin: number): TrendStatement[] {
  const today = localDayNumber(now.getTime() + utcOffsetMin * 60_000);
  const out: TrendStatement[] = [];
  const cmSaid = new Set<string>();
  const days = points.map((p) => localDayNumber(localMs(p.startedAt, utcOffsetMin)));
  for (const metric of PROGRESS_METRICS) {
    const side = metricSide(metric);
    if (metric.startsWith('peakKneePastToeDeg') && side && cmSaid.has(side)) continue;
    const statement = describeMetric(metric, samplesOf(points, days, metric), today);
    if (!statement) continue;
    if (metric.startsWith('peakKneePastToeCm') && side) cmSaid.add(side);
    out.push(statement);
  }
  return out;
}

function samplesOf(points: readonly ProgressPoint[], days: readonly number[], metric: ProgressMetric): Sample[] {
  const abs = PHRASING[metric].absolute;
  const samples: Sample[] = [];
  for (const [i, point] of points.entries()) {
    const value = metricValue(point, metric);
    const day = days[i];
    if (value == null || day === undefined || !Number.isFinite(day)) continue;
    samples.push({ day, value: abs ? Math.abs(value) : value });
  }
  return samples;
}

/** The comparison of one metric, or null when there is too little history to compare. */
function describeMetric(metric: ProgressMetric, samples: readonly Sample[], today: number): TrendStatement | null {
  if (samples.length < TREND_MIN_SESSIONS) return null;
  let first = Infinity,
    last = -Infinity;
  for (const s of samples) {
    first = Math.min(first, s.day);
    last = Math.max(last, s.day);
  }
  if (last - first < TREND_MIN_HISTORY_DAYS) return null;

  const recent = meanWhere(samples, (d) => d > last - WEEK);
  const fourWeeksAgo = meanWhere(samples, (d) => d > last - FOUR_WEEKS - WEEK && d <= last - FOUR_WEEKS);
  let earlier: number,
    days: number,
    ref: string,
    latest = recent;
  if (fourWeeksAgo != null) {
    earlier = fourWeeksAgo;
    days = FOUR_WEEKS;
    ref = today - last > WEEK ? '4 weeks before your latest walk' : '4 weeks ago';
  } else {
    // the first and latest weeks, shortened to half the history each when it is under two weeks
    const span = Math.min(WEEK, Math.floor((last - first + 1) / 2));
    earlier = meanWhere(samples, (d) => d < first + span)!;
    latest = meanWhere(samples, (d) => d > last - span);
    days = last - first;
    ref = 'when you started';
  }
  const phrasing = PHRASING[metric];
  const change = roundTo(latest! - earlier, phrasing.step);
  const side = { left: 'Left', right: 'Right', body: '' }[metricSide(metric) ?? 'body'];
  const aboutSame = Math.abs(change) < phrasing.same;
  const text = aboutSame
    ? phrasing.sayAboutSame(ref, side)
    : phrasing.say(formatStep(Math.abs(change), phrasing.step), change > 0, ref, side);
  const inches = Math.abs(roundTo((latest! - earlier) / CM_PER_INCH, 0.1));
  const textImperial =
    metric.startsWith('peakKneePastToeCm') && !aboutSame
      ? sayInches(formatStep(inches, 0.1), change > 0, ref, side)
      : text;
  return { metric, text, textImperial, change, days };
}

function meanWhere(samples: readonly Sample[], inWindow: (day: number) => boolean): number | null {
  let sum = 0,
    n = 0;
  for (const s of samples)
    if (inWindow(s.day)) {
      sum += s.value;
      n++;
    }
  return n ? sum / n : null;
}

function roundTo(x: number, step: number): number {
  const r = Math.round(x / step) * step;
  return Number(r.toFixed(step < 1 ? 1 : 0)) + 0; // + 0 turns −0 into 0
}

function formatStep(x: number, step: number): string {
  return x.toFixed(step < 1 ? 1 : 0);
}
