/**
 * When a session's data were too poor to trust, in plain words (docs/metrics.md "Quality").
 * "Readable" frames are the analysis's confident frames: a hip and one whole leg seen clearly.
 */

/** Below this share of readable frames (%) the session page says plainly that the walk was poorly seen. */
export const READABLE_FRAMES_WARNING_BELOW_PCT = 60;

/** The warning for a session with `readablePct` % readable frames, or null when enough were readable. */
export function unreadableWarning(readablePct: number | null | undefined): string | null {
  if (readablePct === null || readablePct === undefined || !Number.isFinite(readablePct)) return null;
  if (readablePct >= READABLE_FRAMES_WARNING_BELOW_PCT) return null;
  const unreadable = Math.round(100 - readablePct);
  const share = unreadable >= 45 && unreadable <= 55 ? 'Half' : `${unreadable} %`;
  return `${share} of this walk was unreadable (the body not seen clearly), so its numbers rest on fewer steps: see Filming tips.`;
}
