/** The session's start as the details form's date field shows and reads it (the browser's local time). */

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-04-01T09:05": what an <input type="datetime-local"> holds for `iso`, in local time. */
export function localDateTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The typed local date and time as ISO 8601 (UTC), or a message: empty, not a date, or later than
 * `now` (a walk cannot have begun in the future).
 */
export function parseLocalDateTime(text: string, now: Date): string | { error: string } {
  const t = text.trim();
  if (t === '') return { error: 'Give the date and time the walk began.' };
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  const date = m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) : null;
  // new Date rolls 31 April over into May: the parts read back must be the parts typed
  if (!m || !date || date.getMonth() !== +m[2] - 1 || date.getDate() !== +m[3] || date.getHours() !== +m[4])
    return { error: `"${t}" is not a date and time.` };
  if (date.getTime() > now.getTime()) return { error: 'That is in the future: give the date the walk began.' };
  return date.toISOString();
}
