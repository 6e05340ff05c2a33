import { describe, expect, it } from 'vitest';
import {
  kneeGoalProgress,
  minutesGoalProgress,
  weekMinutes,
  weekStartOf,
  weekStreak,
} from '../../../src/shared/progress/goals';
import type { WeeklyTotal } from '../../../src/shared/progress/types';

const week = (weekStart: string, minutes: number): WeeklyTotal => ({ weekStart, backwardS: minutes * 60, sessions: 1 });

describe('weekly minutes goal and streaks', () => {
  it("this week's Monday on the user's clock", () => {
    // Sunday 23:30 UTC is already Monday in Berlin (+60)
    expect(weekStartOf(Date.parse('2026-12-06T23:30:00Z'), 0)).toBe('2026-11-30');
    expect(weekStartOf(Date.parse('2026-12-06T23:30:00Z'), 60)).toBe('2026-12-07');
    expect(weekStartOf(Date.parse('2026-12-07T00:30:00Z'), -60)).toBe('2026-11-30');
  });

  it('minutes of a week to 0.1 min, 0 for a week without sessions', () => {
    const weekly = [{ weekStart: '2026-11-30', backwardS: 754, sessions: 3 }];
    expect(weekMinutes(weekly, '2026-11-30')).toBe(12.6);
    expect(weekMinutes(weekly, '2026-12-07')).toBe(0);
  });

  it('counts the weeks in a row that met the goal, back from this week', () => {
    const weekly = [
      week('2026-11-02', 40),
      week('2026-11-09', 10), // missed: breaks the streak
      week('2026-11-16', 30),
      week('2026-11-23', 31),
      week('2026-11-30', 45),
    ];
    // this week (Dec 7) has nothing yet: still running, the streak is the three before it
    expect(weekStreak(weekly, 30, '2026-12-07')).toBe(3);
    // met this week: it counts
    expect(weekStreak([...weekly, week('2026-12-07', 30)], 30, '2026-12-07')).toBe(4);
    // a week with no sessions at all (Nov 30 missing) breaks it like a missed one
    expect(weekStreak(weekly.slice(0, 4), 30, '2026-12-07')).toBe(0);
    // a higher goal: only Nov 30 and Nov 2 meet 40; Nov 30 is last week
    expect(weekStreak(weekly, 40, '2026-12-07')).toBe(1);
    expect(weekStreak([], 30, '2026-12-07')).toBe(0);
  });

  it("this week's progress: share capped at 1, met, streak", () => {
    const weekly = [week('2026-11-30', 30), week('2026-12-07', 12)];
    expect(minutesGoalProgress(weekly, 30, '2026-12-07')).toEqual({
      minutes: 12,
      goalMin: 30,
      share: 0.4,
      met: false,
      streakWeeks: 1,
    });
    expect(minutesGoalProgress([week('2026-12-07', 45)], 30, '2026-12-07')).toMatchObject({
      share: 1,
      met: true,
      streakWeeks: 1,
    });
  });
});

describe('knee past the toes against its target', () => {
  it('each leg meets the target when it reaches it; a target in another unit is not compared', () => {
    expect(kneeGoalProgress({ left: 5, right: 4.9 }, 'cm', { value: 5, unit: 'cm' })).toEqual({
      comparable: true,
      target: 5,
      unit: 'cm',
      legs: { left: { value: 5, met: true }, right: { value: 4.9, met: false } },
    });
    expect(kneeGoalProgress({ left: null, right: 20 }, 'deg', { value: 15, unit: 'deg' })).toMatchObject({
      legs: { left: { value: null, met: false }, right: { value: 20, met: true } },
    });
    expect(kneeGoalProgress({ left: 30, right: 30 }, 'deg', { value: 5, unit: 'cm' })).toEqual({
      comparable: false,
      target: 5,
      unit: 'cm',
    });
  });
});
