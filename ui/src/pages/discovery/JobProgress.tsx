import type { DiscoveryJob } from '../../api/types';
import { formatCount } from '../../components/format';
import { accountProgress, percentDone, type AccountState } from './jobProgress';

const stateColours: Record<AccountState, string> = { Waiting: 'secondary', Discovering: 'primary', Done: 'success', Unfinished: 'warning' };

/** The job's totals, and per account how far it got: scopes listed, failed, and what they found. */
export function JobProgress({ job }: { job: DiscoveryJob }) {
  const percent = percentDone(job);
  const totals = [
    ['Seen', job.totals.seen, 'seen'], ['New', job.totals.new, 'new'], ['Changed', job.totals.changed, 'changed'], ['Gone', job.totals.gone, 'gone'],
    ['Failed scopes', job.totals.failedScopes, 'failed'], ['Unfinished scopes', job.totals.unfinishedScopes, 'unfinished'],
  ] as const;
  return (
    <>
      {!job.isFinished && (
        <div className="progress mb-3" role="progressbar" aria-label="Accounts discovered" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
          <div className="progress-bar progress-bar-striped progress-bar-animated" style={{ width: `${Math.max(percent, 5)}%` }}>
            {job.discoveredAccountIds.length} of {job.accountIds.length} accounts
          </div>
        </div>
      )}
      <dl className="row row-cols-3 row-cols-md-6 g-2 text-center mb-3" data-testid="job-totals">
        {totals.map(([label, value, key]) => (
          <div className="col" key={key}>
            <div className="border rounded py-2">
              <dt className="small text-body-secondary fw-normal">{label}</dt>
              <dd className="fs-4 mb-0" data-testid={`total-${key}`}>{formatCount(value)}</dd>
            </div>
          </div>
        ))}
      </dl>
      <h2 className="h5">Accounts</h2>
      <div className="table-responsive">
        <table className="table table-sm align-middle" data-testid="account-progress">
          <thead>
            <tr>
              <th scope="col">Account</th><th scope="col">State</th><th scope="col" className="text-end">Scopes listed</th>
              <th scope="col" className="text-end">Failed</th><th scope="col" className="text-end">Unfinished</th>
              <th scope="col" className="text-end">Seen</th><th scope="col" className="text-end">New</th>
              <th scope="col" className="text-end">Changed</th><th scope="col" className="text-end">Gone</th>
            </tr>
          </thead>
          <tbody>
            {accountProgress(job).map((a) => (
              <tr key={a.accountId}>
                <td className="mono">{a.accountId}</td>
                <td>
                  <span className={`badge text-bg-${stateColours[a.state]}`}>
                    {a.state === 'Discovering' && <span className="spinner-grow spinner-grow-sm me-1" aria-hidden="true" />}
                    {a.state}
                  </span>
                </td>
                <td className="text-end">{a.scopes}</td>
                <td className={`text-end${a.failed ? ' text-danger fw-semibold' : ''}`}>{a.failed}</td>
                <td className="text-end">{a.unfinished}</td>
                <td className="text-end">{a.observed}</td><td className="text-end">{a.new}</td>
                <td className="text-end">{a.changed}</td><td className="text-end">{a.gone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
