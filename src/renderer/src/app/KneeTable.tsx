import type { ReactNode } from 'react';

/** A table of knee numbers per leg: a column for the left and one for the right; the children are its body's rows. */
export function KneeTable({ corner, children }: { corner: ReactNode; children: ReactNode }) {
  return (
    <table className="knee-table">
      <thead>
        <tr>
          {corner}
          <th scope="col">Left</th>
          <th scope="col">Right</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
