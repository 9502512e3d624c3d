import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { adminApi, emailModes, smtpSecurities } from '../../api/admin';

const emailModeLabels = { Disabled: 'Send no mail', Smtp: 'Send through an SMTP server', Console: 'Write to the server log (development only)' };
import type { Settings } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldMessages } from '../../components/fieldErrors';
import { SelectField, TextField } from '../../components/FormField';
import { SecretField } from './SecretField';
import { SettingsSection } from './SettingsSection';

const securityLabels: Record<string, string> = { None: 'None', StartTls: 'STARTTLS', SslOnConnect: 'TLS on connect' };

export function EmailSettingsForm({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const email = settings.email;
  const [mode, setMode] = useState<string>(email.mode);
  const [host, setHost] = useState(email.host ?? '');
  const [port, setPort] = useState(String(email.port ?? 587));
  const [security, setSecurity] = useState<string>(email.security);
  const [username, setUsername] = useState(email.username ?? '');
  const [password, setPassword] = useState<string | null>(null);
  const [fromAddress, setFromAddress] = useState(email.fromAddress ?? '');
  const [fromName, setFromName] = useState(email.fromName ?? '');
  const save = useMutation({
    mutationFn: () => adminApi.saveSettings({
      email: {
        mode: mode as Settings['email']['mode'], host, port: Number.parseInt(port, 10) || 0, security: security as Settings['email']['security'],
        username, password, fromAddress, fromName,
      },
    }),
    onSuccess: (next) => {
      setPassword(null);
      onSaved(next);
    },
  });
  const error = save.error;
  const smtp = mode === 'Smtp';
  return (
    <SettingsSection title="E-mail" save={save}
      fields={['email.mode', 'email.host', 'email.port', 'email.security', 'email.username', 'email.password', 'email.fromAddress', 'email.fromName']}
      extra={<TestEmail mode={email.mode} />}>
      <SelectField label="Delivery" name="email.mode" value={mode} onChange={setMode} error={error}
        options={emailModes.map((m) => ({ value: m, label: emailModeLabels[m] }))} />
      {smtp && (
        <div className="row g-2">
          <div className="col-md-8"><TextField label="SMTP host" name="email.host" value={host} onChange={setHost} error={error} /></div>
          <div className="col-md-4">
            <TextField label="Port" name="email.port" type="number" min={1} max={65535} value={port} onChange={setPort} error={error} />
          </div>
          <div className="col-md-6">
            <SelectField label="Security" name="email.security" value={security} onChange={setSecurity} error={error}
              options={smtpSecurities.map((s) => ({ value: s, label: securityLabels[s] }))} />
          </div>
          <div className="col-md-6">
            <TextField label="User name" name="email.username" value={username} onChange={setUsername} error={error} autoComplete="off"
              help="Empty: no authentication." />
          </div>
          <div className="col-12">
            <SecretField label="Password" name="email.password" stored={email.passwordSet} value={password} onChange={setPassword} error={error} />
          </div>
        </div>
      )}
      <div className="row g-2">
        <div className="col-md-6">
          <TextField label="From address" name="email.fromAddress" type="email" value={fromAddress} onChange={setFromAddress} error={error} />
        </div>
        <div className="col-md-6"><TextField label="From name" name="email.fromName" value={fromName} onChange={setFromName} error={error} /></div>
      </div>
    </SettingsSection>
  );
}

/** Sends a real message with the saved settings, so an administrator sees whether they work. */
function TestEmail({ mode }: { mode: Settings['email']['mode'] }) {
  const [to, setTo] = useState('');
  const send = useMutation({ mutationFn: () => adminApi.testEmail(to.trim()) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <form className="border-top mt-3 pt-3" onSubmit={submit} noValidate aria-label="Send a test e-mail">
      <p className="small text-body-secondary mb-2">Uses the saved settings; save changes first.</p>
      {send.isSuccess && (
        <div className="alert alert-success py-2" role="status">
          {mode === 'Smtp' ? 'The test message was sent; check the inbox.' : 'The test message was written to the server log.'}
        </div>
      )}
      {send.error && fieldMessages(send.error, 'to').length === 0 && (
        <ErrorAlert error={send.error} title="The test message was not sent." />
      )}
      <div className="d-flex gap-2 align-items-start">
        <div className="flex-grow-1">
          <TextField label="Send a test message to" name="to" type="email" value={to} onChange={setTo} error={send.error} autoComplete="email" />
        </div>
        <button type="submit" className="btn btn-outline-primary mt-4" disabled={send.isPending || !to.trim()}>
          {send.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
          Send test e-mail
        </button>
      </div>
    </form>
  );
}
