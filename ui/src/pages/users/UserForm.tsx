import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, assignableRoles } from '../../api/admin';
import type { Role, User } from '../../api/types';
import { roleNames } from '../../auth/roles';
import { FormProblem, SelectField, TextField } from '../../components/FormField';
import { Modal } from '../../components/Modal';

export const usersKey = ['admin', 'users'] as const;

/** Creates a local user, or changes one's details, role and whether they may sign in; refusals show as the API words them. */
export function UserForm({ user, onClose, onSaved }: { user?: User; onClose(): void; onSaved(user: User): void }) {
  const editing = user !== undefined;
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState(user?.email ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'ReadOnly');
  const [active, setActive] = useState(user?.active ?? true);
  const [password, setPassword] = useState('');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => (editing
      ? adminApi.changeUser(user.id, { email, displayName, role, active })
      : adminApi.createUser({ username, email, displayName, role, password })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: usersKey });
      onSaved(saved);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const error = save.error;
  const roles = user?.role === 'Superadmin' ? ['Superadmin' as Role, ...assignableRoles] : assignableRoles;
  return (
    <Modal title={editing ? `Edit ${user.username}` : 'New user'} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label={editing ? 'Edit user' : 'New user'}>
        {error && <FormProblem error={error} fields={['username', 'email', 'displayName', 'role', 'active', 'password']} />}
        {!editing && (
          <TextField label="Username" name="username" value={username} onChange={setUsername} error={error} autoComplete="off" required />
        )}
        <TextField label="Name" name="displayName" value={displayName} onChange={setDisplayName} error={error} maxLength={200} />
        <TextField label="E-mail" name="email" type="email" value={email} onChange={setEmail} error={error} autoComplete="off"
          help="Password reset links go here." />
        <SelectField label="Role" name="role" value={role} onChange={(v) => setRole(v as Role)} error={error}
          options={roles.map((r) => ({ value: r, label: roleNames[r] }))}
          help="Read-only users see everything and change nothing; admins also manage accounts, discovery and people." />
        {!editing && (
          <TextField label="Password" name="password" type="password" value={password} onChange={setPassword} error={error}
            autoComplete="new-password" help="At least 8 characters. Tell the user, who can change it on their profile." required />
        )}
        {editing && (
          <div className="form-check form-switch mb-3">
            <input id="user-active" type="checkbox" role="switch" className="form-check-input" checked={active} onChange={(e) => setActive(e.target.checked)} />
            <label htmlFor="user-active" className="form-check-label">May sign in (active)</label>
          </div>
        )}
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            {editing ? 'Save' : 'Create user'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** An administrator sets a local user's password without knowing the old one. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: User; onClose(): void; onDone(): void }) {
  const [password, setPassword] = useState('');
  const reset = useMutation({ mutationFn: () => adminApi.resetPassword(user.id, password), onSuccess: onDone });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate();
  };
  return (
    <Modal title={`New password for ${user.username}`} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label="Reset password">
        {reset.error && <FormProblem error={reset.error} fields={['newPassword']} />}
        <TextField label="New password" name="newPassword" type="password" value={password} onChange={setPassword} error={reset.error}
          autoComplete="new-password" help="At least 8 characters." required />
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary" disabled={reset.isPending || !password}>Set password</button>
        </div>
      </form>
    </Modal>
  );
}
