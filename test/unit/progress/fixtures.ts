/** Progress points built by hand for tests: only what a test sets differs from a plain session. */
import type { ProgressPoint, SessionMetrics } from '../../../src/shared/progress';

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
