import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { auditApi } from '../../api/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';

const weekAgo = () => toLocalInput(new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString());

export default function AuditPage() {
  const [from, setFrom] = useState(weekAgo);
  const [to, setTo] = useState('');
  const fromIso = fromLocalInput(from);
  const toIso = fromLocalInput(to);
  const audit = useInfiniteQuery({
    queryKey: ['audit', fromIso, toIso],
    enabled: fromIso !== null,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ from: fromIso!, pageSize: '100' });
      if (toIso) params.set('to', toIso);
      if (pageParam) params.set('cursor', pageParam);
      return auditApi.list(params, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title="Audit" />
      <form className="row g-2 align-items-end mb-3" onSubmit={(e) => e.preventDefault()}>
        <div className="col-auto">
          <label htmlFor="audit-from" className="form-label">From</label>
          <input id="audit-from" type="datetime-local" step="1" className="form-control" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="col-auto">
          <label htmlFor="audit-to" className="form-label">To (empty: now)</label>
          <input id="audit-to" type="datetime-local" step="1" className="form-control" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </form>
      {audit.error && <ErrorAlert error={audit.error} onRetry={() => audit.refetch()} showFieldErrors />}
      {audit.isLoading && <Loading label="Loading the audit" />}
      {audit.data && entries.length === 0 && <p>Nothing appeared, changed or vanished in this period.</p>}
      {entries.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm table-hover">
            <thead>
              <tr>
                <th scope="col">When</th><th scope="col">What</th><th scope="col">Asset</th><th scope="col">Type</th>
                <th scope="col">Account</th><th scope="col">Region</th><th scope="col">Fields</th><th scope="col">Cause</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={`${e.assetId}-${e.at}-${i}`}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.kind}{e.reappeared && ' (reappeared)'}</td>
                  <td><Link to={`/assets/${e.assetId}`}>{e.humanId ?? ''} {e.name ?? e.assetId}</Link></td>
                  <td>{e.resourceType}</td><td>{e.accountId}</td><td>{e.region}</td>
                  <td className="small">{e.changedFields.join(', ')}</td>
                  <td className="small">{e.cause.kind}: {e.cause.id}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {audit.hasNextPage && (
        <button type="button" className="btn btn-outline-secondary" disabled={audit.isFetchingNextPage} onClick={() => audit.fetchNextPage()}>
          Load more
        </button>
      )}
    </>
  );
}
