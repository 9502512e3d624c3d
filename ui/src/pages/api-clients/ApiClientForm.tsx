import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, assignableRoles, type RegisteredApiClient } from '../../api/admin';
import type { ApiClient, Role } from '../../api/types';
import { roleNames } from '../../auth/roles';
import { CopyButton } from '../../components/CopyButton';
import { FormProblem, SelectField, TextField } from '../../components/FormField';
import { Modal } from '../../components/Modal';

export const apiClientsKey = ['admin', 'api-clients'] as const;

/** Registers a client (then shows its secret, this once) or changes its name, role and whether its tokens work. */
export function ApiClientForm({ client, onClose, onSaved }: { client?: ApiClient; onClose(): void; onSaved(client: ApiClient): void }) {
  const editing = client !== undefined;
  const [name, setName] = useState(client?.name ?? '');
  const [role, setRole] = useState<Role>(client?.role ?? 'ReadOnly');
  const [active, setActive] = useState(client?.active ?? true);
  const [registered, setRegistered] = useState<RegisteredApiClient | null>(null);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => (editing ? adminApi.changeApiClient(client.id, { name, role, active }) : adminApi.createApiClient(name, role)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: apiClientsKey });
      if (editing) onSaved(saved);
      else setRegistered(saved as RegisteredApiClient);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  if (registered) return <SecretOnce client={registered} onClose={() => onSaved(registered)} />;
  const error = save.error;
  return (
    <Modal title={editing ? `Edit ${client.name}` : 'New API client'} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label={editing ? 'Edit API client' : 'New API client'}>
        {error && <FormProblem error={error} fields={['name', 'role', 'active']} />}
        <TextField label="Name" name="name" value={name} onChange={setName} error={error} maxLength={100} required
          help="Names the client in the history of everything it changes." />
        <SelectField label="Role" name="role" value={role} onChange={(v) => setRole(v as Role)} error={error}
          options={assignableRoles.map((r) => ({ value: r, label: roleNames[r] }))} />
        {editing && (
          <div className="form-check form-switch mb-3">
            <input id="client-active" type="checkbox" role="switch" className="form-check-input" checked={active} onChange={(e) => setActive(e.target.checked)} />
            <label htmlFor="client-active" className="form-check-label">Active (its tokens work)</label>
          </div>
        )}
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>{editing ? 'Save' : 'Create client'}</button>
        </div>
      </form>
    </Modal>
  );
}

/** The secret exists in the clear only in this answer; the page says so and offers to copy it. */
export function SecretOnce({ client, onClose }: { client: RegisteredApiClient; onClose(): void }) {
  return (
    <Modal title={`${client.name} is registered`} onClose={onClose}
      footer={<button type="button" className="btn btn-primary" onClick={onClose}>I have stored the secret</button>}>
      <div className="alert alert-warning" role="alert">
        Copy the secret now. It is shown only this once; if it is lost, delete the client and register a new one.
      </div>
      <dl>
        <dt>Client id</dt>
        <dd className="d-flex align-items-center gap-2"><code data-testid="new-client-id">{client.clientId}</code><CopyButton value={client.clientId} label="Copy id" /></dd>
        <dt>Client secret</dt>
        <dd className="d-flex align-items-center gap-2 flex-wrap">
          <code data-testid="new-client-secret" className="user-select-all">{client.secret}</code>
          <CopyButton value={client.secret} label="Copy secret" />
        </dd>
      </dl>
      <p className="small text-body-secondary mb-0">
        The client gets a token from <code>POST /connect/token</code> with <code>grant_type=client_credentials</code>, its id and secret, and sends it as
        <code> Authorization: Bearer</code>.
      </p>
    </Modal>
  );
}
