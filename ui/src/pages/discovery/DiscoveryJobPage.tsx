import { useEffect, useRef } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { discoveryApi } from '../../api/discovery';
import type { DiscoveryJob } from '../../api/types';
import { CanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { JobStatusBadge } from '../../components/StatusBadge';
import { DryRunPreview } from './DryRunPreview';
import { JobProgress } from './JobProgress';
import { formatDuration } from './jobProgress';
import { JobLog } from './JobLog';
import { isCatchingUp, VisibilityBadge } from './JobVisibility';
import { ScopesTable } from './ScopesTable';

/** How often a running job is read again. */
export const pollInterval = 1500;

/** Finished, and what it recorded is in every read model (or no one said otherwise). */
function settled(job: DiscoveryJob): boolean {
  return job.isFinished && !isCatchingUp(job.visibility);
}

export default function DiscoveryJobPage() {
  const { jobId = '' } = useParams();
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: ['discovery-jobs', jobId],
    queryFn: ({ signal }) => discoveryApi.get(jobId, signal),
    // Follow the job while it runs and until the register shows what it recorded; after that it does not change any more.
    refetchInterval: (query) => (query.state.data && !settled(query.state.data) ? pollInterval : false),
  });
  const cancel = useMutation({
    mutationFn: () => discoveryApi.cancel(jobId),
    onSuccess: (view) => {
      if (view) queryClient.setQueryData(['discovery-jobs', jobId], view);
      void job.refetch();
    },
  });
  const data = job.data;
  const finished = data?.isFinished ?? false;
  const wasRunning = useRef(false);
  useEffect(() => {
    if (data && !settled(data)) wasRunning.current = true;
    if (data && settled(data) && wasRunning.current) {
      wasRunning.current = false;
      // What the job found shows elsewhere too, now that the read models hold it.
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['assets'] });
      void queryClient.invalidateQueries({ queryKey: ['discovery-jobs'], exact: true });
    }
  }, [data, queryClient]);
  const failed = data?.scopes.filter((s) => s.outcome === 'Failed') ?? [];
  return (
    <>
      <PageHeader title={data?.dryRun ? 'Discovery dry run' : 'Discovery job'}>
        {data && <span data-testid="job-status"><JobStatusBadge status={data.status} /></span>}
        {data?.isFinished && <VisibilityBadge visibility={data.visibility} />}
        {data && !finished && (
          <CanEdit>
            <button type="button" className="btn btn-sm btn-outline-danger" disabled={cancel.isPending || data.cancelRequestedAt !== null}
              onClick={() => cancel.mutate()}>
              {data.cancelRequestedAt ? 'Cancelling…' : 'Cancel job'}
            </button>
          </CanEdit>
        )}
        <Link to="/discovery" className="btn btn-sm btn-outline-secondary">All jobs</Link>
      </PageHeader>
      {job.error && <ErrorAlert error={job.error} onRetry={() => job.refetch()} />}
      {cancel.error && <ErrorAlert error={cancel.error} title="The job was not cancelled." />}
      {job.isPending && <Loading label="Loading the job" />}
      {data && (
        <>
          <dl className="row small mb-3">
            <dt className="col-sm-2">Started</dt>
            <dd className="col-sm-4">{formatDateTime(data.startedAt)} ({data.trigger})</dd>
            <dt className="col-sm-2">Finished</dt>
            <dd className="col-sm-4">{data.finishedAt ? `${formatDateTime(data.finishedAt)} after ${formatDuration(data.duration)}` : 'Still running'}</dd>
            <dt className="col-sm-2">Accounts</dt>
            <dd className="col-sm-4 mono">{data.accountIds.join(', ')}</dd>
            <dt className="col-sm-2">Time limit</dt>
            <dd className="col-sm-4">{formatDuration(data.timeLimit)} (until {formatDateTime(data.deadline)})</dd>
            {data.cancelRequestedAt && (
              <>
                <dt className="col-sm-2">Cancel asked</dt>
                <dd className="col-sm-4">{formatDateTime(data.cancelRequestedAt)} by {data.cancelRequestedBy}</dd>
              </>
            )}
            {data.reason && (
              <>
                <dt className="col-sm-2">Outcome</dt>
                <dd className="col-sm-4">{data.reason}</dd>
              </>
            )}
          </dl>
          <JobProgress job={data} />
          {failed.length > 0 && (
            <section className="mb-3" aria-labelledby="errors-heading">
              <h2 id="errors-heading" className="h5 text-danger">Errors ({failed.length})</h2>
              <ul className="small" data-testid="job-errors">
                {failed.slice(0, 20).map((s) => (
                  <li key={`${s.accountId}/${s.region}/${s.service}`}>
                    <span className="mono">{s.accountId}</span> {s.region} {s.service}: <code>{s.errorCode}</code> {s.errorMessage}
                  </li>
                ))}
                {failed.length > 20 && <li>… and {failed.length - 20} more in the scopes below.</li>}
              </ul>
            </section>
          )}
          {data.dryRun && <DryRunPreview jobId={jobId} running={!finished} />}
          <ScopesTable scopes={data.scopes} />
          <JobLog entries={data.log} />
        </>
      )}
    </>
  );
}
