import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayActivity } from '../../api/types';
import { ChartTable } from './ChartTable';
import { axisTick } from './CountChart';

/** New, changed and gone assets per UTC day over the last 30 days. */
export function ActivityChart({ daily }: { daily: DayActivity[] }) {
  const data = daily.map((d) => ({
    day: d.day.slice(5),
    New: d.counts.new + d.counts.reappeared,
    Changed: d.counts.changed,
    Gone: d.counts.gone + d.counts.decommissioned,
  }));
  return (
    <section className="card h-100" aria-labelledby="activity-title" data-testid="activity-chart">
      <div className="card-body">
        <h2 className="h6 card-title" id="activity-title">
          New, changed and gone per day (30 days)
        </h2>
        <div className="chart-box" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tick={axisTick} />
              <YAxis allowDecimals={false} tick={axisTick} />
              <Tooltip />
              <Legend />
              <Bar dataKey="New" fill="#198754" isAnimationActive={false} />
              <Bar dataKey="Changed" fill="#0d6efd" isAnimationActive={false} />
              <Bar dataKey="Gone" fill="#dc3545" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable first="Day (UTC)" numbers={['New', 'Changed', 'Gone']}>
          {daily.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td className="text-end">{d.counts.new + d.counts.reappeared}</td>
              <td className="text-end">{d.counts.changed}</td>
              <td className="text-end">{d.counts.gone + d.counts.decommissioned}</td>
            </tr>
          ))}
        </ChartTable>
      </div>
    </section>
  );
}
