import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, renderPage } from '../../test/fakeApi';
import ProfilePage from './ProfilePage';

afterEach(() => vi.unstubAllGlobals());

const here = { id: 's1', startedAt: '2026-12-01T08:00:00Z', lastSeenAt: '2026-12-05T09:00:00Z', client: 'Firefox on Linux', address: '10.0.0.5', current: true };
const phone = { id: 's2', startedAt: '2026-12-02T08:00:00Z', lastSeenAt: '2026-12-04T09:00:00Z', client: 'Safari on iPhone', address: '10.0.0.9', current: false };
const laptop = { ...phone, id: 's3', client: 'Chrome on Windows' };

describe('profile page sessions', () => {
  it('lists the signed-in browsers and ends one of the others', async () => {
    let ended = false;
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/auth/sessions': () => ({ body: ended ? [here] : [here, phone] }),
      'DELETE /api/auth/sessions/s2': () => { ended = true; return { status: 204 }; },
    });
    const user = userEvent.setup();
    renderPage(<ProfilePage />);

    const table = await screen.findByRole('table');
    expect(within(table).getByText('Safari on iPhone')).toBeInTheDocument();
    expect(within(table).getByText('This browser')).toBeInTheDocument();
    expect(within(table).getAllByRole('button', { name: /End session/ })).toHaveLength(1);

    await user.click(within(table).getByRole('button', { name: /End session/ }));
    await waitFor(() => expect(screen.queryByText('Safari on iPhone')).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'DELETE' && c.url.pathname === '/api/auth/sessions/s2')).toBe(true);
  });

  it('signs out every other browser at once', async () => {
    let ended = false;
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      '/api/auth/sessions': () => ({ body: ended ? [here] : [here, phone, laptop] }),
      'POST /api/auth/sessions/end-others': () => { ended = true; return { status: 204 }; },
    });
    const user = userEvent.setup();
    renderPage(<ProfilePage />);

    await user.click(await screen.findByRole('button', { name: 'Sign out all other browsers' }));
    await waitFor(() => expect(screen.queryByText('Chrome on Windows')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Sign out all other browsers' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual(['/api/auth/sessions/end-others']);
  });
});
