import { get, post } from './client';
import type { DiscoveryJob, DiscoveryJobAccepted } from './types';

export const discoveryApi = {
  list: (signal?: AbortSignal) => get<DiscoveryJob[]>('/api/discovery-jobs', undefined, signal),
  get: (jobId: string, signal?: AbortSignal) => get<DiscoveryJob>(`/api/discovery-jobs/${encodeURIComponent(jobId)}`, undefined, signal),
  start: (accountIds: string[], dryRun = false) => post<DiscoveryJobAccepted>('/api/discovery-jobs', { accountIds, dryRun }),
  cancel: (jobId: string) => post<void>(`/api/discovery-jobs/${encodeURIComponent(jobId)}/cancel`),
};
