import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import type { ApiClient } from '../../api/types';
import { roleNames } from '../../auth/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { NumberedPager } from '../../components/NumberedPager';
import { PageHeader } from '../../components/PageHeader';
import { SettingsNav } from '../settings/SettingsNav';
import { ApiClientForm, apiClientsKey } from './ApiClientForm';

const pageSize = 50;
type Dialog = { kind: 'create' } | { kind: 'edit' | 'delete'; client: ApiClient } | null;

export default function ApiClientsPage() {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const queryClient = useQueryClient();
  const clients = useQuery({ queryKey: apiClientsKey, queryFn: ({ signal }) => adminApi.apiClients(signal) });
  const toggle = useMutation({
    mutationFn: (c: ApiClient) => adminApi.changeApiClient(c.id, { name: c.name, role: c.role, active: !c.active }),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: apiClientsKey });
      setNotice(`${c.name} is ${c.active ? 'enabled' : 'disabled'}.`);
    },
  });
  const remove = useMutation({
    mutationFn: (c: ApiClient) => adminApi.deleteApiClient(c.id),
    onSuccess: async (_, c) => {
      await queryClient.invalidateQueries({ queryKey: apiClientsKey });
      setDialog(null);
      setNotice(`${c.name} is deleted; its tokens stop working within a minute.`);
    },
  });
  const open = (next: Dialog) => {
    setNotice(null);
    remove.reset();
    setDialog(next);
  };
  const close = () => setDialog(null);
  const rows = clients.data?.slice((page - 1) * pageSize, page * pageSize) ?? [];
  return (
    <>
      <PageHeader title="API clients">
        <button type="button" className="btn btn-primary" onClick={() => open({ kind: 'create' })}>New API client</button>
      </PageHeader>
      <SettingsNav />
      {notice && <div className="alert alert-success" role="status">{notice}</div>}
      {toggle.error && <ErrorAlert error={toggle.error} title="The client was not changed." />}
      {clients.error && <ErrorAlert error={clients.error} onRetry={() => clients.refetch()} />}
      {clients.isPending && <Loading label="Loading API clients" />}
      {clients.data && clients.data.length === 0 && <p>No API clients. Register one for each program that calls the API.</p>}
      {rows.length > 0 && (
        <div className="table-responsive">
          <table className="table table-hover align-middle" data-testid="api-clients-table">
            <thead>
              <tr>
                <th scope="col">Name</th><th scope="col">Client id</th><th scope="col">Role</th><th scope="col">Status</th>
                <th scope="col">Created</th><th scope="col">By</th><th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td><td className="mono">{c.clientId}</td><td>{roleNames[c.role] ?? c.role}</td>
                  <td>{c.active ? <span className="badge text-bg-success">Active</span> : <span className="badge text-bg-secondary">Disabled</span>}</td>
                  <td className="small">{formatDateTime(c.createdAt)}</td><td className="small">{c.createdBy}</td>
                  <td className="text-end text-nowrap">
                    <div className="btn-group btn-group-sm" role="group" aria-label={`Actions for ${c.name}`}>
                      <button type="button" className="btn btn-outline-secondary" onClick={() => open({ kind: 'edit', client: c })}>Edit</button>
                      <button type="button" className="btn btn-outline-secondary" disabled={toggle.isPending} onClick={() => toggle.mutate(c)}>
                        {c.active ? 'Disable' : 'Enable'}
                      </button>
                      <button type="button" className="btn btn-outline-danger" onClick={() => open({ kind: 'delete', client: c })}>Delete</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {clients.data && <NumberedPager page={page} pageSize={pageSize} total={clients.data.length} onPage={setPage} label="API client pages" />}
      {dialog?.kind === 'create' && <ApiClientForm onClose={close} onSaved={(c) => { close(); setNotice(`${c.name} is registered.`); }} />}
      {dialog?.kind === 'edit' && <ApiClientForm client={dialog.client} onClose={close} onSaved={(c) => { close(); setNotice(`${c.name} is saved.`); }} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog title={`Delete ${dialog.client.name}`} confirmLabel="Delete client" onConfirm={() => remove.mutate(dialog.client)} onClose={close}
          pending={remove.isPending} error={remove.error}>
          <p>Programs using <code>{dialog.client.clientId}</code> can no longer get tokens, and their tokens stop working within a minute.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
