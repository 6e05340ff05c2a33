import type { Person } from '../../../shared/api';

/** The person settings point at, or the first one when they point at nobody (deleted, restored backup). */
export function pickActivePerson(people: Person[], personId: number | null): Person | null {
  return people.find((p) => p.id === personId) ?? people[0] ?? null;
}
