import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, renderPage } from '../../test/fakeApi';
import UsersPage from './UsersPage';

afterEach(() => vi.unstubAllGlobals());

const root = { id: 'u0', username: 'root', email: null, displayName: 'root', role: 'Superadmin', active: true, authSource: 'Local',
  createdAt: '2026-11-01T10:00:00Z', lastSignInAt: null };
const alice = { ...root, id: 'u1', username: 'alice', displayName: 'Alice', role: 'Admin' };
const sso = { ...root, id: 'u2', username: 'sam', displayName: 'Sam', role: 'ReadOnly', authSource: 'Oidc' };

describe('users page', () => {
  it('creates a read-only user and shows a field error from the API next to its field first', async () => {
    let attempt = 0;
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/users': { body: [root, alice] },
      'POST /api/admin/users': () => (++attempt === 1
        ? { status: 400, body: { title: 'Invalid user', status: 400, errors: { password: ['A password has at least 8 characters.'] } } }
        : { status: 201, body: { ...root, id: 'u3', username: 'rita', role: 'ReadOnly' } }),
    });
    const user = userEvent.setup();
    renderPage(<UsersPage />, { path: '/settings/users', route: '/settings/users' });
    await user.click(await screen.findByRole('button', { name: 'New user' }));
    const form = screen.getByRole('form', { name: 'New user' });
    await user.type(within(form).getByLabelText('Username'), 'rita');
    await user.type(within(form).getByLabelText('Password'), 'short');
    expect(within(form).getByLabelText('Role')).toHaveValue('ReadOnly');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(within(form).getByLabelText('Password')).toHaveAccessibleDescription(/at least 8 characters\./));

    await user.type(within(form).getByLabelText('Password'), '-but-longer');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('rita can now sign in.')).toBeInTheDocument();
    expect(JSON.parse(String(calls.filter((c) => c.method === 'POST')[1].init.body))).toEqual({
      username: 'rita', email: '', displayName: '', role: 'ReadOnly', password: 'short-but-longer' });
  });

  it('surfaces the superadmin and not-yourself rules as the API words them', async () => {
    fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/users': { body: [root, alice] },
      'DELETE /api/admin/users/u0': { status: 409, body: { title: 'User conflict', status: 409, detail: "'root' is the superadmin and cannot be deleted." } },
      'PUT /api/admin/users/u1': { status: 409, body: { title: 'User conflict', status: 409, detail: 'You cannot change your own role.' } },
    });
    const user = userEvent.setup();
    renderPage(<UsersPage />, { path: '/settings/users', route: '/settings/users' });
    await user.click(within(await screen.findByRole('group', { name: 'Actions for root' })).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete user' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("'root' is the superadmin and cannot be deleted.");
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(within(screen.getByRole('group', { name: 'Actions for alice' })).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit user' });
    await user.selectOptions(within(form).getByLabelText('Role'), 'ReadOnly');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('You cannot change your own role.');
  });

  it('offers a password reset only to users who sign in with a password', async () => {
    fakeFetch({ '/api/auth/me': { body: admin }, '/api/admin/users': { body: [alice, sso] } });
    renderPage(<UsersPage />, { path: '/settings/users', route: '/settings/users' });
    expect(within(await screen.findByRole('group', { name: 'Actions for alice' })).getByRole('button', { name: 'Reset password' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Actions for sam' })).queryByRole('button', { name: 'Reset password' })).not.toBeInTheDocument();
  });

  it('ends a user\'s sessions after asking, and shows the API\'s refusal for the superadmin', async () => {
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/users': { body: [root, alice] },
      'POST /api/admin/users/u1/end-sessions': { status: 204 },
      'POST /api/admin/users/u0/end-sessions': { status: 403, body: { title: 'Forbidden', status: 403, detail: "Only a superadmin ends the superadmin's sessions." } },
    });
    const user = userEvent.setup();
    renderPage(<UsersPage />, { path: '/settings/users', route: '/settings/users' });
    await user.click(within(await screen.findByRole('group', { name: 'Actions for alice' })).getByRole('button', { name: 'End sessions' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Sign out of every browser' }));
    expect(await screen.findByText('alice is signed out of every browser.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual(['/api/admin/users/u1/end-sessions']);

    await user.click(within(screen.getByRole('group', { name: 'Actions for root' })).getByRole('button', { name: 'End sessions' }));
    await user.click(screen.getByRole('button', { name: 'Sign out of every browser' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Only a superadmin ends the superadmin's sessions.");
  });
});
