/**
 * The result card's comparison (docs/metrics.md "Last time and best"): a session's knee past the
 * toes per leg against the person's previous session of the same direction and variant ("last
 * time") and the largest value of their earlier sessions of that kind ("best before"). Values are
 * the stored progress numbers in the current session's unit; sessions in another unit are left out.
 */
import type { SessionListItem, Variant } from '../api';
import { metricsKneePastToe, type KneePastToeUnit } from '../display/knee-past-toe';
import type { Side } from '../gait/types';

export type EarlierSession = Pick<
  SessionListItem,
  'id' | 'startedAt' | 'direction' | 'variant' | 'metrics' | 'heightCm' | 'status'
>;

export interface EarlierWalks {
  /** The latest earlier session of the same direction and variant, with its values. */
  last: { sessionId: number; startedAt: string; values: Record<Side, number | null> } | null;
  /** Per leg, the largest value over those earlier sessions, and whose it is. */
  best: Record<Side, { sessionId: number; value: number } | null>;
}

/**
 * `sessions`: the person's sessions (any order; the current one may be among them). Earlier means
 * started before `current`; same kind means the same analysed direction and variant.
 */
export function earlierWalks(
  sessions: readonly EarlierSession[],
  current: { id: number; startedAt: string; direction: string | null; variant: Variant },
  unit: KneePastToeUnit,
): EarlierWalks {
  const at = Date.parse(current.startedAt);
  const earlier = sessions
    .filter(
      (s) =>
        s.id !== current.id &&
        s.status === 'complete' &&
        s.direction === current.direction &&
        s.variant === current.variant &&
        Date.parse(s.startedAt) < at,
    )
    .map((s) => ({ session: s, knee: metricsKneePastToe(s.metrics, s.heightCm) }))
    .filter(({ knee }) => knee.unit === unit)
    .sort((a, b) => Date.parse(b.session.startedAt) - Date.parse(a.session.startedAt));
  const latest = earlier[0];
  const bestOf = (side: Side): { sessionId: number; value: number } | null => {
    let best: { sessionId: number; value: number } | null = null;
    for (const { session, knee } of earlier) {
      const value = knee[side];
      if (value !== null && (best === null || value > best.value)) best = { sessionId: session.id, value };
    }
    return best;
  };
  return {
    last: latest
      ? {
          sessionId: latest.session.id,
          startedAt: latest.session.startedAt,
          values: { left: latest.knee.left, right: latest.knee.right },
        }
      : null,
    best: { left: bestOf('left'), right: bestOf('right') },
  };
}
