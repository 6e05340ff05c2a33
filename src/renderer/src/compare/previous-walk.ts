/**
 * The pair a session's "Compare with previous" opens: the person's previous walk of the same
 * direction and variant (A, the earlier, so B − A is the change over time). A backward walk is
 * never compared with a forward one while the person has another backward walk: when there is no
 * earlier one of its kind the pick falls back, in this order, and says so in `note`:
 *
 * 1. the previous walk of the same direction and variant (no note);
 * 2. the next one of the same direction and variant (the first of its kind: it as A, that as B);
 * 3. the previous, then the next, walk of the same direction (another variant);
 * 4. the previous, then the next, walk of any direction.
 */
import type { SessionListItem } from '../../../shared/api';
import { VARIANT_LABELS } from '../progress/variants';

type Walk = Pick<SessionListItem, 'id' | 'direction' | 'variant'>;

export interface PreviousWalkPick {
  a: number;
  b: number;
  /** Why the other walk is not the previous one of the same kind, null when it is. */
  note: string | null;
}

const directionName = (d: string | null): string => d ?? 'not analysed';
const kind = (w: Walk): string => `${directionName(w.direction)} walk (${VARIANT_LABELS[w.variant].toLowerCase()})`;

/** `sessions`: the person's list, newest first. Null when the session is not in it or has no other. */
export function previousWalkPair(sessions: readonly Walk[], id: number): PreviousWalkPick | null {
  const at = sessions.findIndex((s) => s.id === id);
  if (at === -1) return null;
  const self = sessions[at];
  const earlier = sessions.slice(at + 1);
  const later = sessions.slice(0, at).reverse(); // the next one first
  const sameDirection = (w: Walk) => w.direction === self.direction;
  const sameKind = (w: Walk) => sameDirection(w) && w.variant === self.variant;

  const previous = earlier.find(sameKind);
  if (previous) return { a: previous.id, b: id, note: null };
  const next = later.find(sameKind);
  if (next) return { a: id, b: next.id, note: `This is the first ${kind(self)}: compared with the next one.` };

  const fallbacks: Array<[Walk | undefined, 'previous' | 'next']> = [
    [earlier.find(sameDirection), 'previous'],
    [later.find(sameDirection), 'next'],
    [earlier[0], 'previous'],
    [later[0], 'next'],
  ];
  for (const [other, which] of fallbacks) {
    if (!other) continue;
    const note = `No other ${kind(self)}: compared with the ${which} walk, ${/^[aeiou]/.test(kind(other)) ? 'an' : 'a'} ${kind(other)}.`;
    return which === 'previous' ? { a: other.id, b: id, note } : { a: id, b: other.id, note };
  }
  return null;
}
