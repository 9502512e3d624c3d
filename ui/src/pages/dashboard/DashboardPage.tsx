import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { dashboardQuery } from '../../api/dashboard';
import type { ActivityCounts, Dashboard, StatusCounts } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { JobStatusBadge } from '../../components/StatusBadge';
import { ActivityChart } from './ActivityChart';
import { CostCard } from './CostCard';
import { CountChart } from './CountChart';
import { isCatchingUp, VisibilityBadge } from '../discovery/JobVisibility';

/** How often the dashboard is read again: often while the register catches up with the last discovery, else every half minute. */
export function refreshInterval(data: Dashboard | undefined): number {
  return isCatchingUp(data?.discovery.last?.visibility) ? 2_000 : 30_000;
}

const totals: { key: keyof StatusCounts; label: string; status?: string }[] = [
  { key: 'total', label: 'All assets' },
  { key: 'active', label: 'Active', status: 'active' },
  { key: 'inactive', label: 'Inactive', status: 'inactive' },
  { key: 'gone', label: 'Gone', status: 'gone' },
  { key: 'decommissioned', label: 'Decommissioned', status: 'decommissioned' },
];

export default function DashboardPage() {
  const dashboard = useQuery({ ...dashboardQuery, refetchInterval: (query) => refreshInterval(query.state.data) });
  return (
    <>
      <PageHeader title="Dashboard" />
      {dashboard.error && <ErrorAlert error={dashboard.error} onRetry={() => dashboard.refetch()} title="The dashboard could not be loaded." />}
      {dashboard.isPending && <Loading label="Loading the dashboard" />}
      {dashboard.data && <DashboardView data={dashboard.data} />}
    </>
  );
}

function DashboardView({ data }: { data: Dashboard }) {
  const { counts, activity, costs, discovery } = data;
  return (
    <>
      <div className="row g-3 mb-3">
        {totals.map((t) => (
          <div className="col-6 col-md-4 col-xl" key={t.key}>
            <Link to={t.status ? `/assets?status=${t.status}` : '/assets'} className="card text-decoration-none h-100">
              <div className="card-body">
                <div className="small text-body-secondary">{t.label}</div>
                <div className="fs-3 fw-semibold" data-testid={`total-${t.key}`}>
                  {formatCount(counts.totals[t.key])}
                </div>
              </div>
            </Link>
          </div>
        ))}
      </div>
      <div className="row g-3 mb-3">
        <div className="col-lg-4">
          <ActivitySummary title="Last 24 hours" counts={activity.last24Hours} testId="activity-24h" />
        </div>
        <div className="col-lg-4">
          <ActivitySummary title="Last 7 days" counts={activity.last7Days} testId="activity-7d" />
        </div>
        <div className="col-lg-4">
          <section className="card h-100" aria-labelledby="discovery-title">
            <div className="card-body">
              <h2 className="h6 card-title" id="discovery-title">
                Discovery
              </h2>
              {discovery.running.length > 0 ? (
                <ul className="list-unstyled mb-1">
                  {discovery.running.map((job) => (
                    <li key={job.id}>
                      <Link to={`/discovery/${job.id}`}>Job started {formatDateTime(job.startedAt)}</Link>{' '}
                      <JobStatusBadge status={job.status} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mb-1">Nothing running.</p>
              )}
              {discovery.last ? (
                <p className="mb-0 small">
                  Last finished: <Link to={`/discovery/${discovery.last.id}`}>{formatDateTime(discovery.last.finishedAt)}</Link>{' '}
                  <JobStatusBadge status={discovery.last.status} /> <VisibilityBadge visibility={discovery.last.visibility} />
                </p>
              ) : (
                <p className="mb-0 small text-body-secondary">No discovery has finished yet.</p>
              )}
              <p className="mb-0 small" data-testid="discovery-schedule">
                {discovery.scheduling === 'Disabled'
                  ? 'Scheduled discovery is off.'
                  : <>Scheduled {discovery.scheduling.toLowerCase()}{discovery.next && <>; next {formatDateTime(discovery.next)}</>}.</>}
              </p>
            </div>
          </section>
        </div>
      </div>
      <div className="row g-3 mb-3">
        <div className="col-xl-6">
          <CountChart title="By service" lines={counts.byService} filter="service" testId="by-service" />
        </div>
        <div className="col-xl-6">
          <CountChart title="By account" lines={counts.byAccount} filter="accountId" testId="by-account" />
        </div>
        <div className="col-xl-6">
          <CountChart title="By region" lines={counts.byRegion} filter="region" testId="by-region" />
        </div>
        <div className="col-xl-6">
          <CountChart title="By criticality" lines={counts.byCriticality} filter="criticality" testId="by-criticality" />
        </div>
        <div className="col-xl-6">
          <CountChart title="By category" lines={counts.byCategory} filter="category" testId="by-category" />
        </div>
        <div className="col-xl-6">
          <CostCard costs={costs} />
        </div>
        <div className="col-12">
          <ActivityChart daily={activity.daily} />
        </div>
      </div>
    </>
  );
}

function ActivitySummary({ title, counts, testId }: { title: string; counts: ActivityCounts; testId: string }) {
  return (
    <section className="card h-100" aria-label={title} data-testid={testId}>
      <div className="card-body">
        <h2 className="h6 card-title">{title}</h2>
        <dl className="row mb-0 small">
          <dt className="col-6 fw-normal">New</dt>
          <dd className="col-6 text-end mb-0" data-testid="new">{formatCount(counts.new + counts.reappeared)}</dd>
          <dt className="col-6 fw-normal">Changed by discovery</dt>
          <dd className="col-6 text-end mb-0">{formatCount(counts.changedByDiscovery)}</dd>
          <dt className="col-6 fw-normal">Edited by people</dt>
          <dd className="col-6 text-end mb-0">{formatCount(counts.editedByPeople)}</dd>
          <dt className="col-6 fw-normal">Gone</dt>
          <dd className="col-6 text-end mb-0">{formatCount(counts.gone + counts.decommissioned)}</dd>
        </dl>
      </div>
    </section>
  );
}
