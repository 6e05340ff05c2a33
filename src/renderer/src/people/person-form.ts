import type { ApiRequest, Person } from '../../../shared/api';
import { parseHeightCm } from './parse-height';

/** What the person form's fields hold, as typed. */
export interface PersonFormText {
  name: string;
  height: string;
  birthYear: string;
}

export type PersonFields = Omit<ApiRequest<'people.create'>, 'heightCm' | 'birthYear'> & {
  heightCm: number | null;
  birthYear: number | null;
};

export type PersonFormErrors = Partial<Record<keyof PersonFormText, string>>;

export function personFormText(person: Pick<Person, 'name' | 'heightCm' | 'birthYear'> | null): PersonFormText {
  return {
    name: person?.name ?? '',
    height: person?.heightCm === null || person?.heightCm === undefined ? '' : String(person.heightCm),
    birthYear: person?.birthYear === null || person?.birthYear === undefined ? '' : String(person.birthYear),
  };
}

/** The form's fields read into a person, or one message per field that is wrong. */
export function parsePersonForm(
  text: PersonFormText,
  thisYear = new Date().getFullYear(),
): { ok: true; value: PersonFields } | { ok: false; errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  const name = text.name.trim();
  if (name === '') errors.name = 'A name is needed.';
  else if (name.length > 60) errors.name = 'Keep the name to 60 characters.';

  const height = parseHeightCm(text.height);
  if ('error' in height) errors.height = height.error;

  let birthYear: number | null = null;
  const year = text.birthYear.trim();
  if (year !== '') {
    birthYear = Number(year);
    if (!/^\d{4}$/.test(year) || birthYear < 1900 || birthYear > thisYear) {
      errors.birthYear = `"${year}" is not a birth year between 1900 and ${thisYear}.`;
    }
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, heightCm: 'heightCm' in height ? height.heightCm : null, birthYear } };
}
