import type { DiscoveryJob } from '../../api/types';

export type AccountState = 'Waiting' | 'Discovering' | 'Done' | 'Unfinished';

export interface AccountProgress {
  accountId: string;
  state: AccountState;
  scopes: number;
  failed: number;
  unfinished: number;
  observed: number;
  new: number;
  changed: number;
  gone: number;
}

/** Where each of a job's accounts stands, from the accounts it started and finished and the scopes it recorded so far. */
export function accountProgress(job: DiscoveryJob): AccountProgress[] {
  return job.accountIds.map((accountId) => {
    const scopes = job.scopes.filter((s) => s.accountId === accountId);
    const state: AccountState = job.discoveredAccountIds.includes(accountId) ? 'Done'
      : job.isFinished ? 'Unfinished'
      : job.startedAccountIds.includes(accountId) ? 'Discovering'
      : 'Waiting';
    return {
      accountId,
      state,
      scopes: scopes.length,
      failed: scopes.filter((s) => s.outcome === 'Failed').length,
      unfinished: scopes.filter((s) => s.outcome === 'Unfinished').length,
      observed: scopes.reduce((n, s) => n + s.observed, 0),
      new: scopes.reduce((n, s) => n + s.new, 0),
      changed: scopes.reduce((n, s) => n + s.changed, 0),
      gone: scopes.reduce((n, s) => n + s.gone, 0),
    };
  });
}

/** Share of the job's accounts that are done, 0 to 100. */
export function percentDone(job: DiscoveryJob): number {
  if (job.isFinished) return 100;
  if (job.accountIds.length === 0) return 0;
  return Math.round((100 * job.discoveredAccountIds.length) / job.accountIds.length);
}

/** "1 h 2 min 3 s" from a .NET TimeSpan ("01:02:03.456" or "1.01:02:03"). */
export function formatDuration(span: string | null): string {
  if (!span) return '—';
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.\d+)?$/.exec(span);
  if (!match) return span;
  const [days, hours, minutes, seconds] = match.slice(1).map((v) => Number(v ?? 0));
  const parts = [days && `${days} d`, hours && `${hours} h`, minutes && `${minutes} min`, `${seconds} s`].filter(Boolean);
  return parts.join(' ');
}
