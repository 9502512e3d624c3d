import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, reader, renderPage } from '../../test/fakeApi';
import { AdminPage } from '../../auth/CanEdit';
import SettingsPage from './SettingsPage';

afterEach(() => vi.unstubAllGlobals());

const settings = {
  sso: { enabled: false, displayName: null, issuer: null, clientId: null, clientSecretSet: true, scopes: ['openid', 'profile', 'email'], roleClaim: null, adminValue: null },
  email: { mode: 'Smtp', host: 'mail.example.com', port: 587, security: 'StartTls', username: 'inventory', passwordSet: true, fromAddress: 'inventory@example.com', fromName: null },
  discoveryInterval: 'Daily',
  sessionTimeoutMinutes: 480,
};

describe('settings page', () => {
  it('saves single sign-on without the stored secret unless one is typed, and shows field errors next to the fields', async () => {
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/settings': { body: settings },
      'PUT /api/admin/settings': { status: 400, body: { title: 'Invalid settings', status: 400, detail: 'sso.issuer must use https.',
        errors: { 'sso.issuer': ['sso.issuer must use https; plain http is allowed only for a provider on localhost.'], 'sso.scopes': ['sso.scopes must include openid.'] } } },
    });
    const user = userEvent.setup();
    renderPage(<SettingsPage />, { path: '/settings', route: '/settings' });
    const sso = await screen.findByRole('form', { name: 'Single sign-on settings' });
    await user.click(within(sso).getByLabelText('Offer single sign-on on the sign-in page'));
    await user.type(within(sso).getByLabelText('Issuer'), 'http://login.example.com');
    await user.clear(within(sso).getByLabelText('Scopes'));
    await user.type(within(sso).getByLabelText('Scopes'), 'profile email');
    expect(within(sso).getByLabelText('Client secret')).toHaveValue('');
    await user.click(within(sso).getByRole('button', { name: 'Save single sign-on' }));

    await waitFor(() => expect(within(sso).getByLabelText('Issuer')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(sso).getByLabelText('Issuer')).toHaveAccessibleDescription(/plain http is allowed only for a provider on localhost/);
    expect(within(sso).getByLabelText('Scopes')).toHaveAccessibleDescription(/must include openid/);
    const body = JSON.parse(String(calls.find((c) => c.method === 'PUT')!.init.body));
    expect(body).toEqual({ sso: { enabled: true, displayName: '', issuer: 'http://login.example.com', clientId: '', clientSecret: null,
      scopes: ['profile', 'email'], roleClaim: '', adminValue: '' } });
  });

  it('clears a stored password only when asked, and says when it was saved', async () => {
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/settings': { body: settings },
      'PUT /api/admin/settings': { body: { ...settings, email: { ...settings.email, passwordSet: false } } },
    });
    const user = userEvent.setup();
    renderPage(<SettingsPage />, { path: '/settings', route: '/settings' });
    const email = await screen.findByRole('form', { name: 'E-mail settings' });
    expect(within(email).getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(within(email).getByLabelText('Password')).toHaveValue('');
    await user.click(within(email).getByLabelText('Remove the stored password'));
    await user.click(within(email).getByRole('button', { name: 'Save e-mail' }));
    expect(await within(email).findByText('Saved.')).toBeInTheDocument();
    expect(JSON.parse(String(calls.find((c) => c.method === 'PUT')!.init.body)).email.password).toBe('');
    expect(within(email).queryByLabelText('Remove the stored password')).not.toBeInTheDocument();
  });

  it('reports the mail server’s refusal of a test message', async () => {
    fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/admin/settings': { body: settings },
      'POST /api/admin/settings/test-email': { status: 502, body: { title: 'The mail server failed', status: 502, detail: '535: Authentication failed' } },
    });
    const user = userEvent.setup();
    renderPage(<SettingsPage />, { path: '/settings', route: '/settings' });
    const test = await screen.findByRole('form', { name: 'Send a test e-mail' });
    await user.type(within(test).getByLabelText('Send a test message to'), 'me@example.com');
    await user.click(within(test).getByRole('button', { name: 'Send test e-mail' }));
    expect(await within(test).findByRole('alert')).toHaveTextContent('535: Authentication failed');
  });

  it('shows a read-only user no settings and no controls', async () => {
    const calls = fakeFetch({ '/api/auth/me': { body: reader } });
    renderPage(<AdminPage><SettingsPage /></AdminPage>, { path: '/settings', route: '/settings' });
    expect(await screen.findByTestId('admins-only')).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname.startsWith('/api/admin'))).toBe(false);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
