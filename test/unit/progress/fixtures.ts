/** Progress points built by hand for tests: only what a test sets differs from a plain session. */
import type { ProgressPoint, SessionMetrics } from '../../../src/shared/progress';
import type { EarlierSession } from '../../../src/shared/progress/earlier-walks';

export function metrics(over: Partial<SessionMetrics> = {}): SessionMetrics {
  return {
    peakKneePastToeCm: { left: null, right: null },
    peakKneePastToeDeg: { left: null, right: null },
    kneeRomDeg: { left: null, right: null },
    cadenceSpm: null,
    stepTimeSiPct: null,
    balanceScore: null,
    backwardS: 0,
    steps: 0,
    ...over,
  };
}

let nextId = 1;
/** A session of the person's; a backward walk unless told otherwise. */
export function point(
  startedAt: string,
  over: Partial<SessionMetrics> = {},
  variant: ProgressPoint['variant'] = 'flat',
  direction: ProgressPoint['direction'] = 'backward',
): ProgressPoint {
  return { sessionId: nextId++, startedAt, title: null, variant, direction, metrics: metrics(over) };
}

/** ISO instant `days` after 2026-03-02 (a Monday) at hh:00 UTC. */
export function day(days: number, hh = 12): string {
  return new Date(Date.UTC(2026, 2, 2 + days, hh)).toISOString();
}

/**
 * A past walk as the sessions list gives it: complete, backward on the flat, with each leg's
 * knee past the toes in cm (and a height, so cm count) or none, and in degrees.
 */
export const pastWalk = (
  id: number,
  startedAt: string,
  cm: [number | null, number | null] | null,
  deg: [number | null, number | null],
  over: Partial<EarlierSession> = {},
): EarlierSession => ({
  id,
  startedAt,
  direction: 'backward',
  variant: 'flat',
  status: 'complete',
  heightCm: cm ? 170 : null,
  metrics: metrics({
    peakKneePastToeCm: { left: cm?.[0] ?? null, right: cm?.[1] ?? null },
    peakKneePastToeDeg: { left: deg[0], right: deg[1] },
  }),
  ...over,
});
