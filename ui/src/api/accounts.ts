import { get } from './client';
import type { AccountPage } from './types';

export const accountsApi = {
  list: (page: number, pageSize: number, signal?: AbortSignal) => get<AccountPage>('/api/accounts', { page, pageSize }, signal),
};
