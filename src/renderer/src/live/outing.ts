/**
 * The tag shared by the takes of one outing: one visit to the live screen with hands-free armed
 * (several walks in a row). Sessions have tags and no outing of their own, so the outing is a tag,
 * listed and searched like any other. At most 40 characters, as a tag allows.
 */
export function outingTag(start: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
  return `outing ${day} ${pad(start.getHours())}:${pad(start.getMinutes())}`;
}
