import { useQuery } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import { roleNames } from '../../auth/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { SettingsNav } from '../settings/SettingsNav';

export default function UsersPage() {
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: ({ signal }) => adminApi.users(signal) });
  return (
    <>
      <PageHeader title="Users" />
      <SettingsNav />
      {users.error && <ErrorAlert error={users.error} onRetry={() => users.refetch()} />}
      {users.isPending && <Loading label="Loading users" />}
      {users.data && (
        <table className="table table-hover">
          <thead>
            <tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th>
              <th scope="col">Sign-in</th><th scope="col">Status</th><th scope="col">Last signed in</th></tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td><td>{u.displayName}</td><td>{u.email}</td><td>{roleNames[u.role] ?? u.role}</td>
                <td>{u.authSource === 'Oidc' ? 'SSO' : 'Password'}</td><td>{u.active ? 'Active' : 'Deactivated'}</td>
                <td>{formatDateTime(u.lastSignInAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
