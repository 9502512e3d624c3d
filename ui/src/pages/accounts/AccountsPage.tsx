import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { accountsApi } from '../../api/accounts';
import type { Account } from '../../api/types';
import { CanEdit, useCanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMoney } from '../../components/format';
import { Loading } from '../../components/Loading';
import { NumberedPager } from '../../components/NumberedPager';
import { PageHeader } from '../../components/PageHeader';
import { AccountForm } from './AccountForm';
import { CostsSummary } from './CostsSummary';
import { ImportMembersDialog } from './ImportMembersDialog';
import { RemoveAccountDialog } from './RemoveAccountDialog';
import { TestConnectionDialog } from './TestConnectionDialog';

const pageSize = 50;

type Dialog =
  | { kind: 'register' }
  | { kind: 'edit' | 'test' | 'import' | 'remove'; account: Account }
  | null;

const credentialNames: Record<string, string> = { defaultChain: 'Default chain', accessKey: 'Access key', assumeRole: 'Assumed role' };

export default function AccountsPage() {
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const canEdit = useCanEdit();
  const queryClient = useQueryClient();
  const accounts = useQuery({
    queryKey: ['accounts', page],
    queryFn: ({ signal }) => accountsApi.list(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
  const activation = useMutation({
    mutationFn: (a: Account) => (a.active ? accountsApi.deactivate(a.accountId) : accountsApi.reactivate(a.accountId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader title="Accounts">
        <CanEdit>
          <button type="button" className="btn btn-primary" onClick={() => { setSaved(null); setDialog({ kind: 'register' }); }}>Register account</button>
        </CanEdit>
      </PageHeader>
      {saved && <div className="alert alert-success" role="status">{saved}</div>}
      <CostsSummary />
      {accounts.error && <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} />}
      {activation.error && <ErrorAlert error={activation.error} title="The account's state was not changed." />}
      {accounts.isPending && <Loading label="Loading accounts" />}
      {accounts.data && accounts.data.total === 0 && <p>No account is registered yet.</p>}
      {accounts.data && accounts.data.total > 0 && (
        <>
          <p className="text-body-secondary">{accounts.data.total} registered accounts.</p>
          <div className="table-responsive">
            <table className="table table-hover align-middle" data-testid="accounts-table">
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
                  {canEdit && <th scope="col"><span className="visually-hidden">Actions</span></th>}
                </tr>
              </thead>
              <tbody>
                {accounts.data.items.map((a) => (
                  <tr key={a.accountId}>
                    <td className="text-nowrap">
                      <Link to={`/assets?accountId=${a.accountId}`} title="Assets of this account" className="mono">{a.accountId}</Link>
                    </td>
                    <td>{a.displayName}</td>
                    <td>{a.kind}</td>
                    <td>{a.environment}</td>
                    <td className="small">{a.regions.length ? a.regions.join(', ') : 'all enabled'}</td>
                    <td className="small">
                      {credentialNames[a.credentials.type] ?? a.credentials.type}
                      {a.credentials.type === 'assumeRole' && <span className="d-block text-body-secondary">{a.credentials.roleName} via {a.credentials.managementAccountId}</span>}
                      {a.credentials.type === 'accessKey' && <span className="d-block text-body-secondary mono">{a.credentials.accessKeyId}</span>}
                    </td>
                    <td>{a.active ? <span className="badge text-bg-success">Active</span> : <span className="badge text-bg-secondary">Deactivated</span>}</td>
                    <td className="text-end" title={a.costs ? `Fetched ${a.costs.fetchedAt}` : 'Not fetched'}>
                      {a.costs ? formatMoney(a.costs.thisMonth, a.costs.currency) : '—'}
                    </td>
                    <td className="text-end">{a.costs ? formatMoney(a.costs.lastMonth, a.costs.currency) : '—'}</td>
                    {canEdit && (
                      <td className="text-end" style={{ minWidth: '14rem' }}>
                        <div className="d-flex flex-wrap gap-1 justify-content-end" role="group" aria-label={`Actions for ${a.accountId}`}>
                          <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => { setSaved(null); setDialog({ kind: 'edit', account: a }); }}>Edit</button>
                          <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setDialog({ kind: 'test', account: a })}>Test connection</button>
                          {a.kind === 'management' && (
                            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setDialog({ kind: 'import', account: a })}>Import members</button>
                          )}
                          <button type="button" className="btn btn-sm btn-outline-secondary" disabled={activation.isPending} onClick={() => activation.mutate(a)}>
                            {a.active ? 'Deactivate' : 'Reactivate'}
                          </button>
                          <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setDialog({ kind: 'remove', account: a })}>Remove</button>
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <NumberedPager page={page} pageSize={pageSize} total={accounts.data.total} onPage={setPage} label="Account pages" />
        </>
      )}
      {dialog?.kind === 'register' && (
        <AccountForm onClose={close} onSaved={(a) => { close(); setSaved(`Account ${a.accountId} (${a.displayName}) is registered.`); }} />
      )}
      {dialog?.kind === 'edit' && (
        <AccountForm account={dialog.account} onClose={close} onSaved={(a) => { close(); setSaved(`Account ${a.accountId} is saved.`); }} />
      )}
      {dialog?.kind === 'test' && <TestConnectionDialog account={dialog.account} onClose={close} />}
      {dialog?.kind === 'import' && <ImportMembersDialog account={dialog.account} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveAccountDialog account={dialog.account} onClose={close} />}
    </>
  );
}
