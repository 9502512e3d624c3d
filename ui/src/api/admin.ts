import { del, get, post, put } from './client';
import type { ApiClient, Category, Role, Settings, User } from './types';

/** The roles an administrator may give; Superadmin is given only by the command line. */
export const assignableRoles: Role[] = ['Admin', 'ReadOnly'];

export interface NewUser {
  username: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface UserChange {
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
}

export interface RegisteredApiClient extends ApiClient {
  /** Shown only in the answer to the registration. */
  secret: string;
}

export interface ApiClientChange {
  name: string;
  role: Role;
  active: boolean;
}

/** A change of settings: an omitted section or field keeps its value; secrets null keep, "" clear. */
export interface SettingsChange {
  sso?: Partial<Omit<Settings['sso'], 'clientSecretSet'>> & { clientSecret?: string | null };
  email?: Partial<Omit<Settings['email'], 'passwordSet'>> & { password?: string | null };
  discoveryInterval?: Settings['discoveryInterval'];
  sessionTimeoutMinutes?: number;
}

export const discoveryIntervals: Settings['discoveryInterval'][] = ['Disabled', 'Hourly', 'Daily', 'Weekly', 'Monthly'];
export const emailModes: Settings['email']['mode'][] = ['Disabled', 'Smtp', 'Console'];
export const smtpSecurities: Settings['email']['security'][] = ['None', 'StartTls', 'SslOnConnect'];

export interface CategoryInput {
  slug?: string;
  name: string;
  description: string | null;
  icon: string | null;
  colour: string | null;
}

const user = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;
const client = (id: string) => `/api/admin/api-clients/${encodeURIComponent(id)}`;
const category = (slug: string) => `/api/categories/${encodeURIComponent(slug)}`;

export const adminApi = {
  users: (signal?: AbortSignal) => get<User[]>('/api/admin/users', undefined, signal),
  createUser: (input: NewUser) => post<User>('/api/admin/users', input),
  changeUser: (id: string, input: UserChange) => put<User>(user(id), input),
  deleteUser: (id: string) => del(user(id)),
  resetPassword: (id: string, newPassword: string) => post<void>(`${user(id)}/reset-password`, { newPassword }),
  endSessions: (id: string) => post<void>(`${user(id)}/end-sessions`),

  apiClients: (signal?: AbortSignal) => get<ApiClient[]>('/api/admin/api-clients', undefined, signal),
  createApiClient: (name: string, role: Role) => post<RegisteredApiClient>('/api/admin/api-clients', { name, role }),
  changeApiClient: (id: string, input: ApiClientChange) => put<ApiClient>(client(id), input),
  deleteApiClient: (id: string) => del(client(id)),

  settings: (signal?: AbortSignal) => get<Settings>('/api/admin/settings', undefined, signal),
  saveSettings: (change: SettingsChange) => put<Settings>('/api/admin/settings', change),
  testEmail: (to: string) => post<void>('/api/admin/settings/test-email', { to }),

  categories: (signal?: AbortSignal) => get<Category[]>('/api/categories', undefined, signal),
  defineCategory: (input: CategoryInput) => post<Category>('/api/categories', input),
  changeCategory: (slug: string, input: CategoryInput) => put<Category>(category(slug), input),
  removeCategory: (slug: string) => del(category(slug)),
  serviceMapping: (signal?: AbortSignal) => get<Record<string, string>>('/api/categories/service-mapping', undefined, signal),
  mapService: (service: string, categorySlug: string | null) =>
    put<Record<string, string>>(`/api/categories/service-mapping/${encodeURIComponent(service)}`, { category: categorySlug }),
};
