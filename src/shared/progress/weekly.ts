/** Time walked backward per ISO week (Monday first) on the user's local dates, gaps included. */
import { isoDate, localDayNumber, localMs, mondayOf } from './local-time';
import type { ProgressPoint, WeeklyTotal } from './types';

/**
 * One entry per week from the first session's week to the last one's, empty weeks included (0 s,
 * 0 sessions) so a bar chart shows the gaps. Sessions with an unreadable start time are left out.
 */
export function weeklyTotals(points: readonly ProgressPoint[], utcOffsetMin: number): WeeklyTotal[] {
  const byWeek = new Map<number, WeeklyTotal>();
  let first = Infinity,
    last = -Infinity;
  for (const p of points) {
    const ms = localMs(p.startedAt, utcOffsetMin);
    if (!Number.isFinite(ms)) continue;
    const monday = mondayOf(localDayNumber(ms));
    first = Math.min(first, monday);
    last = Math.max(last, monday);
    const week = byWeek.get(monday) ?? { weekStart: isoDate(monday), backwardS: 0, sessions: 0 };
    week.backwardS += p.metrics.backwardS;
    week.sessions += 1;
    byWeek.set(monday, week);
  }
  const weeks: WeeklyTotal[] = [];
  for (let monday = first; monday <= last; monday += 7) {
    const week = byWeek.get(monday) ?? { weekStart: isoDate(monday), backwardS: 0, sessions: 0 };
    weeks.push({ ...week, backwardS: Math.round(week.backwardS * 100) / 100 });
  }
  return weeks;
}
