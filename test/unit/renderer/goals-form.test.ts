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
});
