/** Counts in words: one rule for "1 session" / "2 sessions" and for "all of them" phrases. */
import { describe, expect, it } from 'vitest';
import { everyOne, plural } from '../../../src/shared/display/plural';

describe('plural', () => {
  it('says 1 in the singular, every other count in the plural', () => {
    expect([0, 1, 2, 21].map((n) => plural(n, 'session'))).toEqual([
      '0 sessions',
      '1 session',
      '2 sessions',
      '21 sessions',
    ]);
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });

  it('never says "all 1 session": their 1, both, all n', () => {
    expect([1, 2, 3].map((n) => everyOne(n, 'session'))).toEqual([
      'their 1 session',
      'both sessions',
      'all 3 sessions',
    ]);
  });
});
