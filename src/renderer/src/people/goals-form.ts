/** The person form's goals and kids mode: the fields as typed, read into a person's goals (zod-checked). */
import { personGoalsSchema, type Person, type PersonGoals } from '../../../shared/api';

export interface GoalsFormText {
  /** Knee past the toes target, in `kneeGoalUnit`; empty: none. */
  kneeGoal: string;
  kneeGoalUnit: 'cm' | 'deg';
  /** Backward minutes a week; empty: none. */
  minutesGoal: string;
  kidsMode: boolean;
}

export type GoalsFormErrors = Partial<Record<'kneeGoal' | 'minutesGoal', string>>;

export function goalsFormText(person: Pick<Person, 'goals' | 'kidsMode' | 'heightCm'> | null): GoalsFormText {
  const knee = person?.goals.kneePastToe ?? null;
  return {
    kneeGoal: knee ? String(knee.value) : '',
    // a new goal is in cm when the person has a height (what their sessions show), else degrees
    kneeGoalUnit: knee?.unit ?? (person?.heightCm != null ? 'cm' : 'deg'),
    minutesGoal: person?.goals.backwardMinPerWeek != null ? String(person.goals.backwardMinPerWeek) : '',
    kidsMode: person?.kidsMode ?? false,
  };
}

const numberOrNull = (text: string): number | null | 'bad' => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'bad';
};

export function parseGoalsForm(
  text: GoalsFormText,
): { ok: true; value: { goals: PersonGoals; kidsMode: boolean } } | { ok: false; errors: GoalsFormErrors } {
  const errors: GoalsFormErrors = {};
  const knee = numberOrNull(text.kneeGoal);
  const minutes = numberOrNull(text.minutesGoal);
  if (knee === 'bad') errors.kneeGoal = `"${text.kneeGoal.trim()}" is not a number.`;
  if (minutes === 'bad') errors.minutesGoal = `"${text.minutesGoal.trim()}" is not a number of minutes.`;
  if (knee === 'bad' || minutes === 'bad') return { ok: false, errors };
  const goals = {
    kneePastToe: knee === null ? null : { value: knee, unit: text.kneeGoalUnit },
    backwardMinPerWeek: minutes,
  };
  const parsed = personGoalsSchema.safeParse(goals);
  if (parsed.success) return { ok: true, value: { goals: parsed.data, kidsMode: text.kidsMode } };
  for (const issue of parsed.error.issues)
    errors[issue.path[0] === 'kneePastToe' ? 'kneeGoal' : 'minutesGoal'] ??= issue.message;
  return { ok: false, errors };
}
