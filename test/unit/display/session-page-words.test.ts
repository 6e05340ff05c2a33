/**
 * The sessions list's and session page's words around numbers (src/shared/display): the change of
 * knee past toes since the previous walk of the same kind, scores with their scale and meaning,
 * the unreadable-walk warning; and the details form's date (src/renderer/src/sessions/started-at).
 */
import { describe, expect, it } from 'vitest';
import { formatKneePastToe } from '../../../src/shared/display/knee-past-toe';
import { kneePastToeSincePrevious } from '../../../src/shared/display/knee-past-toe-change';
import { READABLE_FRAMES_WARNING_BELOW_PCT, unreadableWarning } from '../../../src/shared/display/data-quality';
import { BALANCE_PARTS, formatScore } from '../../../src/shared/display/scores';
import { BALANCE_RULES } from '../../../src/shared/gait/constants';
import { pastWalk } from '../progress/fixtures';
import { localDateTimeText, parseLocalDateTime } from '../../../src/renderer/src/sessions/started-at';

describe('knee past toes since the previous walk of the same kind', () => {
  const list = [
    pastWalk(1, '2026-03-01T10:00:00Z', [10.2, 8.0], [20, 15]),
    pastWalk(2, '2026-03-02T10:00:00Z', [11.9, 9.9], [22, 17], { direction: 'forward' }),
    pastWalk(3, '2026-03-03T10:00:00Z', [12.0, 12.0], [21, 16], { variant: 'uphill' }),
    pastWalk(4, '2026-03-04T10:00:00Z', [11.3, 7.6], [23.5, 14]),
  ];

  it('takes the latest earlier walk of the same direction and variant, in any list order', () => {
    // 11.3 − 10.2 = 1.1 and 7.6 − 8.0 = −0.4, to the stored 0.1 (not 1.1000000000000014)
    const expected = { previousId: 1, unit: 'cm', change: { left: 1.1, right: -0.4 } };
    expect(kneePastToeSincePrevious(list, 4)).toEqual(expected);
    expect(kneePastToeSincePrevious([...list].reverse(), 4)).toEqual(expected);
  });

  it('has nothing for the first walk of its kind, an unknown id or a walk without a direction', () => {
    expect(kneePastToeSincePrevious(list, 1)).toBeNull();
    expect(kneePastToeSincePrevious(list, 2)).toBeNull(); // the only forward walk
    expect(kneePastToeSincePrevious(list, 3)).toBeNull(); // the only uphill walk
    expect(kneePastToeSincePrevious(list, 99)).toBeNull();
    expect(
      kneePastToeSincePrevious([pastWalk(5, '2026-03-05T10:00:00Z', null, [1, 1], { direction: null })], 5),
    ).toBeNull();
  });

  it('compares instants, not texts: 09:00+02:00 is before 08:00Z', () => {
    const a = pastWalk(1, '2026-03-01T09:00:00+02:00', [10, 10], [20, 20]);
    const b = pastWalk(2, '2026-03-01T08:00:00Z', [11, 12], [21, 22]);
    expect(kneePastToeSincePrevious([a, b], 2)?.previousId).toBe(1);
    expect(kneePastToeSincePrevious([a, b], 1)).toBeNull();
  });

  it('on the same instant the lower id is the earlier', () => {
    const a = pastWalk(7, '2026-03-01T09:00:00Z', [10, 10], [20, 20]);
    const b = pastWalk(8, '2026-03-01T09:00:00Z', [12, 10], [20, 20]);
    expect(kneePastToeSincePrevious([b, a], 8)).toEqual({ previousId: 7, unit: 'cm', change: { left: 2, right: 0 } });
  });

  it('in degrees without a height; in cm, a walk filmed without a height is passed over', () => {
    const noHeight = [
      pastWalk(1, '2026-03-01T10:00:00Z', null, [20, 15]),
      pastWalk(2, '2026-03-02T10:00:00Z', null, [18.5, 15]),
    ];
    expect(kneePastToeSincePrevious(noHeight, 2)).toEqual({
      previousId: 1,
      unit: 'deg',
      change: { left: -1.5, right: 0 },
    });
    const mixed = [
      pastWalk(1, '2026-03-01T10:00:00Z', [10, 8], [20, 15]),
      pastWalk(2, '2026-03-02T10:00:00Z', null, [20, 15]),
      pastWalk(3, '2026-03-03T10:00:00Z', [12, 9], [18, 15]),
    ];
    expect(kneePastToeSincePrevious(mixed, 3)).toEqual({ previousId: 1, unit: 'cm', change: { left: 2, right: 1 } });
    expect(kneePastToeSincePrevious(mixed, 2)).toEqual({ previousId: 1, unit: 'deg', change: { left: 0, right: 0 } });
  });

  it('passes over a walk cut off before it finished', () => {
    const cut = [
      pastWalk(1, '2026-03-01T10:00:00Z', [10, 8], [20, 15]),
      pastWalk(2, '2026-03-02T10:00:00Z', [5, 5], [10, 10], { status: 'interrupted' }),
      pastWalk(3, '2026-03-03T10:00:00Z', [12, 9], [18, 15]),
    ];
    expect(kneePastToeSincePrevious(cut, 3)?.previousId).toBe(1);
  });

  it('in imperial, the change is between the values shown in inches, so they add up', () => {
    // 11.3 cm → 4.4 in, 10.2 cm → 4.0 in: +0.4 in; 7.6 cm → 3.0 in, 8.0 cm → 3.1 in: −0.1 in
    // (the cm change −0.4 cm written in inches would read −0.2 in, which does not add up)
    expect(kneePastToeSincePrevious(list, 4, 'imperial')).toEqual({
      previousId: 1,
      unit: 'cm',
      change: { left: 0.4, right: -0.1 },
    });
    const noHeight = [
      pastWalk(1, '2026-03-01T10:00:00Z', null, [20, 15]),
      pastWalk(2, '2026-03-02T10:00:00Z', null, [23.5, 14]),
    ];
    expect(kneePastToeSincePrevious(noHeight, 2, 'imperial')?.change).toEqual({ left: 3.5, right: -1 });
    expect(formatKneePastToe(0.4, 'cm', 'imperial', 'change')).toBe('+0.4 in');
    expect(formatKneePastToe(-1, 'deg', 'imperial', 'change')).toBe('−1.0°');
  });

  it('a missing leg has no change, the other leg keeps its own', () => {
    const legs = [
      pastWalk(1, '2026-03-01T10:00:00Z', [null, 8], [null, 15]),
      pastWalk(2, '2026-03-02T10:00:00Z', [9, 9], [16, 16]),
    ];
    expect(kneePastToeSincePrevious(legs, 2)?.change).toEqual({ left: null, right: 1 });
  });

  it('writes a change signed, to 0.1, with its unit', () => {
    expect(formatKneePastToe(1.1, 'cm', 'metric', 'change')).toBe('+1.1 cm');
    expect(formatKneePastToe(-0.4, 'cm', 'metric', 'change')).toBe('−0.4 cm');
    expect(formatKneePastToe(-1.5, 'deg', 'metric', 'change')).toBe('−1.5°');
    expect(formatKneePastToe(0, 'cm', 'metric', 'change')).toBe('±0.0 cm');
    expect(formatKneePastToe(-0.04, 'deg', 'metric', 'change')).toBe('±0.0°');
    expect(formatKneePastToe(null, 'cm', 'metric', 'change')).toBe('—');
  });
});

describe('scores and their meanings', () => {
  it('writes a score with its scale', () => {
    expect(formatScore(62)).toBe('62/100');
    expect(formatScore(0)).toBe('0/100');
    expect(formatScore(null)).toBe('—');
  });

  it("names every part of the balance grade, with the grade's own levels in its meaning", () => {
    expect(BALANCE_PARTS.map((p) => p.key)).toEqual(Object.keys(BALANCE_RULES));
    expect(BALANCE_PARTS.find((p) => p.key === 'trunk_sway')).toEqual({
      key: 'trunk_sway',
      label: 'Steady trunk',
      meaning: "How much the upper body's lean varies: 100 at ±2° or less, 0 at ±8° or more.",
    });
    expect(BALANCE_PARTS.find((p) => p.key === 'stumbles_stops')?.label).toBe('No stumbles or stops');
    for (const part of BALANCE_PARTS) {
      expect(part.meaning).toContain(`100 at `);
      expect(part.label).not.toMatch(/_/);
    }
  });
});

describe('an unreadable walk', () => {
  it(`warns below ${READABLE_FRAMES_WARNING_BELOW_PCT} % readable frames, not at it`, () => {
    expect(unreadableWarning(READABLE_FRAMES_WARNING_BELOW_PCT)).toBeNull();
    expect(unreadableWarning(95)).toBeNull();
    expect(unreadableWarning(null)).toBeNull();
    expect(unreadableWarning(59.9)).toMatch(/^40 % of this walk was unreadable .*see Filming tips\.$/);
    expect(unreadableWarning(49)).toMatch(/^Half of this walk was unreadable/);
    expect(unreadableWarning(10)).toMatch(/^90 % of this walk/);
  });
});

describe("the details form's date", () => {
  const now = new Date(2026, 5, 15, 12, 0); // 15 June 2026, 12:00 local

  it('shows a stored instant in local time and reads it back to the same instant', () => {
    const stored = new Date(2026, 3, 1, 9, 5).toISOString();
    expect(localDateTimeText(stored)).toBe('2026-04-01T09:05');
    expect(parseLocalDateTime('2026-04-01T09:05', now)).toBe(stored);
    expect(parseLocalDateTime('2026-04-01T09:05:30', now)).toBe(new Date(2026, 3, 1, 9, 5, 30).toISOString());
  });

  it('refuses an empty field, a date that does not exist and a date in the future, saying why', () => {
    expect(parseLocalDateTime(' ', now)).toEqual({ error: 'Give the date and time the walk began.' });
    expect(parseLocalDateTime('2026-04-31T09:00', now)).toEqual({
      error: '"2026-04-31T09:00" is not a date and time.',
    });
    expect(parseLocalDateTime('yesterday', now)).toEqual({ error: '"yesterday" is not a date and time.' });
    expect(parseLocalDateTime('2026-06-15T12:01', now)).toEqual({
      error: 'That is in the future: give the date the walk began.',
    });
    expect(parseLocalDateTime('2026-06-15T12:00', now)).toBe(now.toISOString());
  });
});
