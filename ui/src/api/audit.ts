import { get } from './client';
import type { AuditPage } from './types';

export const auditApi = {
  list: (params: URLSearchParams, signal?: AbortSignal) => get<AuditPage>('/api/audit', params, signal),
};
