import type { SessionListItem } from '../../../shared/api';
import type { Side } from '../../../shared/gait/types';
import { formatKneePastToe, metricsKneePastToe } from '../../../shared/display/knee-past-toe';
import { type KneePastToeChange } from '../../../shared/display/knee-past-toe-change';
import { useUnitSystem } from '../units/use-unit-system';

const SIDES: Array<[Side, string]> = [
  ['left', 'L'],
  ['right', 'R'],
];

/**
 * The sessions list's knee-past-toe cell: the session's typical step per leg, one leg a line, each
 * with its change since the previous walk of the same direction and variant ("L 12.3 cm +1.1 cm").
 */
export function KneePastToeCell({
  item,
  change,
  previousName,
}: {
  item: Pick<SessionListItem, 'metrics' | 'heightCm'>;
  /** In the app's unit system (kneePastToeSincePrevious with it). */
  change: KneePastToeChange | null;
  /** The previous walk of the same kind, as the list names it. */
  previousName: string | null;
}) {
  const system = useUnitSystem();
  const v = metricsKneePastToe(item.metrics, item.heightCm);
  if (!item.metrics) return <td data-testid="session-kpt">—</td>;
  const since = previousName ? `Change since ${previousName}` : 'The first walk of this direction and variant';
  return (
    <td data-testid="session-kpt" className="kpt-cell">
      {SIDES.map(([side, letter]) => {
        const delta = change?.change[side] ?? null;
        return (
          <div key={side} className="kpt-leg">
            <span className="kpt-side">{letter}</span>
            <span
              className="kpt-value"
              data-testid={`session-kpt-${side}`}
              data-value={v[side] ?? ''}
              data-unit={v.unit}
            >
              {formatKneePastToe(v[side], v.unit, system)}
            </span>
            <span
              className="kpt-change muted"
              title={since}
              data-testid={`session-kpt-change-${side}`}
              data-value={delta ?? ''}
            >
              {change ? formatKneePastToe(delta, change.unit, system, 'change') : v[side] === null ? '' : 'first'}
            </span>
          </div>
        );
      })}
    </td>
  );
}
