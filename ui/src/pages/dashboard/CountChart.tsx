import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link } from 'react-router-dom';
import type { CountLine } from '../../api/types';
import { ChartTable } from './ChartTable';
import { formatCount } from '../../components/format';

const maxBars = 12;
export const chartColours = ['#0d6efd', '#198754', '#fd7e14', '#dc3545', '#6f42c1', '#20c997', '#6c757d'];
export const axisTick = { fill: '#888', fontSize: 12 };

/** The biggest lines as bars, the rest summed as "other"; a null key is "(not set)". */
export function chartLines(lines: CountLine[]): { key: string; value: string | null; total: number }[] {
  const sorted = [...lines].sort((a, b) => b.total - a.total);
  const top = sorted.slice(0, maxBars).map((l) => ({ key: l.key ?? '(not set)', value: l.key, total: l.total }));
  const rest = sorted.slice(maxBars).reduce((sum, l) => sum + l.total, 0);
  return rest > 0 ? [...top, { key: 'other', value: null, total: rest }] : top;
}

/** Asset counts by one dimension: a bar chart, and the full numbers as a table for screen readers and exact reading. */
export function CountChart({ title, lines, filter, testId }: {
  title: string;
  lines: CountLine[];
  /** The asset list filter a line links to, e.g. "service". */
  filter: string;
  testId: string;
}) {
  const data = chartLines(lines);
  return (
    <section className="card h-100" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <div className="card-body">
        <h2 className="h6 card-title" id={`${testId}-title`}>
          {title}
        </h2>
        {data.length === 0 ? (
          <p className="text-body-secondary">No assets yet.</p>
        ) : (
          <div className="chart-box" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} tick={axisTick} />
                <YAxis type="category" dataKey="key" width={110} tick={axisTick} interval={0} />
                <Tooltip />
                <Bar dataKey="total" name="Assets" fill={chartColours[0]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
        <ChartTable first={title.replace(/^By /, '')} numbers={['Total', 'Active', 'Gone']}>
          {lines.map((line) => (
            <tr key={line.key ?? ''} data-key={line.key ?? ''}>
              <td>
                {line.key ? <Link to={`/assets?${filter}=${encodeURIComponent(line.key)}`}>{line.key}</Link> : '(not set)'}
              </td>
              <td className="text-end" data-testid="line-total">{formatCount(line.total)}</td>
              <td className="text-end">{formatCount(line.active)}</td>
              <td className="text-end">{formatCount(line.gone)}</td>
            </tr>
          ))}
        </ChartTable>
      </div>
    </section>
  );
}
