import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, renderPage } from '../../test/fakeApi';
import AuditPage from './AuditPage';
import { apiParams, readAuditState } from './auditParams';

afterEach(() => vi.unstubAllGlobals());

const entry = (assetId: string, kind: string) => ({
  at: '2026-11-20T10:00:00Z', kind, assetId, humanId: 'ASSET-0001', name: assetId, resourceType: 'ec2:instance', service: 'ec2',
  accountId: '111111111111', region: 'eu-west-1', cause: { kind: 'DiscoveryJob', id: 'j1' }, changedFields: kind === 'Changed' ? ['InstanceType'] : [],
  goneReason: null, reappeared: false,
});
const asset = { id: 'ast-1', humanId: 'ASSET-0001', name: 'web-1', arn: null, resourceId: 'i-1', service: 'ec2', resourceType: 'ec2:instance',
  accountId: '111111111111', region: 'eu-west-1', state: 'running', status: 'Active', category: null, criticality: null, owner: 'team-a', department: null,
  classification: null, manual: false, firstSeenAt: '2026-11-01T10:00:00Z', lastSeenAt: '2026-11-10T10:00:00Z', goneAt: null,
  lastChangedAt: '2026-11-01T10:00:00Z', changeCount: 1 };

describe('audit page', () => {
  it('pages through the changes of a period by cursor, forwards and back', async () => {
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/audit': (url) => ({ body: url.searchParams.get('cursor') === 'c2'
        ? { from: url.searchParams.get('from'), to: '2026-11-26T00:00:00Z', items: [entry('second-page', 'Vanished')], pageSize: 50, nextCursor: null, total: 51 }
        : { from: url.searchParams.get('from'), to: '2026-11-26T00:00:00Z', items: [entry('first-page', 'Changed')], pageSize: 50, nextCursor: 'c2', total: 51 } }),
    });
    const user = userEvent.setup();
    renderPage(<AuditPage />, { path: '/audit', route: '/audit?view=changes&from=2026-11-01T00:00:00.000Z&kind=Changed&kind=Vanished' });
    const table = await screen.findByTestId('audit-table');
    expect(within(table).getByText('InstanceType')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    const first = calls.find((c) => c.url.pathname === '/api/audit')!.url.searchParams;
    expect(first.get('from')).toBe('2026-11-01T00:00:00.000Z');
    expect(first.get('kind')).toBe('changed,vanished');
    expect(first.get('includeTotal')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('link', { name: 'ASSET-0001 second-page' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('link', { name: 'ASSET-0001 first-page' })).toBeInTheDocument();
  });

  it('lists the inventory as of an instant, linking each asset to how it was then', async () => {
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/assets/as-of': (url) => ({ body: { at: url.searchParams.get('at'), items: [asset], pageSize: 50, nextCursor: null, total: 1 } }),
    });
    renderPage(<AuditPage />, { path: '/audit', route: '/audit?view=as-of&at=2026-11-15T12:00:00.000Z' });
    const link = await within(await screen.findByTestId('as-of-table')).findByRole('link', { name: 'ASSET-0001 web-1' });
    expect(link).toHaveAttribute('href', '/assets/ast-1?at=2026-11-15T12%3A00%3A00.000Z');
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('1 assets existed at'));
    expect(calls.find((c) => c.url.pathname === '/api/assets/as-of')!.url.searchParams.get('at')).toBe('2026-11-15T12:00:00.000Z');
  });

  it('reads its state from the URL with a week back as the default period', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const state = readAuditState(new URLSearchParams(), now);
    expect(state.view).toBe('changes');
    expect(apiParams(state, null, 50)!.get('from')).toBe('2026-11-19T12:00:00.000Z');
    expect(apiParams({ ...state, from: 'not a date' }, null, 50)).toBeNull();
  });
});
