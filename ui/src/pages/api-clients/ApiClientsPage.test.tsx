import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, reader, renderPage } from '../../test/fakeApi';
import { AdminPage } from '../../auth/CanEdit';
import ApiClientsPage from './ApiClientsPage';

afterEach(() => vi.unstubAllGlobals());

const registered = { id: 'c1', clientId: 'inv_7f3a', name: 'backup-bot', role: 'ReadOnly', active: true, createdAt: '2026-11-26T10:00:00Z', createdBy: 'alice' };

describe('API clients page', () => {
  it('shows a new client’s secret once, with a copy button, and never again', async () => {
    let list: unknown[] = [];
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/api-clients': () => ({ body: list }),
      'POST /api/admin/api-clients': () => {
        list = [registered];
        return { status: 201, body: { ...registered, secret: 's3cr3t-shown-once' } };
      },
    });
    const user = userEvent.setup();
    renderPage(<ApiClientsPage />, { path: '/settings/api-clients', route: '/settings/api-clients' });

    await user.click(await screen.findByRole('button', { name: 'New API client' }));
    await user.type(screen.getByLabelText('Name'), 'backup-bot');
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByTestId('new-client-secret')).toHaveTextContent('s3cr3t-shown-once');
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy secret' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe('s3cr3t-shown-once');
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(JSON.parse(String(calls.find((c) => c.method === 'POST')!.init.body))).toEqual({ name: 'backup-bot', role: 'ReadOnly' });

    await user.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(await screen.findByText('backup-bot is registered.')).toBeInTheDocument();
    expect(within(await screen.findByTestId('api-clients-table')).getByText('inv_7f3a')).toBeInTheDocument();
    expect(screen.queryByText('s3cr3t-shown-once')).not.toBeInTheDocument();
  });

  it('shows the API’s field error next to the name', async () => {
    fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/api-clients': { body: [registered] },
      'POST /api/admin/api-clients': { status: 409, body: { title: 'API client conflict', status: 409, detail: "An API client named 'backup-bot' exists already.",
        errors: { name: ["An API client named 'backup-bot' exists already."] } } },
    });
    const user = userEvent.setup();
    renderPage(<ApiClientsPage />, { path: '/settings/api-clients', route: '/settings/api-clients' });
    await user.click(await screen.findByRole('button', { name: 'New API client' }));
    await user.type(screen.getByLabelText('Name'), 'backup-bot');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/exists already/));
  });

  it('disables a client with its name and role unchanged', async () => {
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/api-clients': { body: [registered] },
      'PUT /api/admin/api-clients/c1': { body: { ...registered, active: false } },
    });
    const user = userEvent.setup();
    renderPage(<ApiClientsPage />, { path: '/settings/api-clients', route: '/settings/api-clients' });
    await user.click(await screen.findByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('backup-bot is disabled.')).toBeInTheDocument();
    expect(JSON.parse(String(calls.find((c) => c.method === 'PUT')!.init.body))).toEqual({ name: 'backup-bot', role: 'ReadOnly', active: false });
  });

  it('shows a read-only user no administration at all', async () => {
    const calls = fakeFetch({ '/api/auth/me': { body: reader } });
    renderPage(<AdminPage><ApiClientsPage /></AdminPage>, { path: '/settings/api-clients', route: '/settings/api-clients' });
    expect(await screen.findByTestId('admins-only')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname.startsWith('/api/admin'))).toBe(false);
  });
});
