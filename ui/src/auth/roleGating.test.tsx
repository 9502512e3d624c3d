import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AssetDetailPage from '../pages/asset-detail/AssetDetailPage';
import AssetListPage from '../pages/assets/AssetListPage';
import { admin, fakeFetch, reader, renderPage, type Routes } from '../test/fakeApi';
import { RequireAuth } from './RequireAuth';
import { canEdit } from './roles';

afterEach(() => vi.unstubAllGlobals());

const asset = {
  id: 'ast-1', humanId: 'ASSET-0001', manual: false, name: 'web-1', arn: 'arn:aws:ec2:eu-west-1:111111111111:instance/i-1',
  resourceId: 'i-1', service: 'ec2', resourceType: 'ec2:instance', accountId: '111111111111', region: 'eu-west-1', state: 'running',
  tags: { Env: 'prod' }, ipAddresses: ['10.0.0.1'], dnsNames: [], attributes: { InstanceType: 't3.micro' }, related: {},
  status: 'Active', firstSeenAt: '2026-11-01T10:00:00Z', lastSeenAt: '2026-11-02T10:00:00Z', goneAt: null, goneReason: null,
  changeCount: 1, version: 1, fields: {}, lastChangedAt: '2026-11-01T10:00:00Z', decommissionedAt: null,
};
const node = { id: 'ast-2', name: 'subnet-a', service: 'vpc', resourceType: 'ec2:subnet', accountId: '111111111111', region: 'eu-west-1',
  status: 'Active', arn: null, resourceId: 'subnet-a', depth: 1 };
const manualEdge = { id: 'e1', sourceId: 'ast-1', targetId: 'ast-2', type: 'depends-on', origin: 'Manual', dependence: 'SourceOnTarget',
  description: null, reference: null, since: '2026-11-01T10:00:00Z', cause: { kind: 'User', id: 'alice' } };

function estate(me: unknown): Routes {
  return {
    '/api/auth/me': { body: me },
    '/api/assets/ast-1': { body: asset },
    '/api/assets/ast-1/timeline': { body: { assetId: 'ast-1', entries: [], page: 1, pageSize: 50, total: 0 } },
    '/api/assets/ast-1/relationships': { body: { asset: node, outgoing: [{ edge: manualEdge, node }], incoming: [], pending: [] } },
    '/api/assets': { body: { items: [{ ...asset, category: null, criticality: null, owner: null, department: null, classification: null }], pageSize: 50, nextCursor: null, total: 1 } },
    '/api/assets/filter-options': { body: { fields: { service: [{ value: 'ec2', count: 1 }] }, tagKeys: [] } },
  };
}

describe('role-gated controls', () => {
  it('canEdit is true for admins and the superadmin only', () => {
    expect(canEdit({ role: 'Superadmin' })).toBe(true);
    expect(canEdit({ role: 'Admin' })).toBe(true);
    expect(canEdit({ role: 'ReadOnly' })).toBe(false);
    expect(canEdit(null)).toBe(false);
  });

  it('shows an admin the asset edit controls', async () => {
    fakeFetch(estate(admin));
    renderPage(<AssetDetailPage />, { path: '/assets/:id', route: '/assets/ast-1' });

    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/assets/ast-1/edit');
    expect(screen.getByRole('button', { name: 'Decommission…' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Add relationship…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Remove depends-on/ })).toBeInTheDocument();
  });

  it('shows a read-only user the asset without any control that changes it', async () => {
    fakeFetch(estate(reader));
    renderPage(<AssetDetailPage />, { path: '/assets/:id', route: '/assets/ast-1' });

    expect(await screen.findByRole('heading', { name: 'ASSET-0001 · web-1' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'subnet-a' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decommission…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add relationship…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('gives an admin bulk selection on the asset list, and a read-only user none', async () => {
    fakeFetch(estate(admin));
    const { unmount } = renderPage(<AssetListPage />, { path: '/assets', route: '/assets' });
    expect(await screen.findByRole('checkbox', { name: 'Select web-1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New manual asset' })).toBeInTheDocument();
    unmount();

    fakeFetch(estate(reader));
    renderPage(<AssetListPage />, { path: '/assets', route: '/assets' });
    expect(await screen.findByRole('link', { name: 'web-1' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New manual asset' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toBeInTheDocument();
  });

  it('sends an anonymous visitor to sign in, keeping where they were going', async () => {
    fakeFetch({ '/api/auth/me': { status: 401, body: { title: 'Unauthorized', status: 401 } } });
    renderPage(<RequireAuth><p>Secret</p></RequireAuth>, { path: '/assets', route: '/assets?service=ec2' });
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(screen.queryByText('Secret')).not.toBeInTheDocument();
  });
});
