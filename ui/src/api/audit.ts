import { get } from './client';
import type { AsOfPage, AuditPage } from './types';

export const lifecycleKinds = ['Appeared', 'Changed', 'Vanished', 'Decommissioned'] as const;

export const auditApi = {
  /** What appeared, changed, vanished or was decommissioned in [from, to), newest first, paged by cursor. */
  list: (params: URLSearchParams, signal?: AbortSignal) => get<AuditPage>('/api/audit', params, signal),
  /** The inventory as it was at an instant, paged by cursor. */
  asOf: (params: URLSearchParams, signal?: AbortSignal) => get<AsOfPage>('/api/assets/as-of', params, signal),
};
