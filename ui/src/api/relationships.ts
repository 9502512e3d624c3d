import { del, get, post } from './client';
import type { BulkRelationshipsAdded, Graph, RelationshipAdded } from './types';

/** The edge types people may add, in the order a form lists them. */
export const manualEdgeTypes = ['depends-on', 'contains', 'connects-to', 'managed-by'] as const;

export const relationshipsApi = {
  add: (sourceId: string, targetId: string, type: string, description: string | null) =>
    post<RelationshipAdded>(`/api/assets/${encodeURIComponent(sourceId)}/relationships`, { targetId, type, description }),
  remove: (sourceId: string, type: string, targetId: string) =>
    del(`/api/assets/${encodeURIComponent(sourceId)}/relationships/${encodeURIComponent(type)}/${encodeURIComponent(targetId)}`),
  bulkAdd: (sourceIds: string[], targetId: string, type: string, description: string | null) =>
    post<BulkRelationshipsAdded>('/api/relationships/bulk', { sourceIds, targetId, type, description }),
  neighbourhood: (id: string, depth: number, signal?: AbortSignal) =>
    get<Graph>(`/api/assets/${encodeURIComponent(id)}/neighbourhood`, { depth }, signal),
};
