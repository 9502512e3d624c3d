import { get, patch, post, type Query } from './client';
import type {
  AsOfPage,
  AssetDetail,
  AssetEditResult,
  AssetPage,
  AssetRelationships,
  AssetTimeline,
  BulkEditResult,
  FilterOptions,
  Suggestions,
} from './types';

export const assetsApi = {
  list: (params: URLSearchParams, signal?: AbortSignal) => get<AssetPage>('/api/assets', params, signal),
  asOfList: (params: URLSearchParams, signal?: AbortSignal) => get<AsOfPage>('/api/assets/as-of', params, signal),
  filterOptions: (params: URLSearchParams, signal?: AbortSignal) => get<FilterOptions>('/api/assets/filter-options', params, signal),
  autocomplete: (query: Query, signal?: AbortSignal) => get<Suggestions>('/api/assets/autocomplete', query, signal),
  get: (id: string, signal?: AbortSignal) => get<AssetDetail>(`/api/assets/${encodeURIComponent(id)}`, undefined, signal),
  asOf: (id: string, at: string, signal?: AbortSignal) =>
    get<AssetDetail>(`/api/assets/${encodeURIComponent(id)}/as-of`, { at }, signal),
  timeline: (id: string, page: number, pageSize: number, signal?: AbortSignal) =>
    get<AssetTimeline>(`/api/assets/${encodeURIComponent(id)}/timeline`, { page, pageSize }, signal),
  relationships: (id: string, signal?: AbortSignal) =>
    get<AssetRelationships>(`/api/assets/${encodeURIComponent(id)}/relationships`, undefined, signal),
  edit: (id: string, fields: Record<string, string | boolean | null>) =>
    patch<AssetEditResult>(`/api/assets/${encodeURIComponent(id)}`, fields),
  decommission: (id: string, reason: string | null) =>
    post<AssetEditResult>(`/api/assets/${encodeURIComponent(id)}/decommission`, { reason }),
  register: (body: { name: string; kind: string; ipAddresses: string[]; dnsNames: string[]; fields: Record<string, string | boolean | null> }) =>
    post<{ id: string; humanId: string }>('/api/assets', body),
  bulkUpdate: (assetIds: string[], fields: Record<string, string | null>) =>
    post<BulkEditResult>('/api/assets/bulk-update', { assetIds, fields }),
};

/** The fields people maintain, as the API names them. */
export const humanFields = [
  'category', 'criticality', 'owner', 'department', 'vendor', 'version', 'url', 'description', 'notes', 'classification',
  'gdprRelevant', 'personalData', 'backupEnabled', 'monitoringEnabled',
] as const;
export const flagFields = new Set(['gdprRelevant', 'personalData', 'backupEnabled', 'monitoringEnabled']);
export const criticalities = ['critical', 'high', 'medium', 'low'];
export const classifications = ['public', 'internal', 'confidential', 'strictly-confidential'];

export const fieldLabels: Record<string, string> = {
  category: 'Category', criticality: 'Criticality', owner: 'Owner', department: 'Department', vendor: 'Vendor', version: 'Version',
  url: 'URL', description: 'Description', notes: 'Notes', classification: 'Classification', gdprRelevant: 'GDPR relevant',
  personalData: 'Personal data', backupEnabled: 'Backup enabled', monitoringEnabled: 'Monitoring enabled', name: 'Name',
};
