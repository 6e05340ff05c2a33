import { memo } from 'react';
import { useUnitSystem } from '../units/use-unit-system';
import { summaryRows, type CompareSide } from './summary-rows';

/** Both sessions' key numbers next to each other, with B − A. */
export const CompareSummary = memo(function CompareSummary({ a, b }: { a: CompareSide; b: CompareSide }) {
  const rows = summaryRows(a, b, useUnitSystem());
  return (
    <table className="compare-summary" data-testid="compare-summary">
      <caption>Summary (difference = B − A)</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Measure</span>
          </th>
          <th scope="col">
            <span className="lane-badge">A</span>
          </th>
          <th scope="col">
            <span className="lane-badge">B</span>
          </th>
          <th scope="col">B − A</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid={`compare-row-${r.id}`}>
            <th scope="row">{r.label}</th>
            <td className={r.id === 'direction' ? 'capitalize' : undefined}>{r.a}</td>
            <td className={r.id === 'direction' ? 'capitalize' : undefined}>{r.b}</td>
            <td className="diff" data-diff={r.kind === 'number' ? (r.diffValue ?? '') : ''}>
              {r.kind === 'number' ? r.diff : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
