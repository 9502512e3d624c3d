import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { accountsApi } from '../../api/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMoney } from '../../components/format';
import { Loading } from '../../components/Loading';
import { NumberedPager } from '../../components/NumberedPager';
import { PageHeader } from '../../components/PageHeader';

const pageSize = 50;

export default function AccountsPage() {
  const [page, setPage] = useState(1);
  const accounts = useQuery({
    queryKey: ['accounts', page],
    queryFn: ({ signal }) => accountsApi.list(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader title="Accounts" />
      {accounts.error && <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} />}
      {accounts.isPending && <Loading label="Loading accounts" />}
      {accounts.data && (
        <>
          <p className="text-body-secondary">{accounts.data.total} registered accounts.</p>
          <div className="table-responsive">
            <table className="table table-hover align-middle">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Environment</th>
                  <th scope="col">Regions</th>
                  <th scope="col">Credentials</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="text-end">Cost this month</th>
                  <th scope="col" className="text-end">Last month</th>
                </tr>
              </thead>
              <tbody>
                {accounts.data.items.map((a) => (
                  <tr key={a.accountId}>
                    <td>
                      <Link to={`/assets?accountId=${a.accountId}`} title="Assets of this account">{a.accountId}</Link>
                    </td>
                    <td>{a.displayName}</td>
                    <td>{a.kind}</td>
                    <td>{a.environment}</td>
                    <td className="small">{a.regions.length ? a.regions.join(', ') : 'all enabled'}</td>
                    <td className="small">{a.credentials.type}</td>
                    <td>{a.active ? <span className="badge text-bg-success">Active</span> : <span className="badge text-bg-secondary">Deactivated</span>}</td>
                    <td className="text-end">{a.costs ? formatMoney(a.costs.thisMonth, a.costs.currency) : '—'}</td>
                    <td className="text-end">{a.costs ? formatMoney(a.costs.lastMonth, a.costs.currency) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <NumberedPager page={page} pageSize={pageSize} total={accounts.data.total} onPage={setPage} label="Account pages" />
        </>
      )}
    </>
  );
}
