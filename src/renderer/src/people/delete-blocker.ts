/** Whether a person can be deleted: the store refuses while they have sessions, the trash's included. */
import type { Person } from '../../../shared/api';
import { plural } from '../../../shared/display/plural';

/** Why `person` cannot be deleted now, in words that say what to do; null when they can be. */
export function deleteBlocker(person: Pick<Person, 'name' | 'sessionCount'>, trashed: number): string | null {
  const them = (n: number) => (n === 1 ? 'it' : 'them');
  if (person.sessionCount > 0)
    return `To delete ${person.name}, first move their ${plural(person.sessionCount, 'session')} to someone else or delete ${them(person.sessionCount)} (Sessions).`;
  if (trashed > 0)
    return `To delete ${person.name}, first delete their ${plural(trashed, 'session')} in the Trash for good, or restore and move ${them(trashed)}.`;
  return null;
}
