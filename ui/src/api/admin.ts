import { get } from './client';
import type { ApiClient, Category, Settings, User } from './types';

export const adminApi = {
  users: (signal?: AbortSignal) => get<User[]>('/api/admin/users', undefined, signal),
  apiClients: (signal?: AbortSignal) => get<ApiClient[]>('/api/admin/api-clients', undefined, signal),
  settings: (signal?: AbortSignal) => get<Settings>('/api/admin/settings', undefined, signal),
  categories: (signal?: AbortSignal) => get<Category[]>('/api/categories', undefined, signal),
};
