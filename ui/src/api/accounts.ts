import { del, get, post, put } from './client';
import type { Account, AccountPage } from './types';

export const accountKinds = ['management', 'member'] as const;
export const accountEnvironments = ['production', 'staging', 'development', 'shared'] as const;
export const credentialTypes = ['defaultChain', 'accessKey', 'assumeRole'] as const;
export type CredentialType = (typeof credentialTypes)[number];
/** The role an imported or assumed-role account is reached through when none is named. */
export const defaultRoleName = 'OrganizationAccountAccessRole';

/** Credentials as sent: secrets omitted keep the stored ones; an empty externalId clears it. */
export interface CredentialsInput {
  type: CredentialType;
  accessKeyId?: string;
  secretAccessKey?: string;
  managementAccountId?: string;
  roleName?: string;
  externalId?: string;
}

export interface AccountInput {
  displayName: string;
  kind: string;
  environment: string;
  regions: string[];
  credentials: CredentialsInput;
}

export type ConnectionResult =
  | { ok: true; account: string; arn: string; userId: string }
  | { ok: false; errorCode: string; message: string };

export interface ImportMembersInput {
  environment?: string;
  regions?: string[];
  credentials?: { roleName?: string; externalId?: string };
}

export interface SkippedMember {
  accountId: string;
  name: string | null;
  status: string | null;
  /** alreadyRegistered, registeredOtherwise, managementAccount, notActive or invalid. */
  reason: string;
  detail: string;
}

export interface MembersImported {
  managementAccountId: string;
  imported: Account[];
  skipped: SkippedMember[];
}

export interface CostPeriod {
  start: string;
  end: string;
  estimated: boolean;
  total: number;
  byLinkedAccount: { accountId: string; name: string | null; amount: number }[];
  byService: { service: string; amount: number }[];
}

export interface ManagementCosts {
  managementAccountId: string;
  displayName: string;
  active: boolean;
  fetchedAt: string | null;
  currency: string | null;
  thisMonth: CostPeriod | null;
  lastMonth: CostPeriod | null;
  lastError: { errorCode: string; message: string; at: string } | null;
  lastRefreshId: string | null;
  lastAttemptAt: string | null;
}

const path = (accountId: string) => `/api/accounts/${encodeURIComponent(accountId)}`;

export const accountsApi = {
  list: (page: number, pageSize: number, signal?: AbortSignal) => get<AccountPage>('/api/accounts', { page, pageSize }, signal),
  get: (accountId: string, signal?: AbortSignal) => get<Account>(path(accountId), undefined, signal),
  register: (accountId: string, input: AccountInput) => post<Account>('/api/accounts', { accountId, ...input }),
  edit: (accountId: string, input: AccountInput) => put<Account>(path(accountId), input),
  remove: (accountId: string, markAssetsGone: boolean) => del(path(accountId), { markAssetsGone: String(markAssetsGone) }),
  deactivate: (accountId: string) => post<Account>(`${path(accountId)}/deactivate`),
  reactivate: (accountId: string) => post<Account>(`${path(accountId)}/reactivate`),
  testConnection: (accountId: string) => post<ConnectionResult>(`${path(accountId)}/test-connection`),
  importMembers: (managementAccountId: string, input: ImportMembersInput) =>
    post<MembersImported>(`${path(managementAccountId)}/import-members`, input),
  costs: (signal?: AbortSignal) => get<{ items: ManagementCosts[] }>('/api/costs', undefined, signal),
  refreshCosts: (accountId?: string) =>
    post<{ refreshId: string; managementAccountIds: string[] }>('/api/costs/refresh', accountId ? { accountId } : {}),
};
