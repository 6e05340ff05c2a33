import { describe, expect, it } from 'vitest';
import { goalsFormText, parseGoalsForm } from '../../../src/renderer/src/people/goals-form';

describe('goals in the person form', () => {
  it('reads a knee target (comma or point) in its unit and weekly minutes; empty fields are no goal', () => {
    expect(parseGoalsForm({ kneeGoal: '4,5', kneeGoalUnit: 'cm', minutesGoal: '30', kidsMode: true })).toEqual({
      ok: true,
      value: { goals: { kneePastToe: { value: 4.5, unit: 'cm' }, backwardMinPerWeek: 30 }, kidsMode: true },
    });
    expect(parseGoalsForm({ kneeGoal: ' ', kneeGoalUnit: 'deg', minutesGoal: '', kidsMode: false })).toEqual({
      ok: true,
      value: { goals: { kneePastToe: null, backwardMinPerWeek: null }, kidsMode: false },
    });
  });

  it('says what is wrong, with the same limits main checks', () => {
    expect(parseGoalsForm({ kneeGoal: 'far', kneeGoalUnit: 'cm', minutesGoal: '0', kidsMode: false })).toEqual({
      ok: false,
      errors: { kneeGoal: '"far" is not a number.' },
    });
    expect(parseGoalsForm({ kneeGoal: '55', kneeGoalUnit: 'cm', minutesGoal: '0', kidsMode: false })).toEqual({
      ok: false,
      errors: { kneeGoal: 'A knee-past-toes target is 0 to 50 cm.', minutesGoal: 'A weekly goal is at least 1 minute' },
    });
    expect(parseGoalsForm({ kneeGoal: '55', kneeGoalUnit: 'deg', minutesGoal: '', kidsMode: false }).ok).toBe(true);
  });

  it('a new goal is in cm for someone with a height, else degrees; a person reads back unchanged', () => {
    expect(
      goalsFormText({ heightCm: 130, goals: { kneePastToe: null, backwardMinPerWeek: null }, kidsMode: false }),
    ).toMatchObject({ kneeGoalUnit: 'cm', kneeGoal: '' });
    expect(goalsFormText(null)).toMatchObject({ kneeGoalUnit: 'deg', kidsMode: false });
    const kid = {
      heightCm: null,
      goals: { kneePastToe: { value: 3, unit: 'cm' as const }, backwardMinPerWeek: 20 },
      kidsMode: true,
    };
    expect(parseGoalsForm(goalsFormText(kid))).toEqual({ ok: true, value: { goals: kid.goals, kidsMode: true } });
  });

  it('in imperial, a length target is typed in inches and kept in cm; one left as shown keeps its cm', () => {
    const typed = parseGoalsForm({ kneeGoal: '2', kneeGoalUnit: 'cm', minutesGoal: '', kidsMode: false }, 'imperial');
    expect(typed.ok && typed.value.goals.kneePastToe).toEqual({ value: 5.08, unit: 'cm' }); // 2 × 2.54
    const ada = {
      heightCm: 130,
      goals: { kneePastToe: { value: 5, unit: 'cm' as const }, backwardMinPerWeek: null },
      kidsMode: false,
    };
    const text = goalsFormText(ada, 'imperial');
    expect(text.kneeGoal).toBe('2'); // 5 / 2.54 = 1.97
    const again = parseGoalsForm({ ...text, minutesGoal: '30' }, 'imperial', ada.goals.kneePastToe);
    expect(again.ok && again.value.goals).toEqual({ kneePastToe: { value: 5, unit: 'cm' }, backwardMinPerWeek: 30 });
    const far = parseGoalsForm({ ...text, kneeGoal: '25' }, 'imperial', ada.goals.kneePastToe);
    expect(!far.ok && far.errors.kneeGoal).toBe('A knee-past-toes target is 0 to 19.7 in (50 cm).');
    // degrees are degrees in either system
    const deg = parseGoalsForm({ kneeGoal: '20', kneeGoalUnit: 'deg', minutesGoal: '', kidsMode: false }, 'imperial');
    expect(deg.ok && deg.value.goals.kneePastToe).toEqual({ value: 20, unit: 'deg' });
  });
});
