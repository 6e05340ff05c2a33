/** Axis ranges of the progress charts that stay readable with one session, or one value repeated. */
const DAY_S = 86_400;

/** Dates: the sessions' span plus a margin, at least a few days around a single session. */
export function timeRange(min: number | null, max: number | null): [number, number] {
  if (min === null || max === null) {
    const now = Date.now() / 1000;
    return [now - 7 * DAY_S, now];
  }
  const pad = Math.max(2 * DAY_S, (max - min) * 0.04);
  return [min - pad, max + pad];
}

/**
 * Values: their span plus 10 %, including 0 when a 0 line is drawn, and never narrower than 5 % of
 * their size either side (or 1), so sessions a hair apart do not look like big swings.
 */
export function valueRange(min: number | null, max: number | null, includeZero: boolean): [number, number] {
  let lo = min ?? 0, hi = max ?? 1;
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  const pad = Math.max((hi - lo) * 0.1, Math.max(Math.abs(lo), Math.abs(hi)) * 0.05, 1);
  return [lo - pad, hi + pad];
}
