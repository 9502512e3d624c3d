import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, reader, renderPage, type Routes } from '../../test/fakeApi';
import AccountsPage from './AccountsPage';
import { inputOf, valuesOf } from './accountForm';

afterEach(() => vi.unstubAllGlobals());

const management = {
  accountId: '111111111111', displayName: 'Root', kind: 'management', environment: 'production', regions: ['eu-west-1'],
  credentials: { type: 'accessKey', accessKeyId: 'AKIAEXAMPLEEXAMPLE', hasSecretAccessKey: true, managementAccountId: null, roleName: null, hasExternalId: false },
  active: true, createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z', version: 1,
  costs: { thisMonth: 123.45, lastMonth: 456.78, currency: 'USD', fetchedAt: '2026-11-20T10:00:00Z' },
};
const costs = {
  items: [{ managementAccountId: '111111111111', displayName: 'Root', active: true, fetchedAt: '2026-11-20T10:00:00Z', currency: 'USD',
    thisMonth: { start: '2026-11-01', end: '2026-12-01', estimated: true, total: 200, byLinkedAccount: [], byService: [] },
    lastMonth: { start: '2026-10-01', end: '2026-11-01', estimated: false, total: 900, byLinkedAccount: [], byService: [] },
    lastError: null, lastRefreshId: null, lastAttemptAt: null }],
};

function routes(me: unknown, extra: Routes = {}): Routes {
  return {
    '/api/auth/me': { body: me },
    '/api/accounts': { body: { items: [management], page: 1, pageSize: 50, total: 1 } },
    '/api/costs': { body: costs },
    ...extra,
  };
}

describe('accounts page', () => {
  it('lists accounts with this and last month’s costs, and the management accounts’ totals', async () => {
    fakeFetch(routes(admin));
    renderPage(<AccountsPage />, { path: '/accounts', route: '/accounts' });
    const row = (await screen.findByRole('link', { name: '111111111111' })).closest('tr')!;
    expect(within(row).getByText(/123\.45/)).toBeInTheDocument();
    expect(within(row).getByText(/456\.78/)).toBeInTheDocument();
    expect(await screen.findByText(/900\.00/)).toBeInTheDocument();
  });

  it('shows the API’s field errors next to the fields of the registration form', async () => {
    const calls = fakeFetch(routes(admin, {
      'POST /api/accounts': { status: 400, body: { title: 'Invalid account', status: 400, detail: 'accountId must be exactly 12 digits.',
        errors: { accountId: ['accountId must be exactly 12 digits.'], 'regions[1]': ["regions[1] 'mars-1' is not an AWS region name such as eu-west-1."] } } },
    }));
    const user = userEvent.setup();
    renderPage(<AccountsPage />, { path: '/accounts', route: '/accounts' });
    await user.click(await screen.findByRole('button', { name: 'Register account' }));
    const form = screen.getByRole('form', { name: 'Register account' });
    await user.type(within(form).getByLabelText('Account id'), '12345');
    await user.type(within(form).getByLabelText('Name'), 'Shop');
    await user.type(within(form).getByLabelText('Regions'), 'eu-west-1, mars-1');
    await user.click(within(form).getByRole('button', { name: 'Register account' }));

    const id = await within(form).findByLabelText('Account id');
    await waitFor(() => expect(id).toHaveAttribute('aria-invalid', 'true'));
    expect(id).toHaveAccessibleDescription(/accountId must be exactly 12 digits\./);
    expect(within(form).getByLabelText('Regions')).toHaveAccessibleDescription(/mars-1' is not an AWS region name/);
    expect(within(form).getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByRole('alert')).toHaveTextContent('Please correct the fields marked below.');

    const sent = JSON.parse(String(calls.find((c) => c.method === 'POST')!.init.body));
    expect(sent).toMatchObject({ accountId: '12345', displayName: 'Shop', kind: 'member', regions: ['eu-west-1', 'mars-1'],
      credentials: { type: 'assumeRole', managementAccountId: '' } });
  });

  it('gives an admin every account action, and a read-only user none', async () => {
    fakeFetch(routes(admin));
    const { unmount } = renderPage(<AccountsPage />, { path: '/accounts', route: '/accounts' });
    const actions = await screen.findByRole('group', { name: 'Actions for 111111111111' });
    for (const name of ['Edit', 'Test connection', 'Import members', 'Deactivate', 'Remove']) {
      expect(within(actions).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Register account' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Refresh costs' })).toBeInTheDocument();
    unmount();

    fakeFetch(routes(reader));
    renderPage(<AccountsPage />, { path: '/accounts', route: '/accounts' });
    expect(await screen.findByRole('link', { name: '111111111111' })).toBeInTheDocument();
    await screen.findByText(/900\.00/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows what a connection test found, success or AWS’s refusal', async () => {
    let answer: unknown = { ok: false, errorCode: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' };
    fakeFetch(routes(admin, { 'POST /api/accounts/111111111111/test-connection': () => ({ body: answer }) }));
    const user = userEvent.setup();
    renderPage(<AccountsPage />, { path: '/accounts', route: '/accounts' });
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByTestId('connection-result')).toHaveTextContent('InvalidClientTokenId: The security token included in the request is invalid.');

    answer = { ok: true, account: '111111111111', arn: 'arn:aws:iam::111111111111:user/inventory', userId: 'AIDA1' };
    await user.click(screen.getByRole('button', { name: 'Test again' }));
    await waitFor(() => expect(screen.getByTestId('connection-result')).toHaveTextContent('arn:aws:iam::111111111111:user/inventory'));
  });

  it('asks what becomes of the assets before removing an account', async () => {
    const calls = fakeFetch(routes(admin, { 'DELETE /api/accounts/111111111111': { status: 204 } }));
    const user = userEvent.setup();
    renderPage(<AccountsPage />, { path: '/accounts', route: '/accounts' });
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    const confirm = screen.getByRole('button', { name: 'Remove account' });
    expect(confirm).toBeDisabled();
    await user.click(screen.getByLabelText(/Mark them gone/));
    await user.click(confirm);
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(calls.find((c) => c.method === 'DELETE')!.url.search).toBe('?markAssetsGone=true');
  });

  it('shows what an import registered and what it skipped, and why', async () => {
    fakeFetch(routes(admin, {
      'POST /api/accounts/111111111111/import-members': { body: {
        managementAccountId: '111111111111',
        imported: [{ ...management, accountId: '222222222222', displayName: 'Shop', kind: 'member',
          credentials: { type: 'assumeRole', accessKeyId: null, hasSecretAccessKey: false, managementAccountId: '111111111111', roleName: 'OrganizationAccountAccessRole', hasExternalId: false } }],
        skipped: [{ accountId: '333333333333', name: 'Old', status: 'SUSPENDED', reason: 'notActive', detail: 'Organizations lists the account as SUSPENDED.' }],
      } },
    }));
    const user = userEvent.setup();
    renderPage(<AccountsPage />, { path: '/accounts', route: '/accounts' });
    await user.click(await screen.findByRole('button', { name: 'Import members' }));
    await user.click(within(screen.getByRole('form', { name: 'Import members' })).getByRole('button', { name: 'Import members' }));
    const result = await screen.findByTestId('import-result');
    expect(within(result).getByText('222222222222')).toBeInTheDocument();
    expect(within(result).getByText('Not active')).toBeInTheDocument();
    expect(within(result).getByText('Organizations lists the account as SUSPENDED.')).toBeInTheDocument();
  });
});

describe('account form values', () => {
  it('keeps a stored secret by leaving it out, and clears an external id with an empty one', () => {
    const edit = valuesOf(management as never);
    expect(inputOf(edit).credentials).toEqual({ type: 'accessKey', accessKeyId: 'AKIAEXAMPLEEXAMPLE' });
    expect(inputOf({ ...edit, secretAccessKey: 'new-secret' }).credentials.secretAccessKey).toBe('new-secret');
    const role = { ...edit, credentialType: 'assumeRole' as const, managementAccountId: '111111111111', clearExternalId: true };
    expect(inputOf(role).credentials).toEqual({ type: 'assumeRole', managementAccountId: '111111111111', externalId: '' });
    expect(inputOf({ ...edit, regions: ' eu-west-1,us-east-1  eu-central-1 ' }).regions).toEqual(['eu-west-1', 'us-east-1', 'eu-central-1']);
  });
});
