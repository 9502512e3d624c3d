import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiscoveryJob, JobScope } from '../../api/types';
import { admin, fakeFetch, reader, renderPage } from '../../test/fakeApi';
import DiscoveryJobPage from './DiscoveryJobPage';
import DiscoveryJobsPage from './DiscoveryJobsPage';
import { formatDuration } from './jobProgress';
import { formatTimeLeft } from './JobVisibility';

afterEach(() => vi.unstubAllGlobals());

const jobId = '0f5c3c3e-1111-4222-8333-444455556666';
const scope = (accountId: string, service: string, outcome: JobScope['outcome'], counts: Partial<JobScope> = {}): JobScope => ({
  accountId, region: 'eu-west-1', service, outcome, errorCode: outcome === 'Failed' ? 'AccessDenied' : null,
  errorMessage: outcome === 'Failed' ? 'Not authorised to describe.' : null, observed: 0, new: 0, changed: 0, gone: 0, at: '2026-11-26T10:00:05Z', ...counts,
});

function job(overrides: Partial<DiscoveryJob>): DiscoveryJob {
  return {
    id: `discovery-job:${jobId}`, jobId, status: 'Running', trigger: 'alice', dryRun: false, accountIds: ['111111111111', '222222222222'],
    startedAccountIds: ['111111111111', '222222222222'], discoveredAccountIds: ['111111111111'],
    scopes: [scope('111111111111', 'ec2', 'Clean', { observed: 4, new: 3, changed: 1 }), scope('111111111111', 's3', 'Clean', { observed: 2, new: 2 }),
      scope('222222222222', 'ec2', 'Failed')],
    totals: { seen: 6, new: 5, changed: 1, gone: 0, failedScopes: 1, unfinishedScopes: 0 },
    log: [{ at: '2026-11-26T10:00:00Z', level: 'Info', message: 'Job started for 2 accounts.' },
      { at: '2026-11-26T10:00:05Z', level: 'Error', message: 'ec2 in eu-west-1 of 222222222222 failed: AccessDenied.' }],
    startedAt: '2026-11-26T10:00:00Z', timeLimit: '01:00:00', deadline: '2026-11-26T11:00:00Z', cancelRequestedAt: null, cancelRequestedBy: null,
    finishedAt: null, reason: null, duration: null, isFinished: false, version: 4, ...overrides,
  };
}

describe('discovery job page', () => {
  it('shows progress per account, totals, errors and the log while the job runs', async () => {
    fakeFetch({ '/api/auth/me': { body: admin }, [`/api/discovery-jobs/${jobId}`]: { body: job({}) } });
    renderPage(<DiscoveryJobPage />, { path: '/discovery/:jobId', route: `/discovery/${jobId}` });

    expect(await screen.findByTestId('total-seen')).toHaveTextContent('6');
    expect(screen.getByTestId('total-new')).toHaveTextContent('5');
    expect(screen.getByTestId('total-failed')).toHaveTextContent('1');
    expect(screen.getByRole('progressbar', { name: 'Accounts discovered' })).toHaveAttribute('aria-valuenow', '50');
    const rows = within(screen.getByTestId('account-progress')).getAllByRole('row');
    expect(within(rows[1]).getByText('Done')).toBeInTheDocument();
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(rows[1])).toEqual(['111111111111', 'Done', '2', '0', '0', '6', '5', '1', '0']);
    expect(cells(rows[2])).toEqual(['222222222222', 'Discovering', '1', '1', '0', '0', '0', '0', '0']);
    expect(within(rows[2]).getByText('Discovering')).toBeInTheDocument();
    expect(screen.getByTestId('job-errors')).toHaveTextContent('AccessDenied Not authorised to describe.');
    expect(screen.getByTestId('job-log')).toHaveTextContent('failed: AccessDenied.');
    expect(screen.getByRole('button', { name: 'Cancel job' })).toBeInTheDocument();
  });

  it('reads the job again while it runs and stops once it finished', async () => {
    let reads = 0;
    fakeFetch({
      '/api/auth/me': { body: admin },
      [`/api/discovery-jobs/${jobId}`]: () => {
        reads++;
        return { body: reads < 2 ? job({}) : job({ status: 'CompletedWithErrors', isFinished: true, discoveredAccountIds: ['111111111111'],
          finishedAt: '2026-11-26T10:01:00Z', duration: '00:01:00', reason: '1 scope failed.' }) };
      },
    });
    renderPage(<DiscoveryJobPage />, { path: '/discovery/:jobId', route: `/discovery/${jobId}` });
    expect(await screen.findByText('Running')).toBeInTheDocument();
    expect(await screen.findByText('Completed with errors', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getAllByText('Unfinished').length).toBeGreaterThan(0);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel job' })).not.toBeInTheDocument();
    const finishedAfter = reads;
    await new Promise((r) => setTimeout(r, 2000));
    expect(reads).toBe(finishedAfter);
  });

  it('says a finished job is recorded but not yet in the register, with events behind and time left, until it is visible', async () => {
    const finished = { status: 'Completed' as const, isFinished: true, discoveredAccountIds: ['111111111111', '222222222222'],
      finishedAt: '2026-11-26T10:01:00Z', duration: '00:01:00' };
    let reads = 0;
    fakeFetch({
      '/api/auth/me': { body: admin },
      [`/api/discovery-jobs/${jobId}`]: () => {
        reads++;
        return { body: job({ ...finished, visibility: reads < 2
          ? { state: 'CatchingUp', eventsBehind: 12_500, secondsLeft: 41.2, slowestProjection: 'AssetActivity:All' }
          : { state: 'Visible', eventsBehind: 0, secondsLeft: 0, slowestProjection: null } }) };
      },
    });
    renderPage(<DiscoveryJobPage />, { path: '/discovery/:jobId', route: `/discovery/${jobId}` });

    expect(await screen.findByTestId('job-visibility')).toHaveTextContent('Recorded; the register catches up: 12,500 events behind, about 42 s left');
    expect(await screen.findByText('Visible in the register', {}, { timeout: 4000 })).toBeInTheDocument();
    const settledAfter = reads;
    await new Promise((r) => setTimeout(r, 2000));
    expect(reads).toBe(settledAfter);
  }, 15_000);

  it('writes the time left as people read it', () => {
    expect(formatTimeLeft(null)).toBe('estimating the time left');
    expect(formatTimeLeft(0.2)).toBe('about 1 s left');
    expect(formatTimeLeft(300)).toBe('about 5 min left');
  });

  it('lets an admin cancel a running job', async () => {
    const cancelling = job({ cancelRequestedAt: '2026-11-26T10:00:30Z', cancelRequestedBy: 'alice' });
    let asked = false;
    const calls = fakeFetch({
      '/api/auth/me': { body: admin },
      [`/api/discovery-jobs/${jobId}`]: () => ({ body: asked ? cancelling : job({}) }),
      [`POST /api/discovery-jobs/${jobId}/cancel`]: () => {
        asked = true;
        return { status: 202, body: cancelling };
      },
    });
    const user = userEvent.setup();
    renderPage(<DiscoveryJobPage />, { path: '/discovery/:jobId', route: `/discovery/${jobId}` });
    await user.click(await screen.findByRole('button', { name: 'Cancel job' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await screen.findByRole('button', { name: 'Cancelling…' })).toBeDisabled();
    expect(screen.getByText(/by alice/)).toBeInTheDocument();
  });

  it('shows a read-only user the job without a cancel button, and the jobs list without a start form', async () => {
    fakeFetch({ '/api/auth/me': { body: reader }, [`/api/discovery-jobs/${jobId}`]: { body: job({}) }, '/api/discovery-jobs': { body: [job({})] } });
    const { unmount } = renderPage(<DiscoveryJobPage />, { path: '/discovery/:jobId', route: `/discovery/${jobId}` });
    expect(await screen.findByTestId('total-seen')).toHaveTextContent('6');
    expect(screen.queryByRole('button', { name: 'Cancel job' })).not.toBeInTheDocument();
    unmount();

    renderPage(<DiscoveryJobsPage />, { path: '/discovery', route: '/discovery' });
    expect(await screen.findByTestId('jobs-table')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Start a discovery' })).not.toBeInTheDocument();
  });

  it('lists what a dry run would change, field by field', async () => {
    fakeFetch({
      '/api/auth/me': { body: admin },
      [`/api/discovery-jobs/${jobId}`]: { body: job({ dryRun: true, status: 'Completed', isFinished: true, discoveredAccountIds: ['111111111111', '222222222222'] }) },
      [`/api/discovery-jobs/${jobId}/preview`]: { body: { jobId, total: 2, offset: 0, limit: 50, items: [
        { accountId: '111111111111', region: 'eu-west-1', service: 'ec2', item: { kind: 'Changed', assetId: 'ast-1', resourceType: 'ec2:instance', name: 'web-1',
          arn: null, resourceId: 'i-1', changes: [{ field: 'InstanceType', old: 't3.micro', new: 't3.large' }], goneReason: null } },
        { accountId: '111111111111', region: 'eu-west-1', service: 's3', item: { kind: 'Gone', assetId: 'ast-2', resourceType: 's3:bucket', name: 'logs',
          arn: null, resourceId: 'logs', changes: [], goneReason: 'AbsentFromCleanScan' } },
      ] } },
    });
    renderPage(<DiscoveryJobPage />, { path: '/discovery/:jobId', route: `/discovery/${jobId}` });
    const preview = await screen.findByTestId('dry-run-preview');
    expect(await within(preview).findByRole('link', { name: 'web-1' })).toBeInTheDocument();
    expect(preview).toHaveTextContent('InstanceType: t3.micro → t3.large');
    expect(preview).toHaveTextContent('Gone: no longer listed');
  });

  it('writes durations as people read them', () => {
    expect(formatDuration('00:01:05.1234567')).toBe('1 min 5 s');
    expect(formatDuration('1.02:00:00')).toBe('1 d 2 h 0 s');
    expect(formatDuration(null)).toBe('—');
  });
});
