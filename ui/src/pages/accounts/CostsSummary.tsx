import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi, type ManagementCosts } from '../../api/accounts';
import { useCanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatMoney } from '../../components/format';

/** Whether every management account a refresh was for has an outcome carrying its id. */
function refreshed(items: ManagementCosts[] | undefined, refresh: { refreshId: string; managementAccountIds: string[] } | null): boolean {
  if (!refresh || !items) return true;
  return refresh.managementAccountIds.every((id) => items.find((i) => i.managementAccountId === id)?.lastRefreshId === refresh.refreshId);
}

/** Each management account's spend this month and last (from Cost Explorer), when it was fetched, and a refresh for admins. */
export function CostsSummary() {
  const canEdit = useCanEdit();
  const queryClient = useQueryClient();
  const [refresh, setRefresh] = useState<{ refreshId: string; managementAccountIds: string[] } | null>(null);
  const costs = useQuery({
    queryKey: ['costs'],
    queryFn: ({ signal }) => accountsApi.costs(signal),
    // While a refresh runs, follow it until every account it asked for has answered.
    refetchInterval: (query) => (refreshed(query.state.data?.items, refresh) ? false : 1500),
  });
  const pending = !refreshed(costs.data?.items, refresh);
  const start = useMutation({
    mutationFn: () => accountsApi.refreshCosts(),
    onSuccess: (accepted) => {
      setRefresh(accepted);
      void queryClient.invalidateQueries({ queryKey: ['costs'] });
    },
  });
  useEffect(() => {
    if (!refresh || pending) return;
    // The refresh is done: the accounts' own figures come from the same fetch.
    setRefresh(null);
    void queryClient.invalidateQueries({ queryKey: ['accounts'] });
  }, [refresh, pending, queryClient]);
  if (costs.error) return <ErrorAlert error={costs.error} title="Costs could not be loaded." onRetry={() => costs.refetch()} />;
  const items = costs.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="mb-4" aria-labelledby="costs-heading">
      <div className="d-flex align-items-center gap-2 mb-2">
        <h2 id="costs-heading" className="h5 mb-0 me-auto">Costs by management account</h2>
        {canEdit && (
          <button type="button" className="btn btn-sm btn-outline-secondary" disabled={start.isPending || pending} onClick={() => start.mutate()}>
            {(start.isPending || pending) && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Refresh costs
          </button>
        )}
      </div>
      {start.error && <ErrorAlert error={start.error} />}
      <div className="table-responsive">
        <table className="table table-sm align-middle">
          <thead>
            <tr>
              <th scope="col">Management account</th><th scope="col" className="text-end">This month</th>
              <th scope="col" className="text-end">Last month</th><th scope="col">Fetched</th><th scope="col">Last problem</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.managementAccountId}>
                <td>{m.displayName} <span className="mono text-body-secondary">{m.managementAccountId}</span></td>
                <td className="text-end">
                  {m.thisMonth ? formatMoney(m.thisMonth.total, m.currency) : '—'}
                  {m.thisMonth?.estimated && <span className="small text-body-secondary"> (estimated)</span>}
                </td>
                <td className="text-end">{m.lastMonth ? formatMoney(m.lastMonth.total, m.currency) : '—'}</td>
                <td className="small">{m.fetchedAt ? formatDateTime(m.fetchedAt) : 'Never'}</td>
                <td className="small text-danger">{m.lastError && <><code>{m.lastError.errorCode}</code> {m.lastError.message}</>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
