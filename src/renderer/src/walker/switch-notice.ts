/** What the app says when a result's track changed person (quality.person_switches). */
import type { PersonSwitches } from '../../../shared/tracking/person-switches';

/** The sentence for a track that changed person, null when it did not; frames numbered from 1 as the replay shows them. */
export function switchNotice(found: PersonSwitches): string | null {
  if (found.switches === 0) return null;
  const times = found.switches === 1 ? '1 time' : `${found.switches} times`;
  const span = found.kept ? ` (frames ${found.kept[0] + 1}–${found.kept[1] + 1})` : '';
  return `The tracked person changed ${times}; only the person tracked longest${span} was analysed — choose the walker to pick another.`;
}
