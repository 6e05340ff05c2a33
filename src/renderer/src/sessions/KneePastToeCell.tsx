import type { SessionListItem } from '../../../shared/api';
import { formatKneePastToe, metricsKneePastToe } from '../../../shared/display/knee-past-toe';

/** The sessions list's knee-past-toe cell: the session's typical step per leg, "L 12.3 cm · R 8.1 cm". */
export function KneePastToeCell({ item }: { item: Pick<SessionListItem, 'metrics' | 'heightCm'> }) {
  const v = metricsKneePastToe(item.metrics, item.heightCm);
  if (!item.metrics) return <td data-testid="session-kpt">—</td>;
  return (
    <td data-testid="session-kpt" style={{ whiteSpace: 'nowrap' }}>
      L{' '}
      <span data-testid="session-kpt-left" data-value={v.left ?? ''} data-unit={v.unit}>
        {formatKneePastToe(v.left, v.unit)}
      </span>
      {' · '}R{' '}
      <span data-testid="session-kpt-right" data-value={v.right ?? ''} data-unit={v.unit}>
        {formatKneePastToe(v.right, v.unit)}
      </span>
    </td>
  );
}
