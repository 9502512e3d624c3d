import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { discoveryApi, previewKinds, type PreviewKind } from '../../api/discovery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NumberedPager } from '../../components/NumberedPager';

const pageSize = 50;
const kindColours: Record<PreviewKind, string> = { New: 'success', Reappeared: 'info', Changed: 'primary', Gone: 'danger' };
const goneReasons: Record<string, string> = {
  AbsentFromCleanScan: 'no longer listed', Terminated: 'terminated', Deleting: 'being deleted', AccountRemoved: 'account removed',
};

/** What a dry run would have recorded: new, reappeared, changed (field by field) and gone assets, by kind, a page at a time. */
export function DryRunPreview({ jobId, running }: { jobId: string; running: boolean }) {
  const [kind, setKind] = useState<PreviewKind | null>(null);
  const [page, setPage] = useState(1);
  const preview = useQuery({
    queryKey: ['discovery-preview', jobId, kind, page],
    queryFn: ({ signal }) => discoveryApi.preview(jobId, kind, (page - 1) * pageSize, pageSize, signal),
    placeholderData: keepPreviousData,
    refetchInterval: running ? 2000 : false,
  });
  const choose = (next: PreviewKind | null) => {
    setKind(next);
    setPage(1);
  };
  const data = preview.data;
  return (
    <section aria-labelledby="preview-heading" className="mb-4" data-testid="dry-run-preview">
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <h2 id="preview-heading" className="h5 mb-0 me-auto">What this dry run would record</h2>
        <div className="btn-group btn-group-sm" role="group" aria-label="Show changes of kind">
          {[null, ...previewKinds].map((k) => (
            <button key={k ?? 'all'} type="button" className={`btn btn-outline-secondary${kind === k ? ' active' : ''}`} aria-pressed={kind === k}
              onClick={() => choose(k)}>
              {k ?? 'All'}
            </button>
          ))}
        </div>
      </div>
      <p className="small text-body-secondary">A dry run lists and compares as usual but records nothing; the register is unchanged.</p>
      {preview.error && <ErrorAlert error={preview.error} onRetry={() => preview.refetch()} />}
      {preview.isPending && <Loading label="Loading the preview" />}
      {data && data.total === 0 && <p>{running ? 'Nothing found yet.' : 'Nothing would change.'}</p>}
      {data && data.items.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm align-middle">
            <thead>
              <tr><th scope="col">Would be</th><th scope="col">Asset</th><th scope="col">Type</th><th scope="col">Where</th><th scope="col">Changes</th></tr>
            </thead>
            <tbody>
              {data.items.map(({ accountId, region, service, item }) => (
                <tr key={`${item.kind}-${item.assetId}`}>
                  <td><span className={`badge text-bg-${kindColours[item.kind]}`}>{item.kind}</span></td>
                  <td>
                    {item.kind === 'New' ? (item.name ?? item.resourceId ?? item.assetId)
                      : <Link to={`/assets/${encodeURIComponent(item.assetId)}`}>{item.name ?? item.resourceId ?? item.assetId}</Link>}
                    {item.arn && <span className="d-block small mono text-body-secondary">{item.arn}</span>}
                  </td>
                  <td className="small">{item.resourceType}</td>
                  <td className="small"><span className="mono">{accountId}</span> {region} {service}</td>
                  <td className="small">
                    {item.changes.length > 0 && (
                      <ul className="list-unstyled mb-0">
                        {item.changes.map((c) => (
                          <li key={c.field}>
                            <code>{c.field}</code>: <span className="change-old">{c.old ?? '∅'}</span> → <span className="change-new">{c.new ?? '∅'}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                    {item.goneReason && <>Gone: {goneReasons[item.goneReason] ?? item.goneReason}</>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <NumberedPager page={page} pageSize={pageSize} total={data.total} onPage={setPage} label="Preview pages" />}
    </section>
  );
}
