import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountEnvironments, accountKinds, accountsApi, credentialTypes, defaultRoleName, type CredentialType } from '../../api/accounts';
import type { Account } from '../../api/types';
import { fieldMessages, listFieldErrors, listFieldKeys } from '../../components/fieldErrors';
import { FormField, FormProblem, SelectField, TextField } from '../../components/FormField';
import { Modal } from '../../components/Modal';
import { emptyAccount, inputOf, valuesOf, type AccountValues } from './accountForm';

const credentialLabels: Record<CredentialType, string> = {
  defaultChain: 'The server’s own AWS credentials (default chain)',
  accessKey: 'An access key',
  assumeRole: 'Assume a role from a management account',
};

const knownFields = ['accountId', 'displayName', 'kind', 'environment', 'regions', 'credentials', 'credentials.type', 'credentials.accessKeyId',
  'credentials.secretAccessKey', 'credentials.managementAccountId', 'credentials.roleName', 'credentials.externalId'];

/** Registers an account (no account given) or edits one; the API's field errors show next to each field. */
export function AccountForm({ account, onClose, onSaved }: { account?: Account; onClose(): void; onSaved(account: Account): void }) {
  const editing = account !== undefined;
  const [values, setValues] = useState<AccountValues>(() => (account ? valuesOf(account) : emptyAccount));
  const set = <K extends keyof AccountValues>(key: K) => (value: AccountValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const queryClient = useQueryClient();
  const management = useQuery({ queryKey: ['costs'], queryFn: ({ signal }) => accountsApi.costs(signal) });
  const save = useMutation({
    mutationFn: () => (editing ? accountsApi.edit(account.accountId, inputOf(values)) : accountsApi.register(values.accountId.trim(), inputOf(values))),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      await queryClient.invalidateQueries({ queryKey: ['costs'] });
      onSaved(saved);
    },
  });
  const error = save.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const stored = account?.credentials;
  const keepsSecret = stored?.type === 'accessKey' && stored.hasSecretAccessKey && values.credentialType === 'accessKey';
  const keepsExternalId = stored?.type === 'assumeRole' && stored.hasExternalId && values.credentialType === 'assumeRole';
  return (
    <Modal title={editing ? `Edit account ${account.accountId}` : 'Register an account'} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate aria-label={editing ? 'Edit account' : 'Register account'}>
        {error && <FormProblem error={error} fields={[...knownFields, ...listFieldKeys(error, 'regions')]} />}
        <div className="row g-2">
          <div className="col-md-6">
            {editing ? (
              <FormField label="Account id" name="accountId">
                {(f) => <input id={f.id} className="form-control-plaintext mono" readOnly value={account.accountId} />}
              </FormField>
            ) : (
              <TextField label="Account id" name="accountId" value={values.accountId} onChange={set('accountId')} error={error}
                inputMode="numeric" autoComplete="off" help="The 12-digit AWS account id." required />
            )}
          </div>
          <div className="col-md-6">
            <TextField label="Name" name="displayName" value={values.displayName} onChange={set('displayName')} error={error} maxLength={200} required />
          </div>
          <div className="col-md-6">
            <SelectField label="Kind" name="kind" value={values.kind} onChange={set('kind')} error={error}
              options={accountKinds.map((k) => ({ value: k, label: k === 'management' ? 'Management (runs an organisation)' : 'Member' }))} />
          </div>
          <div className="col-md-6">
            <SelectField label="Environment" name="environment" value={values.environment} onChange={set('environment')} error={error}
              options={accountEnvironments.map((e) => ({ value: e, label: e[0].toUpperCase() + e.slice(1) }))} />
          </div>
          <div className="col-12">
            <FormField label="Regions" name="regions" messages={listFieldErrors(error, 'regions')}
              help="Comma or space separated, e.g. eu-west-1, us-east-1. Empty: every region enabled in the account.">
              {(f) => (
                <input id={f.id} name={f.name} className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={values.regions}
                  aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} onChange={(e) => set('regions')(e.target.value)} />
              )}
            </FormField>
          </div>
        </div>
        <fieldset className="border rounded p-2 mb-3">
          <legend className="float-none w-auto px-1 fs-6 mb-0">Credentials</legend>
          <FormField label="How the product reaches the account" name="credentials.type" error={error}
            messages={fieldMessages(error, 'credentials')}>
            {(f) => (
              <select id={f.id} className={`form-select${f.invalid ? ' is-invalid' : ''}`} value={values.credentialType} aria-describedby={f.describedBy}
                aria-invalid={f.invalid || undefined} onChange={(e) => set('credentialType')(e.target.value as CredentialType)}>
                {credentialTypes.map((t) => <option key={t} value={t}>{credentialLabels[t]}</option>)}
              </select>
            )}
          </FormField>
          {values.credentialType === 'accessKey' && (
            <div className="row g-2">
              <div className="col-md-6">
                <TextField label="Access key id" name="credentials.accessKeyId" value={values.accessKeyId} onChange={set('accessKeyId')} error={error}
                  autoComplete="off" className="mono" />
              </div>
              <div className="col-md-6">
                <TextField label="Secret access key" name="credentials.secretAccessKey" type="password" value={values.secretAccessKey}
                  onChange={set('secretAccessKey')} error={error} autoComplete="new-password"
                  help={keepsSecret ? 'A secret is stored; leave empty to keep it.' : 'Stored encrypted; never shown again.'} />
              </div>
            </div>
          )}
          {values.credentialType === 'assumeRole' && (
            <div className="row g-2">
              <div className="col-md-6">
                <TextField label="Management account id" name="credentials.managementAccountId" value={values.managementAccountId}
                  onChange={set('managementAccountId')} error={error} list="management-accounts" autoComplete="off"
                  help="A registered management account whose credentials assume the role." />
                <datalist id="management-accounts">
                  {management.data?.items.map((m) => <option key={m.managementAccountId} value={m.managementAccountId}>{m.displayName}</option>)}
                </datalist>
              </div>
              <div className="col-md-6">
                <TextField label="Role name" name="credentials.roleName" value={values.roleName} onChange={set('roleName')} error={error}
                  placeholder={defaultRoleName} help={`Empty: ${defaultRoleName}.`} />
              </div>
              <div className="col-md-6">
                <TextField label="External id" name="credentials.externalId" type="password" value={values.externalId} onChange={set('externalId')}
                  error={error} autoComplete="new-password" disabled={values.clearExternalId}
                  help={keepsExternalId ? 'An external id is stored; leave empty to keep it.' : 'Optional; stored encrypted.'} />
                {keepsExternalId && (
                  <div className="form-check">
                    <input id="clear-external-id" type="checkbox" className="form-check-input" checked={values.clearExternalId}
                      onChange={(e) => set('clearExternalId')(e.target.checked)} />
                    <label htmlFor="clear-external-id" className="form-check-label">Remove the stored external id</label>
                  </div>
                )}
              </div>
            </div>
          )}
        </fieldset>
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            {editing ? 'Save' : 'Register account'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
