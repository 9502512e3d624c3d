import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, reader, renderPage } from '../../test/fakeApi';
import AssetEditPage from './AssetEditPage';

afterEach(() => vi.unstubAllGlobals());

const categories = [{ slug: 'compute', name: 'Compute', description: null, icon: null, colour: null, services: ['ec2'] }];
const asset = {
  id: 'ast-1', humanId: 'ASSET-0001', manual: false, name: 'web-1', arn: null, resourceId: 'i-1', service: 'ec2', resourceType: 'ec2:instance',
  accountId: '111111111111', region: 'eu-west-1', state: 'running', tags: {}, ipAddresses: [], dnsNames: [], attributes: {}, related: {},
  status: 'Active', firstSeenAt: '2026-11-01T10:00:00Z', lastSeenAt: '2026-11-02T10:00:00Z', goneAt: null, goneReason: null, changeCount: 1,
  version: 1, fields: { owner: 'team-a', backupEnabled: 'true' }, lastChangedAt: '2026-11-01T10:00:00Z', decommissionedAt: null,
};

describe('asset create and edit', () => {
  it('registers a manual asset, showing the API’s field error next to its field first', async () => {
    let attempt = 0;
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/categories': { body: categories },
      'POST /api/assets': () => (++attempt === 1
        ? { status: 400, body: { title: 'Invalid asset edit', status: 400, errors: { 'fields.url': ['url must be an absolute http or https URL.'] } } }
        : { status: 201, body: { id: 'ast-m1', humanId: 'ASSET-0002' } }),
    });
    const user = userEvent.setup();
    renderPage(<AssetEditPage />, { path: '/assets/new', route: '/assets/new' });
    await user.type(await screen.findByLabelText('Name'), 'Payroll');
    await user.selectOptions(screen.getByLabelText('Kind'), 'saas');
    await user.type(screen.getByLabelText('IP addresses (comma or space separated)'), '10.0.0.1, 10.0.0.2');
    await user.type(screen.getByLabelText('URL'), 'payroll');
    await user.selectOptions(screen.getByLabelText('GDPR relevant'), 'true');
    await user.click(screen.getByRole('button', { name: 'Register asset' }));
    await waitFor(() => expect(screen.getByLabelText('URL')).toHaveAccessibleDescription(/absolute http or https URL/));

    await user.clear(screen.getByLabelText('URL'));
    await user.type(screen.getByLabelText('URL'), 'https://payroll.example.com');
    await user.click(screen.getByRole('button', { name: 'Register asset' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(JSON.parse(String(calls.filter((c) => c.method === 'POST')[1].init.body))).toEqual({
      name: 'Payroll', kind: 'saas', ipAddresses: ['10.0.0.1', '10.0.0.2'], dnsNames: [],
      fields: { url: 'https://payroll.example.com', gdprRelevant: true },
    });
  });

  it('sends only the fields that changed, flags as booleans and cleared ones as null', async () => {
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/categories': { body: categories },
      '/api/assets/ast-1': { body: asset },
      'PATCH /api/assets/ast-1': { body: { assetId: 'ast-1', changes: [], decommissioned: false } },
    });
    const user = userEvent.setup();
    renderPage(<AssetEditPage />, { path: '/assets/:id/edit', route: '/assets/ast-1/edit' });
    expect(await screen.findByLabelText('Owner')).toHaveValue('team-a');
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Owner'));
    await user.selectOptions(screen.getByLabelText('Backup enabled'), 'false');
    await user.selectOptions(screen.getByLabelText('Category'), 'compute');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.method === 'PATCH')!.init.body))).toEqual({ owner: null, backupEnabled: false, category: 'compute' });
  });

  it('tells a read-only user they may not change assets, with no form', async () => {
    fakeFetch({ '/api/auth/me': { body: reader }, '/api/categories': { body: categories }, '/api/assets/ast-1': { body: asset } });
    renderPage(<AssetEditPage />, { path: '/assets/:id/edit', route: '/assets/ast-1/edit' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role may read assets but not change them.');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
