import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CostTotals } from '../../api/types';
import { formatDateTime, formatMoney } from '../../components/format';
import { axisTick } from './CountChart';

/** Spend this month (to date) and last month, in total and per account. */
export function CostCard({ costs }: { costs: CostTotals }) {
  const data = costs.byAccount.map((a) => ({ account: a.name || a.accountId, 'This month': a.thisMonth, 'Last month': a.lastMonth }));
  return (
    <section className="card h-100" aria-labelledby="costs-title" data-testid="costs">
      <div className="card-body">
        <h2 className="h6 card-title" id="costs-title">
          Cost
        </h2>
        {costs.thisMonth === null ? (
          <p className="text-body-secondary mb-0">No cost figures yet: they appear after the first cost refresh of a management account.</p>
        ) : (
          <>
            <div className="d-flex gap-4 mb-2">
              <div>
                <div className="small text-body-secondary">This month</div>
                <div className="fs-4" data-testid="cost-this-month">{formatMoney(costs.thisMonth, costs.currency)}</div>
              </div>
              <div>
                <div className="small text-body-secondary">Last month</div>
                <div className="fs-4" data-testid="cost-last-month">{formatMoney(costs.lastMonth, costs.currency)}</div>
              </div>
            </div>
            {data.length > 0 && (
              <div className="chart-box" aria-hidden="true">
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={data}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="account" tick={axisTick} />
                    <YAxis tick={axisTick} />
                    <Tooltip formatter={(v) => formatMoney(Number(v), costs.currency)} />
                    <Legend />
                    <Bar dataKey="Last month" fill="#6c757d" isAnimationActive={false} />
                    <Bar dataKey="This month" fill="#fd7e14" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            )}
            <p className="small text-body-secondary mb-0">Fetched {formatDateTime(costs.fetchedAt)}</p>
          </>
        )}
      </div>
    </section>
  );
}
