import { useQuery } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { SettingsNav } from './SettingsNav';

export default function SettingsPage() {
  const settings = useQuery({ queryKey: ['admin', 'settings'], queryFn: ({ signal }) => adminApi.settings(signal) });
  const s = settings.data;
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      {settings.error && <ErrorAlert error={settings.error} onRetry={() => settings.refetch()} />}
      {settings.isPending && <Loading label="Loading settings" />}
      {s && (
        <dl className="row">
          <dt className="col-sm-3">Discovery interval</dt><dd className="col-sm-9">{s.discoveryInterval}</dd>
          <dt className="col-sm-3">Session timeout</dt><dd className="col-sm-9">{s.sessionTimeoutMinutes} minutes</dd>
          <dt className="col-sm-3">Single sign-on</dt>
          <dd className="col-sm-9">{s.sso.enabled ? `${s.sso.displayName ?? 'SSO'} (${s.sso.issuer})` : 'Off'}</dd>
          <dt className="col-sm-3">E-mail</dt>
          <dd className="col-sm-9">{s.email.mode === 'Smtp' ? `SMTP ${s.email.host}:${s.email.port} from ${s.email.fromAddress}` : 'Written to the console'}</dd>
        </dl>
      )}
    </>
  );
}
