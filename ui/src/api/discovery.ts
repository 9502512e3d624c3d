import { get, post } from './client';
import type { DiscoveryJob, DiscoveryJobAccepted, FieldChange, GoneReason } from './types';

export type PreviewKind = 'New' | 'Reappeared' | 'Changed' | 'Gone';
export const previewKinds: PreviewKind[] = ['New', 'Reappeared', 'Changed', 'Gone'];

/** One asset event a dry run would have appended. */
export interface PreviewItem {
  kind: PreviewKind;
  assetId: string;
  resourceType: string;
  name: string | null;
  arn: string | null;
  resourceId: string | null;
  changes: FieldChange[];
  goneReason: GoneReason | null;
}

export interface PreviewRow {
  accountId: string;
  region: string;
  service: string;
  item: PreviewItem;
}

export interface PreviewPage {
  jobId: string;
  total: number;
  offset: number;
  limit: number;
  items: PreviewRow[];
}

const path = (jobId: string) => `/api/discovery-jobs/${encodeURIComponent(jobId)}`;

export const discoveryApi = {
  list: (signal?: AbortSignal) => get<DiscoveryJob[]>('/api/discovery-jobs', undefined, signal),
  get: (jobId: string, signal?: AbortSignal) => get<DiscoveryJob>(path(jobId), undefined, signal),
  /** No account ids: every active account. */
  start: (accountIds: string[], dryRun = false) => post<DiscoveryJobAccepted>('/api/discovery-jobs', { accountIds, dryRun }),
  cancel: (jobId: string) => post<DiscoveryJob>(`${path(jobId)}/cancel`),
  preview: (jobId: string, kind: PreviewKind | null, offset: number, limit: number, signal?: AbortSignal) =>
    get<PreviewPage>(`${path(jobId)}/preview`, { kind, offset, limit }, signal),
};
