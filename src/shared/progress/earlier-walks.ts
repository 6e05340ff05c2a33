/**
 * The result card's comparison (docs/metrics.md "Last time and best"): a session's knee past the
 * toes per leg against the person's previous session of the same direction and variant ("last
 * time") and the largest value of their earlier sessions of that kind ("best before"). Values are
 * the stored progress numbers in the current session's unit; sessions in another unit are left out.
 */
import type { SessionListItem } from '../api';
import type { SessionMetrics } from './types';
import { metricsKneePastToe, type KneePastToeUnit } from '../display/knee-past-toe';
import type { Side } from '../gait/types';

/**
 * What the rule needs of a session: when, which kind of walk, its height and stored numbers. A
 * session without a status (a progress point) counts as complete.
 */
export interface EarlierSession {
  id: number;
  startedAt: string;
  direction: string | null;
  variant: string;
  heightCm: number | null;
  metrics: Pick<SessionMetrics, 'peakKneePastToeCm' | 'peakKneePastToeDeg'> | null;
  status?: SessionListItem['status'];
}

export interface EarlierWalks {
  /** The latest earlier session of the same direction and variant, with its values. */
  last: { sessionId: number; startedAt: string; values: Record<Side, number | null> } | null;
  /** Per leg, the largest value over those earlier sessions, and whose it is. */
  best: Record<Side, { sessionId: number; value: number } | null>;
}

/** Started before `b`: earlier in time, or at the same instant with the lower id. */
const startedBefore = (a: Pick<EarlierSession, 'id' | 'startedAt'>, b: Pick<EarlierSession, 'id' | 'startedAt'>) => {
  const [ta, tb] = [Date.parse(a.startedAt), Date.parse(b.startedAt)];
  return ta < tb || (ta === tb && a.id < b.id);
};

/**
 * The one rule of "earlier walks of the same kind", for the result card, the sessions list, the
 * session page, progress and the report: complete sessions started before `current`, of its
 * analysed direction (none for a session without one) and variant, whose values exist in `unit`
 * (cm needs the session's height; degrees every session has). Latest first, with their values.
 */
export function earlierOfKind<S extends EarlierSession>(
  sessions: readonly S[],
  current: Pick<EarlierSession, 'id' | 'startedAt' | 'direction' | 'variant'>,
  unit: KneePastToeUnit,
): Array<{ session: S; knee: Record<Side, number | null> }> {
  if (current.direction === null) return [];
  return sessions
    .filter(
      (s) =>
        s.id !== current.id &&
        (s.status ?? 'complete') === 'complete' &&
        s.direction === current.direction &&
        s.variant === current.variant &&
        startedBefore(s, current),
    )
    .map((s) => ({ session: s, knee: metricsKneePastToe(s.metrics, unit === 'cm' ? s.heightCm : null) }))
    .filter(({ knee }) => knee.unit === unit)
    .sort((a, b) => (startedBefore(a.session, b.session) ? 1 : -1));
}

/**
 * `sessions`: the person's sessions (any order; the current one may be among them); the earlier
 * ones of the same kind as earlierOfKind says.
 */
export function earlierWalks(
  sessions: readonly EarlierSession[],
  current: Pick<EarlierSession, 'id' | 'startedAt' | 'direction' | 'variant'>,
  unit: KneePastToeUnit,
): EarlierWalks {
  const earlier = earlierOfKind(sessions, current, unit);
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
