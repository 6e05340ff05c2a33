/** The words of the question asked when an existing person's height changes: did they grow, or was it a mistake? */
import type { HeightApplies } from '../../../shared/api';
import { everyOne } from '../../../shared/display/plural';
import { formatHeight, type UnitSystem } from '../../../shared/display/units';

export interface HeightChoiceText {
  question: string;
  /** One label per answer. */
  answers: Record<HeightApplies, string>;
}

/** Whether saving `next` as the height needs the question: the height changed and they have sessions. */
export function asksHeightChoice(
  current: { heightCm: number | null; sessionCount: number },
  nextHeightCm: number | null,
): boolean {
  return current.sessionCount > 0 && nextHeightCm !== current.heightCm;
}

export function heightChoiceText(
  name: string,
  oldCm: number | null,
  newCm: number | null,
  sessionCount: number,
  system: UnitSystem = 'metric',
): HeightChoiceText {
  const height = (cm: number | null): string => (cm === null ? 'no height' : formatHeight(cm, system));
  const earlier = oldCm === null ? 'earlier sessions stay without a height' : `earlier sessions keep ${height(oldCm)}`;
  return {
    question: `${name}'s height changes from ${height(oldCm)} to ${height(newCm)}. Which is it?`,
    answers: {
      'from-now':
        newCm === null
          ? `From now on without a height (${earlier})`
          : `They grew — use ${height(newCm)} from now on (${earlier})`,
      all:
        newCm === null
          ? `Correct a mistake — no height for ${everyOne(sessionCount, 'session')}`
          : `Correct a mistake — use ${height(newCm)} for ${everyOne(sessionCount, 'session')}`,
    },
  };
}
