import type { ReactNode } from 'react';

/** A column's header: its name; or a name with a tooltip; or, `hidden`, a name for screen readers only. */
type ColumnHead = string | { label: ReactNode; title?: string; hidden?: boolean };

/** A table's header row, each header scoped to its column. */
export function ColumnHeads({ heads }: { heads: ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {heads.map((head, i) =>
          typeof head === 'string' ? (
            <th key={i} scope="col">
              {head}
            </th>
          ) : (
            <th key={i} scope="col" title={head.title}>
              {head.hidden ? <span className="visually-hidden">{head.label}</span> : head.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
