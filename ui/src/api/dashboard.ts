import { get } from './client';
import type { Dashboard } from './types';

export const dashboardQuery = {
  queryKey: ['dashboard'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => get<Dashboard>('/api/dashboard', undefined, signal),
};
