import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { adminApi, discoveryIntervals } from '../../api/admin';
import type { Settings } from '../../api/types';
import { SelectField, TextField } from '../../components/FormField';
import { SettingsSection } from './SettingsSection';

export function GeneralSettingsForm({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const [interval, setDiscoveryInterval] = useState<string>(settings.discoveryInterval);
  const [timeout, setSessionTimeout] = useState(String(settings.sessionTimeoutMinutes));
  const save = useMutation({
    mutationFn: () => adminApi.saveSettings({
      discoveryInterval: interval as Settings['discoveryInterval'],
      // Text that is not a number goes as 0, which the API refuses with its own message.
      sessionTimeoutMinutes: Number.parseInt(timeout, 10) || 0,
    }),
    onSuccess: onSaved,
  });
  return (
    <SettingsSection title="Discovery and sessions" save={save} fields={['discoveryInterval', 'sessionTimeoutMinutes']}>
      <SelectField label="Scheduled discovery" name="discoveryInterval" value={interval} onChange={setDiscoveryInterval} error={save.error}
        options={discoveryIntervals.map((i) => ({ value: i, label: i === 'Disabled' ? 'Off (start jobs by hand)' : i }))} />
      <TextField label="Session timeout (minutes)" name="sessionTimeoutMinutes" type="number" min={5} max={10080} value={timeout}
        onChange={setSessionTimeout} error={save.error} help="A signed-in session ends after this long without a request." />
    </SettingsSection>
  );
}
