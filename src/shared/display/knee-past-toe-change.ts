/**
 * The change of a session's knee past toes (the typical step, per leg) since the person's previous
 * session of the same walking direction and variant (docs/metrics.md "Change since last time").
 * Both values are the stored progress numbers in the later session's unit; the change is their
 * difference to the shown precision (0.1), so "12.3 cm, +1.1 cm" always adds up; in imperial the
 * difference of the values shown in inches, so "4.8 in, +0.4 in" adds up too.
 */
import type { Side } from '../gait/types';
import { earlierOfKind, type EarlierSession } from '../progress/earlier-walks';
import { metricsKneePastToe, type KneePastToeUnit } from './knee-past-toe';
import { displayLength, type UnitSystem } from './units';

/** What the sessions list knows of a session (the rule of earlier walks of the same kind needs). */
export type ComparableSession = EarlierSession;

export interface KneePastToeChange {
  /** The previous session of the same direction and variant. */
  previousId: number;
  unit: KneePastToeUnit;
  /**
   * This session's value minus the previous one's as shown (cm, inches in imperial, or degrees),
   * per leg; null when either is missing.
   */
  change: Record<Side, number | null>;
}

/**
 * The change since the previous session (the latest complete one started before it, with a value
 * in its unit) of the same direction and variant; null for the first of its kind or a session
 * without a direction. `sessions` in any order.
 */
export function kneePastToeSincePrevious(
  sessions: readonly ComparableSession[],
  id: number,
  system: UnitSystem = 'metric',
): KneePastToeChange | null {
  const self = sessions.find((s) => s.id === id);
  if (!self) return null;
  const now = metricsKneePastToe(self.metrics, self.heightCm);
  const [latest] = earlierOfKind(sessions, self, now.unit);
  if (!latest) return null;
  const [previous, then] = [latest.session, latest.knee];
  const diff = (side: Side): number | null => {
    const a = now[side];
    const b = then[side];
    if (a === null || b === null) return null;
    const shown = (x: number) => (now.unit === 'cm' ? displayLength(x, system) : x);
    return Math.round((shown(a) - shown(b)) * 10) / 10;
  };
  return { previousId: previous.id, unit: now.unit, change: { left: diff('left'), right: diff('right') } };
}
