import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountEnvironments, accountsApi, defaultRoleName, type MembersImported } from '../../api/accounts';
import type { Account } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { listFieldErrors, listFieldKeys, splitList } from '../../components/fieldErrors';
import { FormField, FormProblem, SelectField, TextField } from '../../components/FormField';
import { Modal } from '../../components/Modal';
import { ApiError } from '../../api/client';

const reasons: Record<string, string> = {
  managementAccount: 'The management account itself',
  alreadyRegistered: 'Already a member of this account',
  registeredOtherwise: 'Registered otherwise',
  notActive: 'Not active',
  invalid: 'Cannot be registered',
};

/** Registers the active accounts of a management account's organisation, then shows what was imported and what was skipped and why. */
export function ImportMembersDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const [environment, setEnvironment] = useState('');
  const [regions, setRegions] = useState('');
  const [roleName, setRoleName] = useState('');
  const [externalId, setExternalId] = useState('');
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => accountsApi.importMembers(account.accountId, {
      environment: environment || undefined,
      regions: regions.trim() ? splitList(regions) : undefined,
      credentials: { roleName: roleName.trim() || undefined, externalId: externalId || undefined },
    }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  const error = run.error;
  // AWS's refusal (502, or 409 when the account runs no organisation) names its code and message.
  const aws = error instanceof ApiError && typeof error.problem.errorCode === 'string' ? error.problem : null;
  return (
    <Modal title={`Import the organisation of ${account.displayName}`} onClose={onClose} size="lg">
      {run.data ? (
        <ImportResult result={run.data} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate aria-label="Import members">
          <p>
            Every active account AWS Organizations lists for <span className="mono">{account.accountId}</span> is registered as a member,
            reached by assuming a role. Accounts already registered are left as they are.
          </p>
          {aws && (
            <div className="alert alert-danger" role="alert">
              <strong className="d-block">{error instanceof ApiError ? error.problem.title : ''}</strong>
              <code>{String(aws.errorCode)}</code>: {String(aws.message ?? '')}
            </div>
          )}
          {error && !aws && (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0
            ? <FormProblem error={error} fields={['environment', 'regions', 'credentials.roleName', 'credentials.externalId', ...listFieldKeys(error, 'regions')]} />
            : <ErrorAlert error={error} />)}
          <div className="row g-2">
            <div className="col-md-6">
              <SelectField label="Environment" name="environment" value={environment} onChange={setEnvironment} error={error}
                options={[{ value: '', label: `As the management account (${account.environment})` },
                  ...accountEnvironments.map((e) => ({ value: e, label: e[0].toUpperCase() + e.slice(1) }))]} />
            </div>
            <div className="col-md-6">
              <FormField label="Regions" name="regions" messages={listFieldErrors(error, 'regions')} help="Empty: every enabled region.">
                {(f) => (
                  <input id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={regions} aria-describedby={f.describedBy}
                    aria-invalid={f.invalid || undefined} onChange={(e) => setRegions(e.target.value)} />
                )}
              </FormField>
            </div>
            <div className="col-md-6">
              <TextField label="Role name" name="credentials.roleName" value={roleName} onChange={setRoleName} error={error} placeholder={defaultRoleName} />
            </div>
            <div className="col-md-6">
              <TextField label="External id" name="credentials.externalId" type="password" value={externalId} onChange={setExternalId} error={error}
                autoComplete="new-password" help="Optional." />
            </div>
          </div>
          <div className="d-flex gap-2 justify-content-end">
            <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
            <button type="submit" className="btn btn-primary" disabled={run.isPending}>
              {run.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
              Import members
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}

function ImportResult({ result, onClose }: { result: MembersImported; onClose(): void }) {
  return (
    <div data-testid="import-result">
      <h3 className="h6">Imported ({result.imported.length})</h3>
      {result.imported.length === 0 ? <p className="text-body-secondary">No account was imported.</p> : (
        <table className="table table-sm">
          <thead><tr><th scope="col">Account</th><th scope="col">Name</th><th scope="col">Environment</th><th scope="col">Role</th></tr></thead>
          <tbody>
            {result.imported.map((a) => (
              <tr key={a.accountId}>
                <td className="mono">{a.accountId}</td><td>{a.displayName}</td><td>{a.environment}</td><td className="small">{a.credentials.roleName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="h6">Skipped ({result.skipped.length})</h3>
      {result.skipped.length === 0 ? <p className="text-body-secondary">Nothing was skipped.</p> : (
        <table className="table table-sm">
          <thead><tr><th scope="col">Account</th><th scope="col">Name</th><th scope="col">Status</th><th scope="col">Why</th></tr></thead>
          <tbody>
            {result.skipped.map((s) => (
              <tr key={s.accountId}>
                <td className="mono">{s.accountId}</td><td>{s.name}</td><td>{s.status}</td>
                <td><strong>{reasons[s.reason] ?? s.reason}</strong><span className="d-block small">{s.detail}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="d-flex justify-content-end"><button type="button" className="btn btn-secondary" onClick={onClose}>Close</button></div>
    </div>
  );
}
