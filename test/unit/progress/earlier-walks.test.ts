import { describe, expect, it } from 'vitest';
import { earlierWalks } from '../../../src/shared/progress/earlier-walks';
import { pastWalk } from './fixtures';

const current = { id: 9, startedAt: '2026-12-07T10:00:00Z', direction: 'backward', variant: 'flat' as const };

describe("the result card's last time and best", () => {
  it('last time is the latest earlier walk of the same direction and variant; best is the largest before it', () => {
    const sessions = [
      pastWalk(1, '2026-11-01T10:00:00Z', [6, 2], [20, 10]),
      pastWalk(2, '2026-11-20T10:00:00Z', [3, 5.5], [12, 18]),
      pastWalk(3, '2026-11-25T10:00:00Z', [9, 9], [30, 30], { direction: 'forward' }), // another direction
      pastWalk(4, '2026-11-26T10:00:00Z', [9, 9], [30, 30], { variant: 'sled' }), // another variant
      pastWalk(5, '2026-12-08T10:00:00Z', [9, 9], [30, 30]), // later than the current one
      pastWalk(6, '2026-11-27T10:00:00Z', [9, 9], [30, 30], { status: 'interrupted' }),
      pastWalk(9, '2026-12-07T10:00:00Z', [10, 10], [40, 40]), // the current one itself
    ];
    expect(earlierWalks(sessions, current, 'cm')).toEqual({
      last: { sessionId: 2, startedAt: '2026-11-20T10:00:00Z', values: { left: 3, right: 5.5 } },
      best: { left: { sessionId: 1, value: 6 }, right: { sessionId: 2, value: 5.5 } },
    });
    // in degrees every session has a value: the same sessions count, by their angles
    expect(earlierWalks(sessions, current, 'deg').best).toEqual({
      left: { sessionId: 1, value: 20 },
      right: { sessionId: 2, value: 18 },
    });
  });

  it('in cm a session without a height is left out; in degrees every one counts; none earlier gives no last time', () => {
    const sessions = [
      pastWalk(1, '2026-11-01T10:00:00Z', null, [20, 10]),
      pastWalk(2, '2026-11-20T10:00:00Z', [3, null], [12, 18]),
    ];
    expect(earlierWalks(sessions, current, 'deg')).toEqual({
      last: { sessionId: 2, startedAt: '2026-11-20T10:00:00Z', values: { left: 12, right: 18 } },
      best: { left: { sessionId: 1, value: 20 }, right: { sessionId: 2, value: 18 } },
    });
    expect(earlierWalks(sessions, current, 'cm')).toEqual({
      last: { sessionId: 2, startedAt: '2026-11-20T10:00:00Z', values: { left: 3, right: null } },
      best: { left: { sessionId: 2, value: 3 }, right: null },
    });
    expect(earlierWalks([], current, 'cm')).toEqual({ last: null, best: { left: null, right: null } });
  });

  it('two sessions started at the same instant: the one with the lower id is the earlier', () => {
    const sessions = [pastWalk(4, current.startedAt, [5, 5], [9, 9]), pastWalk(12, current.startedAt, [6, 6], [9, 9])];
    expect(earlierWalks(sessions, current, 'cm').last?.sessionId).toBe(4);
  });
});
