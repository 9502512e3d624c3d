import { useQuery } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import { roleNames } from '../../auth/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { SettingsNav } from '../settings/SettingsNav';

export default function ApiClientsPage() {
  const clients = useQuery({ queryKey: ['admin', 'api-clients'], queryFn: ({ signal }) => adminApi.apiClients(signal) });
  return (
    <>
      <PageHeader title="API clients" />
      <SettingsNav />
      {clients.error && <ErrorAlert error={clients.error} onRetry={() => clients.refetch()} />}
      {clients.isPending && <Loading label="Loading API clients" />}
      {clients.data && clients.data.length === 0 && <p>No API clients.</p>}
      {clients.data && clients.data.length > 0 && (
        <table className="table table-hover">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Client id</th><th scope="col">Role</th><th scope="col">Status</th>
              <th scope="col">Created</th><th scope="col">By</th></tr>
          </thead>
          <tbody>
            {clients.data.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td><td className="mono">{c.clientId}</td><td>{roleNames[c.role] ?? c.role}</td>
                <td>{c.active ? 'Active' : 'Disabled'}</td><td>{formatDateTime(c.createdAt)}</td><td>{c.createdBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
