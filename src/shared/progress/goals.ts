/**
 * A person's goals against what they walked (docs/metrics.md "Goals and streaks"): the weekly
 * backward minutes of this week, the streak of weeks that met the minutes goal, and a session's
 * knee past the toes against its target. Weeks are ISO weeks on the user's local dates (weekly.ts).
 */
import type { KneePastToeGoal } from '../api';
import type { KneePastToeUnit } from '../display/knee-past-toe';
import type { Side } from '../gait/types';
import { DAY_MS, isoDate, localDayNumber, mondayOf } from './local-time';
import type { WeeklyTotal } from './types';

/** YYYY-MM-DD of the Monday of the week holding the instant `nowMs` on the user's clock. */
export function weekStartOf(nowMs: number, utcOffsetMin: number): string {
  return isoDate(mondayOf(localDayNumber(nowMs + utcOffsetMin * 60_000)));
}

const dayOf = (weekStart: string): number => Math.round(Date.parse(`${weekStart}T00:00:00Z`) / DAY_MS);

/** Backward minutes of the week starting `weekStart` (0 for a week without sessions), to 0.1 min. */
export function weekMinutes(weekly: readonly WeeklyTotal[], weekStart: string): number {
  const seconds = weekly.find((w) => w.weekStart === weekStart)?.backwardS ?? 0;
  return Math.round((seconds / 60) * 10) / 10;
}

export interface MinutesGoalProgress {
  /** This week's backward minutes so far. */
  minutes: number;
  goalMin: number;
  /** minutes / goalMin, capped at 1 (for a bar). */
  share: number;
  met: boolean;
  /** Consecutive weeks that met the goal, up to this week (this week counts once met). */
  streakWeeks: number;
}

/**
 * Weeks in a row meeting `goalMin`, counted back from this week. This week is still running: it
 * counts once met, and while it is not met yet the streak is the weeks before it.
 */
export function weekStreak(weekly: readonly WeeklyTotal[], goalMin: number, thisWeekStart: string): number {
  const met = new Set(weekly.filter((w) => w.backwardS / 60 >= goalMin).map((w) => dayOf(w.weekStart)));
  let monday = dayOf(thisWeekStart);
  if (!met.has(monday)) monday -= 7;
  let weeks = 0;
  while (met.has(monday)) {
    weeks += 1;
    monday -= 7;
  }
  return weeks;
}

/** This week against the minutes goal, and the streak. */
export function minutesGoalProgress(
  weekly: readonly WeeklyTotal[],
  goalMin: number,
  thisWeekStart: string,
): MinutesGoalProgress {
  const minutes = weekMinutes(weekly, thisWeekStart);
  return {
    minutes,
    goalMin,
    share: Math.min(1, minutes / goalMin),
    met: minutes >= goalMin,
    streakWeeks: weekStreak(weekly, goalMin, thisWeekStart),
  };
}

export type KneeGoalProgress =
  /** The session's value of each leg against the target: met when it reaches it. */
  | {
      comparable: true;
      target: number;
      unit: KneePastToeUnit;
      legs: Record<Side, { value: number | null; met: boolean }>;
    }
  /** The target is in another unit than the session (cm need a height; degrees do not convert). */
  | { comparable: false; target: number; unit: KneePastToeUnit };

/** A session's knee past the toes per leg (in `unit`, as stored) against the person's target. */
export function kneeGoalProgress(
  values: Record<Side, number | null>,
  unit: KneePastToeUnit,
  goal: KneePastToeGoal,
): KneeGoalProgress {
  if (goal.unit !== unit) return { comparable: false, target: goal.value, unit: goal.unit };
  const leg = (value: number | null) => ({ value, met: value !== null && value >= goal.value });
  return { comparable: true, target: goal.value, unit, legs: { left: leg(values.left), right: leg(values.right) } };
}
