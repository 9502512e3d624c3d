import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { discoveryApi } from '../../api/discovery';
import { CanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { NumberedPager } from '../../components/NumberedPager';
import { PageHeader } from '../../components/PageHeader';
import { JobStatusBadge } from '../../components/StatusBadge';
import { isCatchingUp, VisibilityBadge } from './JobVisibility';
import { formatDuration } from './jobProgress';
import { StartDiscoveryForm } from './StartDiscoveryForm';

const pageSize = 25;

export default function DiscoveryJobsPage() {
  const [page, setPage] = useState(1);
  const jobs = useQuery({
    queryKey: ['discovery-jobs'],
    queryFn: ({ signal }) => discoveryApi.list(signal),
    refetchInterval: (query) => (query.state.data?.some((j) => !j.isFinished || isCatchingUp(j.visibility)) ? 2000 : false),
  });
  const rows = jobs.data?.slice((page - 1) * pageSize, page * pageSize) ?? [];
  return (
    <>
      <PageHeader title="Discovery jobs" />
      <CanEdit>
        <StartDiscoveryForm />
      </CanEdit>
      {jobs.error && <ErrorAlert error={jobs.error} onRetry={() => jobs.refetch()} />}
      {jobs.isPending && <Loading label="Loading discovery jobs" />}
      {jobs.data && jobs.data.length === 0 && <p>No discovery has run yet.</p>}
      {rows.length > 0 && (
        <div className="table-responsive">
          <table className="table table-hover align-middle" data-testid="jobs-table">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col">Trigger</th>
                <th scope="col">Accounts</th>
                <th scope="col" className="text-end">Seen</th>
                <th scope="col" className="text-end">New</th>
                <th scope="col" className="text-end">Changed</th>
                <th scope="col" className="text-end">Gone</th>
                <th scope="col" className="text-end">Failed scopes</th>
                <th scope="col">Took</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((job) => (
                <tr key={job.jobId}>
                  <td>
                    <Link to={`/discovery/${job.jobId}`}>{formatDateTime(job.startedAt)}</Link>
                    {job.dryRun && <span className="badge text-bg-info ms-1">dry run</span>}
                  </td>
                  <td><JobStatusBadge status={job.status} />{isCatchingUp(job.visibility) && <> <VisibilityBadge visibility={job.visibility} /></>}</td>
                  <td className="small">{job.trigger}</td>
                  <td className="small mono">{job.accountIds.length > 3 ? `${job.accountIds.length} accounts` : job.accountIds.join(', ')}</td>
                  <td className="text-end">{job.totals.seen}</td>
                  <td className="text-end">{job.totals.new}</td>
                  <td className="text-end">{job.totals.changed}</td>
                  <td className="text-end">{job.totals.gone}</td>
                  <td className={`text-end${job.totals.failedScopes ? ' text-danger' : ''}`}>{job.totals.failedScopes}</td>
                  <td className="small">{job.isFinished ? formatDuration(job.duration) : 'running'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {jobs.data && <NumberedPager page={page} pageSize={pageSize} total={jobs.data.length} onPage={setPage} label="Job pages" />}
    </>
  );
}
