import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActivityCounts, Dashboard, DiscoveryJobSummary, JobVisibility } from '../../api/types';
import { admin, fakeFetch, renderPage } from '../../test/fakeApi';
import DashboardPage, { refreshInterval } from './DashboardPage';

afterEach(() => vi.unstubAllGlobals());

const none: ActivityCounts = { new: 0, reappeared: 0, changed: 0, changedByDiscovery: 0, editedByPeople: 0, gone: 0, decommissioned: 0 };
const zero = { total: 0, active: 0, inactive: 0, gone: 0, decommissioned: 0 };

function dashboard(visibility: JobVisibility): Dashboard {
  const last: DiscoveryJobSummary = {
    id: '0f5c3c3e-1111-4222-8333-444455556666', status: 'Completed', startedAt: '2026-11-26T10:00:00Z', finishedAt: '2026-11-26T10:05:00Z',
    accountIds: ['111111111111'], visibility,
  };
  return {
    counts: { totals: zero, byService: [], byAccount: [], byRegion: [], byCategory: [], byCriticality: [], byStatus: [] },
    activity: { at: '2026-11-26T10:06:00Z', last24Hours: none, last7Days: none, last30Days: none, daily: [] },
    costs: { currency: null, fetchedAt: null, thisMonth: null, lastMonth: null, byAccount: [] },
    discovery: { last, running: [], next: null, scheduling: 'Disabled' },
  };
}

describe('dashboard', () => {
  it('says the last discovery is recorded but the register still catches up, and reads again soon', async () => {
    const catchingUp = dashboard({ state: 'CatchingUp', eventsBehind: 98_000, secondsLeft: 240, slowestProjection: 'AssetView:All' });
    fakeFetch({ '/api/auth/me': { body: admin }, '/api/dashboard': { body: catchingUp } });
    renderPage(<DashboardPage />);

    expect(await screen.findByTestId('job-visibility')).toHaveTextContent('98,000 events behind, about 4 min left');
    expect(refreshInterval(catchingUp)).toBe(2_000);
  });

  it('says the last discovery is visible in the register once the read models hold it', async () => {
    const visible = dashboard({ state: 'Visible', eventsBehind: 0, secondsLeft: 0, slowestProjection: null });
    fakeFetch({ '/api/auth/me': { body: admin }, '/api/dashboard': { body: visible } });
    renderPage(<DashboardPage />);

    expect(await screen.findByTestId('job-visibility')).toHaveTextContent('Visible in the register');
    expect(refreshInterval(visible)).toBe(30_000);
  });
});
