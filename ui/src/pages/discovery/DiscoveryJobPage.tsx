import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { discoveryApi } from '../../api/discovery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { JobStatusBadge } from '../../components/StatusBadge';

export default function DiscoveryJobPage() {
  const { jobId = '' } = useParams();
  const job = useQuery({
    queryKey: ['discovery-jobs', jobId],
    queryFn: ({ signal }) => discoveryApi.get(jobId, signal),
    refetchInterval: (query) => (query.state.data && !query.state.data.isFinished ? 1500 : false),
  });
  const data = job.data;
  return (
    <>
      <PageHeader title="Discovery job">{data && <JobStatusBadge status={data.status} />}</PageHeader>
      {job.error && <ErrorAlert error={job.error} onRetry={() => job.refetch()} />}
      {job.isPending && <Loading label="Loading the job" />}
      {data && (
        <>
          <p>
            Started {formatDateTime(data.startedAt)} for {data.accountIds.join(', ')}
            {data.finishedAt && <>; finished {formatDateTime(data.finishedAt)}</>}
            {data.reason && <> ({data.reason})</>}.
          </p>
          <p data-testid="job-totals">
            Seen {data.totals.seen}, new {data.totals.new}, changed {data.totals.changed}, gone {data.totals.gone}, failed scopes{' '}
            {data.totals.failedScopes}, unfinished scopes {data.totals.unfinishedScopes}.
          </p>
          <h2 className="h5">Scopes</h2>
          <div className="table-responsive">
            <table className="table table-sm">
              <thead>
                <tr>
                  <th scope="col">Account</th><th scope="col">Region</th><th scope="col">Service</th><th scope="col">Outcome</th>
                  <th scope="col" className="text-end">Observed</th><th scope="col" className="text-end">New</th>
                  <th scope="col" className="text-end">Changed</th><th scope="col" className="text-end">Gone</th><th scope="col">Error</th>
                </tr>
              </thead>
              <tbody>
                {data.scopes.map((s) => (
                  <tr key={`${s.accountId}/${s.region}/${s.service}`}>
                    <td>{s.accountId}</td><td>{s.region}</td><td>{s.service}</td><td>{s.outcome}</td>
                    <td className="text-end">{s.observed}</td><td className="text-end">{s.new}</td>
                    <td className="text-end">{s.changed}</td><td className="text-end">{s.gone}</td>
                    <td className="small">{s.errorCode && <><code>{s.errorCode}</code> {s.errorMessage}</>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="h5">Log</h2>
          <ul className="list-unstyled small">
            {data.log.map((entry, i) => (
              <li key={i} className={entry.level === 'Error' ? 'text-danger' : entry.level === 'Warning' ? 'text-warning-emphasis' : ''}>
                {formatDateTime(entry.at)} {entry.level}: {entry.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
