import { describe, expect, it } from 'vitest';
import { earlierWalks, type EarlierSession } from '../../../src/shared/progress/earlier-walks';
import { metrics } from './fixtures';

const session = (
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

const current = { id: 9, startedAt: '2026-12-07T10:00:00Z', direction: 'backward', variant: 'flat' as const };

describe("the result card's last time and best", () => {
  it('last time is the latest earlier walk of the same direction and variant; best is the largest before it', () => {
    const sessions = [
      session(1, '2026-11-01T10:00:00Z', [6, 2], [20, 10]),
      session(2, '2026-11-20T10:00:00Z', [3, 5.5], [12, 18]),
      session(3, '2026-11-25T10:00:00Z', [9, 9], [30, 30], { direction: 'forward' }), // another direction
      session(4, '2026-11-26T10:00:00Z', [9, 9], [30, 30], { variant: 'sled' }), // another variant
      session(5, '2026-12-08T10:00:00Z', [9, 9], [30, 30]), // later than the current one
      session(6, '2026-11-27T10:00:00Z', [9, 9], [30, 30], { status: 'interrupted' }),
      session(9, '2026-12-07T10:00:00Z', [10, 10], [40, 40]), // the current one itself
    ];
    expect(earlierWalks(sessions, current, 'cm')).toEqual({
      last: { sessionId: 2, startedAt: '2026-11-20T10:00:00Z', values: { left: 3, right: 5.5 } },
      best: { left: { sessionId: 1, value: 6 }, right: { sessionId: 2, value: 5.5 } },
    });
    expect(earlierWalks(sessions, current, 'deg').best).toEqual({
      left: null,
      right: null,
    });
  });

  it('sessions in another unit are left out (cm need a height); none earlier gives no last time', () => {
    const sessions = [
      session(1, '2026-11-01T10:00:00Z', null, [20, 10]),
      session(2, '2026-11-20T10:00:00Z', [3, null], [12, 18]),
    ];
    expect(earlierWalks(sessions, current, 'deg')).toEqual({
      last: { sessionId: 1, startedAt: '2026-11-01T10:00:00Z', values: { left: 20, right: 10 } },
      best: { left: { sessionId: 1, value: 20 }, right: { sessionId: 1, value: 10 } },
    });
    expect(earlierWalks(sessions, current, 'cm')).toEqual({
      last: { sessionId: 2, startedAt: '2026-11-20T10:00:00Z', values: { left: 3, right: null } },
      best: { left: { sessionId: 2, value: 3 }, right: null },
    });
    expect(earlierWalks([], current, 'cm')).toEqual({ last: null, best: { left: null, right: null } });
  });
});
