/** Axis ranges of the progress charts that stay readable with one session, or one value repeated. */
const DAY_S = 86_400;
/** The narrowest date axis: two weeks, so one session (or a few days' worth) sits in a readable fortnight. */
export const MIN_TIME_SPAN_S = 14 * DAY_S;
/** The weekly bars' narrowest axis: four weeks. */
export const MIN_WEEKS_SPAN_S = 28 * DAY_S;

/** The smallest and largest finite x, or nulls without any. */
export function extent(xs: readonly number[]): [number | null, number | null] {
  let lo = Infinity,
    hi = -Infinity;
  for (const x of xs) {
    if (!Number.isFinite(x)) continue;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return lo <= hi ? [lo, hi] : [null, null];
}

/**
 * Dates (unix s) from the sessions' own first and last start — not uPlot's, which stretches a
 * single x to 1,000 days — plus 4 % either side, widened about their middle to at least
 * `minSpan` (two weeks): one session sits mid-fortnight, never on a years-long axis.
 */
export function timeRange(min: number | null, max: number | null, minSpan = MIN_TIME_SPAN_S): [number, number] {
  if (min === null || max === null) {
    const now = Date.now() / 1000;
    return [now - minSpan, now];
  }
  const pad = (max - min) * 0.04;
  let lo = min - pad,
    hi = max + pad;
  if (hi - lo < minSpan) {
    const mid = (min + max) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  return [lo, hi];
}

/** The weekly bars: half a week of room either side of the first and last Monday, at least four weeks. */
export function weeksRange(min: number | null, max: number | null): [number, number] {
  if (min === null || max === null) return timeRange(null, null, MIN_WEEKS_SPAN_S);
  return timeRange(min - 3.5 * DAY_S, max + 3.5 * DAY_S, MIN_WEEKS_SPAN_S);
}

/**
 * Values: their span plus 10 %, including 0 when a 0 line is drawn, and never narrower than 5 % of
 * their size either side (or 1), so sessions a hair apart do not look like big swings.
 */
export function valueRange(min: number | null, max: number | null, includeZero: boolean): [number, number] {
  let lo = min ?? 0,
    hi = max ?? 1;
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  const pad = Math.max((hi - lo) * 0.1, Math.max(Math.abs(lo), Math.abs(hi)) * 0.05, 1);
  return [lo - pad, hi + pad];
}
