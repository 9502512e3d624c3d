import type { ReactNode } from 'react';

/** A chart's numbers as a table behind "Show as table": exact values, and what screen readers read instead of the chart. */
export function ChartTable({ first, numbers, children }: { first: string; numbers: string[]; children: ReactNode }) {
  return (
    <details className="mt-2">
      <summary className="small">Show as table</summary>
      <table className="table table-sm mt-2 mb-0">
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {numbers.map((n) => <th key={n} scope="col" className="text-end">{n}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </details>
  );
}
