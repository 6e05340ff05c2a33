/** The People screen's rules: when Delete is offered, and what Undo after an edit sends. */
import { describe, expect, it } from 'vitest';
import { NO_GOALS, type Person } from '../../../src/shared/api';
import { deleteBlocker } from '../../../src/renderer/src/people/delete-blocker';
import { personUndo } from '../../../src/renderer/src/people/person-undo';
import { heightChoiceText } from '../../../src/renderer/src/people/height-choice';
import { daysLeftText } from '../../../src/renderer/src/sessions/trash';

const ada: Person = {
  id: 4,
  name: 'Ada',
  heightCm: 168,
  birthYear: 1988,
  createdAt: '2026-01-01T00:00:00Z',
  sessionCount: 3,
  goals: NO_GOALS,
  kidsMode: false,
};

describe('delete offered only where possible', () => {
  it('says why for someone with sessions, or with sessions in the trash; null (offer it) otherwise', () => {
    expect(deleteBlocker(ada, 0)).toBe(
      'To delete Ada, first move their 3 sessions to someone else or delete them (Sessions).',
    );
    expect(deleteBlocker({ ...ada, sessionCount: 1 }, 0)).toBe(
      'To delete Ada, first move their 1 session to someone else or delete it (Sessions).',
    );
    expect(deleteBlocker({ ...ada, sessionCount: 0 }, 2)).toBe(
      'To delete Ada, first delete their 2 sessions in the Trash for good, or restore and move them.',
    );
    expect(deleteBlocker({ ...ada, sessionCount: 0 }, 0)).toBeNull();
  });
});

describe('Undo after editing a person', () => {
  it('sends every field back as it was, the height for new sessions only', () => {
    const after = { ...ada, name: 'Ada L.', birthYear: 1990, heightCm: 170 };
    expect(personUndo(ada, after, 'from-now')).toEqual({
      kind: 'undo',
      request: {
        id: 4,
        name: 'Ada',
        heightCm: 168,
        birthYear: 1988,
        goals: NO_GOALS,
        kidsMode: false,
        heightApplies: 'from-now',
      },
    });
  });

  it('offers none after a height correction of every session, and says why', () => {
    const undo = personUndo(ada, { ...ada, heightCm: 170 }, 'all');
    expect(undo).toEqual({
      kind: 'none',
      reason: "every session of Ada's was analysed again in 170 cm; edit the height again to change it",
    });
    // in imperial, the height as the app writes it: 170 cm = 66.9 in, 5 ft 7 in
    expect(personUndo(ada, { ...ada, heightCm: 170 }, 'all', 'imperial')).toMatchObject({
      reason: expect.stringContaining('analysed again in 5′ 7″;'),
    });
    // without sessions, a correction changed no session: it can be undone
    expect(personUndo({ ...ada, sessionCount: 0 }, { ...ada, sessionCount: 0, heightCm: 170 }, 'all').kind).toBe(
      'undo',
    );
    // a correction of the name alone (the height unchanged) can be undone too
    expect(personUndo(ada, { ...ada, name: 'Ada L.' }, 'all').kind).toBe('undo');
  });

  it('has nothing to undo when nothing changed', () => {
    expect(personUndo(ada, { ...ada }, 'all')).toEqual({ kind: 'same' });
  });
});

describe('the height question counts sessions in words', () => {
  it('never says "for all 1 session"', () => {
    expect(heightChoiceText('Lia', null, 150, 1).answers.all).toBe(
      'Correct a mistake — use 150 cm for their 1 session',
    );
    expect(heightChoiceText('Tom', 131.5, 137, 2).answers.all).toBe('Correct a mistake — use 137 cm for both sessions');
    const imperial = heightChoiceText('Tom', 131.5, 137, 2, 'imperial'); // 51.8 in, 53.9 in: the nearest inch
    expect(imperial.question).toBe("Tom's height changes from 4′ 4″ to 4′ 6″. Which is it?");
    expect(imperial.answers.all).toBe('Correct a mistake — use 4′ 6″ for both sessions');
    expect(heightChoiceText('Tom', 131.5, null, 3).answers.all).toBe(
      'Correct a mistake — no height for all 3 sessions',
    );
  });
});

describe('the trash counts its days in words', () => {
  it('1 day, 2 days, and says when it is due', () => {
    expect([30, 2, 1, 0].map(daysLeftText)).toEqual([
      '30 days left',
      '2 days left',
      '1 day left',
      'about to be deleted for good',
    ]);
  });
});
