import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { discoveryApi } from '../../api/discovery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { JobStatusBadge } from '../../components/StatusBadge';

export default function DiscoveryJobsPage() {
  const jobs = useQuery({
    queryKey: ['discovery-jobs'],
    queryFn: ({ signal }) => discoveryApi.list(signal),
    refetchInterval: (query) => (query.state.data?.some((j) => !j.isFinished) ? 2000 : false),
  });
  return (
    <>
      <PageHeader title="Discovery jobs" />
      {jobs.error && <ErrorAlert error={jobs.error} onRetry={() => jobs.refetch()} />}
      {jobs.isPending && <Loading label="Loading discovery jobs" />}
      {jobs.data && jobs.data.length === 0 && <p>No discovery has run yet.</p>}
      {jobs.data && jobs.data.length > 0 && (
        <div className="table-responsive">
          <table className="table table-hover align-middle">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col">Accounts</th>
                <th scope="col" className="text-end">Seen</th>
                <th scope="col" className="text-end">New</th>
                <th scope="col" className="text-end">Changed</th>
                <th scope="col" className="text-end">Gone</th>
                <th scope="col" className="text-end">Failed scopes</th>
                <th scope="col">Finished</th>
              </tr>
            </thead>
            <tbody>
              {jobs.data.map((job) => (
                <tr key={job.jobId}>
                  <td>
                    <Link to={`/discovery/${job.jobId}`}>{formatDateTime(job.startedAt)}</Link>
                    {job.dryRun && <span className="badge text-bg-info ms-1">dry run</span>}
                  </td>
                  <td><JobStatusBadge status={job.status} /></td>
                  <td className="small">{job.accountIds.join(', ')}</td>
                  <td className="text-end">{job.totals.seen}</td>
                  <td className="text-end">{job.totals.new}</td>
                  <td className="text-end">{job.totals.changed}</td>
                  <td className="text-end">{job.totals.gone}</td>
                  <td className="text-end">{job.totals.failedScopes}</td>
                  <td>{formatDateTime(job.finishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
