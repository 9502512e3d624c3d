import type { AccountInput, CredentialType } from '../../api/accounts';
import type { Account } from '../../api/types';
import { splitList } from '../../components/fieldErrors';

/** What the account form holds: text as typed; secrets empty unless the user types a new one. */
export interface AccountValues {
  accountId: string;
  displayName: string;
  kind: string;
  environment: string;
  regions: string;
  credentialType: CredentialType;
  accessKeyId: string;
  secretAccessKey: string;
  managementAccountId: string;
  roleName: string;
  externalId: string;
  clearExternalId: boolean;
}

export const emptyAccount: AccountValues = {
  accountId: '', displayName: '', kind: 'member', environment: 'production', regions: '', credentialType: 'assumeRole',
  accessKeyId: '', secretAccessKey: '', managementAccountId: '', roleName: '', externalId: '', clearExternalId: false,
};

export function valuesOf(account: Account): AccountValues {
  const c = account.credentials;
  return {
    ...emptyAccount,
    accountId: account.accountId,
    displayName: account.displayName,
    kind: account.kind,
    environment: account.environment,
    regions: account.regions.join(', '),
    credentialType: (c.type as CredentialType) ?? 'defaultChain',
    accessKeyId: c.accessKeyId ?? '',
    managementAccountId: c.managementAccountId ?? '',
    roleName: c.roleName ?? '',
  };
}

/** The request body: a secret left empty is omitted, so the stored one stays; a cleared external id is sent empty. */
export function inputOf(values: AccountValues): AccountInput {
  const credentials: AccountInput['credentials'] = { type: values.credentialType };
  if (values.credentialType === 'accessKey') {
    credentials.accessKeyId = values.accessKeyId.trim();
    if (values.secretAccessKey) credentials.secretAccessKey = values.secretAccessKey;
  } else if (values.credentialType === 'assumeRole') {
    credentials.managementAccountId = values.managementAccountId.trim();
    if (values.roleName.trim()) credentials.roleName = values.roleName.trim();
    if (values.clearExternalId) credentials.externalId = '';
    else if (values.externalId) credentials.externalId = values.externalId;
  }
  return {
    displayName: values.displayName,
    kind: values.kind,
    environment: values.environment,
    regions: splitList(values.regions),
    credentials,
  };
}
