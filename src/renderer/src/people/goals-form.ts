/** The person form's goals and kids mode: the fields as typed, read into a person's goals (zod-checked). */
import { personGoalsSchema, type KneePastToeGoal, type Person, type PersonGoals } from '../../../shared/api';
import { displayLength, lengthToCm, type UnitSystem } from '../../../shared/display/units';

export interface GoalsFormText {
  /** Knee past the toes target, in `kneeGoalUnit`; empty: none. */
  kneeGoal: string;
  /** 'cm': a length, typed in the app's unit (inches in imperial); 'deg': an angle. */
  kneeGoalUnit: 'cm' | 'deg';
  /** Backward minutes a week; empty: none. */
  minutesGoal: string;
  kidsMode: boolean;
}

export type GoalsFormErrors = Partial<Record<'kneeGoal' | 'minutesGoal', string>>;

/** A stored target as typed: a length in the app's unit (inches to 0.1 in imperial), an angle as it is. */
const goalText = (goal: KneePastToeGoal | null, system: UnitSystem): string =>
  goal ? String(goal.unit === 'cm' ? displayLength(goal.value, system) : goal.value) : '';

export function goalsFormText(
  person: Pick<Person, 'goals' | 'kidsMode' | 'heightCm'> | null,
  system: UnitSystem = 'metric',
): GoalsFormText {
  const knee = person?.goals.kneePastToe ?? null;
  return {
    kneeGoal: goalText(knee, system),
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

/**
 * The goals typed, a length target kept in cm (typed in inches in imperial). A target still showing
 * `saved` keeps it exactly, so saving other fields never shifts it by a round trip.
 */
export function parseGoalsForm(
  text: GoalsFormText,
  system: UnitSystem = 'metric',
  saved?: KneePastToeGoal | null,
): { ok: true; value: { goals: PersonGoals; kidsMode: boolean } } | { ok: false; errors: GoalsFormErrors } {
  const errors: GoalsFormErrors = {};
  const knee = numberOrNull(text.kneeGoal);
  const minutes = numberOrNull(text.minutesGoal);
  if (knee === 'bad') errors.kneeGoal = `"${text.kneeGoal.trim()}" is not a number.`;
  if (minutes === 'bad') errors.minutesGoal = `"${text.minutesGoal.trim()}" is not a number of minutes.`;
  if (knee === 'bad' || minutes === 'bad') return { ok: false, errors };
  const unchanged =
    saved !== undefined && saved?.unit === text.kneeGoalUnit && text.kneeGoal.trim() === goalText(saved, system);
  const inCm = (value: number) => (text.kneeGoalUnit === 'cm' ? lengthToCm(value, system) : value);
  const goals = {
    kneePastToe: unchanged ? saved : knee === null ? null : { value: inCm(knee), unit: text.kneeGoalUnit },
    backwardMinPerWeek: minutes,
  };
  const parsed = personGoalsSchema.safeParse(goals);
  if (parsed.success) return { ok: true, value: { goals: parsed.data, kidsMode: text.kidsMode } };
  for (const issue of parsed.error.issues)
    errors[issue.path[0] === 'kneePastToe' ? 'kneeGoal' : 'minutesGoal'] ??=
      issue.path[0] === 'kneePastToe' && text.kneeGoalUnit === 'cm' && system === 'imperial'
        ? `A knee-past-toes target is 0 to ${displayLength(50, system)} in (50 cm).`
        : issue.message;
  return { ok: false, errors };
}
