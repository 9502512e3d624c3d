import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import type { Settings } from '../../api/types';
import { listFieldErrors, listFieldKeys, splitList } from '../../components/fieldErrors';
import { FormField, TextField } from '../../components/FormField';
import { SecretField } from './SecretField';
import { SettingsSection } from './SettingsSection';

export function SsoSettingsForm({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const sso = settings.sso;
  const [enabled, setEnabled] = useState(sso.enabled);
  const [displayName, setDisplayName] = useState(sso.displayName ?? '');
  const [issuer, setIssuer] = useState(sso.issuer ?? '');
  const [clientId, setClientId] = useState(sso.clientId ?? '');
  const [secret, setSecret] = useState<string | null>(null);
  const [scopes, setScopes] = useState(sso.scopes.join(' '));
  const [roleClaim, setRoleClaim] = useState(sso.roleClaim ?? '');
  const [adminValue, setAdminValue] = useState(sso.adminValue ?? '');
  const save = useMutation({
    mutationFn: () => adminApi.saveSettings({
      sso: { enabled, displayName, issuer, clientId, clientSecret: secret, scopes: splitList(scopes), roleClaim, adminValue },
    }),
    onSuccess: (next) => {
      setSecret(null);
      onSaved(next);
    },
  });
  const error = save.error;
  return (
    <SettingsSection title="Single sign-on" save={save}
      fields={['sso.enabled', 'sso.displayName', 'sso.issuer', 'sso.clientId', 'sso.clientSecret', 'sso.scopes', 'sso.roleClaim', 'sso.adminValue',
        ...listFieldKeys(error, 'sso.scopes')]}>
      <div className="form-check form-switch mb-3">
        <input id="sso-enabled" type="checkbox" role="switch" className="form-check-input" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <label htmlFor="sso-enabled" className="form-check-label">Offer single sign-on on the sign-in page</label>
      </div>
      <TextField label="Button text" name="sso.displayName" value={displayName} onChange={setDisplayName} error={error} placeholder="Sign in with Example ID" />
      <TextField label="Issuer" name="sso.issuer" type="url" value={issuer} onChange={setIssuer} error={error} placeholder="https://login.example.com/"
        help="The OpenID provider's issuer URL; its discovery document is read from there." />
      <TextField label="Client id" name="sso.clientId" value={clientId} onChange={setClientId} error={error} autoComplete="off" />
      <SecretField label="Client secret" name="sso.clientSecret" stored={sso.clientSecretSet} value={secret} onChange={setSecret} error={error} />
      <FormField label="Scopes" name="sso.scopes" messages={listFieldErrors(error, 'sso.scopes')} help="Separated by spaces; openid is required.">
        {(f) => (
          <input id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={scopes} aria-describedby={f.describedBy}
            aria-invalid={f.invalid || undefined} onChange={(e) => setScopes(e.target.value)} />
        )}
      </FormField>
      <div className="row g-2">
        <div className="col-md-6">
          <TextField label="Role claim" name="sso.roleClaim" value={roleClaim} onChange={setRoleClaim} error={error} placeholder="groups"
            help="The claim that says whether a user is an administrator." />
        </div>
        <div className="col-md-6">
          <TextField label="Administrator value" name="sso.adminValue" value={adminValue} onChange={setAdminValue} error={error}
            placeholder="inventory-admins" help="Users whose role claim holds it sign in as Admin; others as read-only." />
        </div>
      </div>
    </SettingsSection>
  );
}
