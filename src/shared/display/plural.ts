/**
 * Counts in words, one way everywhere: "1 session", "3 sessions", and for "all of them" phrases
 * "their 1 session" / "both sessions" / "all 3 sessions" (never "all 1 session").
 */

/** "0 sessions", "1 session", "2 sessions"; `many` for irregular plurals ("people"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Every one of n things, as said after "for": "their 1 session", "both sessions", "all 3 sessions". */
export function everyOne(n: number, one: string, many = `${one}s`): string {
  if (n === 1) return `their 1 ${one}`;
  if (n === 2) return `both ${many}`;
  return `all ${plural(n, one, many)}`;
}
