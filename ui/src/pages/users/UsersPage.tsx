import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import type { User } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { roleNames } from '../../auth/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { NumberedPager } from '../../components/NumberedPager';
import { PageHeader } from '../../components/PageHeader';
import { SettingsNav } from '../settings/SettingsNav';
import { ResetPasswordDialog, UserForm, usersKey } from './UserForm';

const pageSize = 50;
type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset' | 'end-sessions' | 'delete'; user: User } | null;

export default function UsersPage() {
  const { user: me } = useAuth();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(1);
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: usersKey, queryFn: ({ signal }) => adminApi.users(signal) });
  const remove = useMutation({
    mutationFn: (u: User) => adminApi.deleteUser(u.id),
    onSuccess: async (_, u) => {
      await queryClient.invalidateQueries({ queryKey: usersKey });
      setDialog(null);
      setNotice(`${u.username} is deleted.`);
    },
  });
  const endSessions = useMutation({
    mutationFn: (u: User) => adminApi.endSessions(u.id),
    onSuccess: (_, u) => {
      setDialog(null);
      setNotice(`${u.username} is signed out of every browser.`);
    },
  });
  const open = (next: Dialog) => {
    setNotice(null);
    remove.reset();
    endSessions.reset();
    setDialog(next);
  };
  const close = () => setDialog(null);
  const needle = filter.trim().toLowerCase();
  const shown = (users.data ?? []).filter((u) => !needle || [u.username, u.displayName, u.email].some((v) => v?.toLowerCase().includes(needle)));
  const rows = shown.slice((page - 1) * pageSize, page * pageSize);
  return (
    <>
      <PageHeader title="Users">
        <button type="button" className="btn btn-primary" onClick={() => open({ kind: 'create' })}>New user</button>
      </PageHeader>
      <SettingsNav />
      {notice && <div className="alert alert-success" role="status">{notice}</div>}
      {users.error && <ErrorAlert error={users.error} onRetry={() => users.refetch()} />}
      {users.isPending && <Loading label="Loading users" />}
      {users.data && (
        <>
          <div className="mb-2" style={{ maxWidth: '20rem' }}>
            <label htmlFor="user-filter" className="visually-hidden">Find a user</label>
            <input id="user-filter" type="search" className="form-control form-control-sm" placeholder="Find by name or e-mail" value={filter}
              onChange={(e) => { setFilter(e.target.value); setPage(1); }} />
          </div>
          <div className="table-responsive">
            <table className="table table-hover align-middle" data-testid="users-table">
              <thead>
                <tr>
                  <th scope="col">Username</th><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th>
                  <th scope="col">Signs in with</th><th scope="col">Status</th><th scope="col">Last signed in</th>
                  <th scope="col"><span className="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id}>
                    <td>{u.username}{u.username === me?.username && <span className="badge text-bg-light ms-1">you</span>}</td>
                    <td>{u.displayName}</td><td>{u.email}</td><td>{roleNames[u.role] ?? u.role}</td>
                    <td>{u.authSource === 'Oidc' ? 'Single sign-on' : 'Password'}</td>
                    <td>{u.active ? <span className="badge text-bg-success">Active</span> : <span className="badge text-bg-secondary">Deactivated</span>}</td>
                    <td className="small">{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'}</td>
                    <td className="text-end text-nowrap">
                      <div className="btn-group btn-group-sm" role="group" aria-label={`Actions for ${u.username}`}>
                        <button type="button" className="btn btn-outline-secondary" onClick={() => open({ kind: 'edit', user: u })}>Edit</button>
                        {u.authSource === 'Local' && (
                          <button type="button" className="btn btn-outline-secondary" onClick={() => open({ kind: 'reset', user: u })}>Reset password</button>
                        )}
                        <button type="button" className="btn btn-outline-secondary" onClick={() => open({ kind: 'end-sessions', user: u })}>End sessions</button>
                        <button type="button" className="btn btn-outline-danger" onClick={() => open({ kind: 'delete', user: u })}>Delete</button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <NumberedPager page={page} pageSize={pageSize} total={shown.length} onPage={setPage} label="User pages" />
        </>
      )}
      {dialog?.kind === 'create' && <UserForm onClose={close} onSaved={(u) => { close(); setNotice(`${u.username} can now sign in.`); }} />}
      {dialog?.kind === 'edit' && <UserForm user={dialog.user} onClose={close} onSaved={(u) => { close(); setNotice(`${u.username} is saved.`); }} />}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog user={dialog.user} onClose={close} onDone={() => { close(); setNotice(`${dialog.user.username} has a new password.`); }} />
      )}
      {dialog?.kind === 'end-sessions' && (
        <ConfirmDialog title={`End ${dialog.user.username}'s sessions`} confirmLabel="Sign out of every browser" onConfirm={() => endSessions.mutate(dialog.user)}
          onClose={close} pending={endSessions.isPending} error={endSessions.error}>
          <p>{dialog.user.username} is signed out of every browser now (a lost laptop, a shared machine) and may sign in again.</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog title={`Delete ${dialog.user.username}`} confirmLabel="Delete user" onConfirm={() => remove.mutate(dialog.user)} onClose={close}
          pending={remove.isPending} error={remove.error}>
          <p>{dialog.user.username} will no longer be able to sign in. What they did stays in the history under their name.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
