import { useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import type { Settings } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { EmailSettingsForm } from './EmailSettingsForm';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { SettingsNav } from './SettingsNav';
import { SsoSettingsForm } from './SsoSettingsForm';

export const settingsKey = ['admin', 'settings'] as const;

/** Single sign-on, e-mail, scheduled discovery and sessions, each saved on its own (the route lets only administrators in). */
export default function SettingsPage() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => adminApi.settings(signal) });
  const saved = (next: Settings) => queryClient.setQueryData(settingsKey, next);
  const s = settings.data;
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      {settings.error && <ErrorAlert error={settings.error} onRetry={() => settings.refetch()} />}
      {settings.isPending && <Loading label="Loading settings" />}
      {s && (
        <div className="row g-4">
          <div className="col-xl-6">
            <GeneralSettingsForm settings={s} onSaved={saved} />
            <SsoSettingsForm settings={s} onSaved={saved} />
          </div>
          <div className="col-xl-6">
            <EmailSettingsForm settings={s} onSaved={saved} />
          </div>
        </div>
      )}
    </>
  );
}
