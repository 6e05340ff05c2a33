import { plural } from '../../../shared/display/plural';

/** Sessions stay this long in the trash before the store deletes them for good. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days left, rounded up, before a session deleted at `deletedAt` goes for good: 30 just after deleting, 0 once due. */
export function trashDaysLeft(deletedAt: string, now: Date = new Date()): number {
  const goneAt = new Date(deletedAt).getTime() + TRASH_DAYS * DAY_MS;
  return Math.max(0, Math.ceil((goneAt - now.getTime()) / DAY_MS));
}

export function daysLeftText(days: number): string {
  if (days === 0) return 'about to be deleted for good';
  return `${plural(days, 'day')} left`;
}
