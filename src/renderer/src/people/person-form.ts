import type { ApiRequest, Person } from '../../../shared/api';
import { heightFieldText, parseHeight, type UnitSystem } from '../../../shared/display/units';

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

/** The form's text for a person: the height in the app's units (`5'8"` in imperial). */
export function personFormText(
  person: Pick<Person, 'name' | 'heightCm' | 'birthYear'> | null,
  system: UnitSystem = 'metric',
): PersonFormText {
  return {
    name: person?.name ?? '',
    height: heightFieldText(person?.heightCm ?? null, system),
    birthYear: person?.birthYear === null || person?.birthYear === undefined ? '' : String(person.birthYear),
  };
}

/**
 * The form's fields read into a person, or one message per field that is wrong. The height is read
 * in either system (a bare number in `system`'s unit); a height still showing `savedHeightCm` keeps
 * it exactly (172 cm shows as 5'8", which is 172.7 cm), so editing a name never moves a height.
 */
export function parsePersonForm(
  text: PersonFormText,
  thisYear = new Date().getFullYear(),
  { system = 'metric', savedHeightCm }: { system?: UnitSystem; savedHeightCm?: number | null } = {},
): { ok: true; value: PersonFields } | { ok: false; errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  const name = text.name.trim();
  if (name === '') errors.name = 'A name is needed.';
  else if (name.length > 60) errors.name = 'Keep the name to 60 characters.';

  const unchanged = savedHeightCm !== undefined && text.height.trim() === heightFieldText(savedHeightCm, system);
  const height = unchanged ? { heightCm: savedHeightCm } : parseHeight(text.height, system);
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
