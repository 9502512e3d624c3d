import { useState, type FormEvent, type ReactNode } from 'react';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { auditApi, lifecycleKinds } from '../../api/audit';
import type { AuditEntry, AssetSummary } from '../../api/types';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { AssetStatusBadge } from '../../components/StatusBadge';
import { apiParams, readAuditState, writeAuditState, type AuditState, type AuditView } from './auditParams';

const pageSize = 50;
const kindColours: Record<string, string> = { Appeared: 'success', Changed: 'primary', Vanished: 'danger', Decommissioned: 'dark' };

/** What appeared, changed or vanished between two instants, and the whole inventory as it was at one. */
export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const [now] = useState(() => new Date());
  const state = readAuditState(params, now);
  const show = (next: AuditState) => setParams(writeAuditState(next), { replace: false });
  return (
    <>
      <PageHeader title="Audit" />
      <ul className="nav nav-tabs mb-3">
        {([['changes', 'Changes between two dates'], ['as-of', 'Inventory as of a date']] as [AuditView, string][]).map(([view, label]) => (
          <li className="nav-item" key={view}>
            <button type="button" className={`nav-link${state.view === view ? ' active' : ''}`} aria-current={state.view === view ? 'page' : undefined}
              onClick={() => show({ ...state, view })}>
              {label}
            </button>
          </li>
        ))}
      </ul>
      <AuditForm key={params.toString()} state={state} onShow={show} />
      <AuditResults state={state} />
    </>
  );
}

function AuditForm({ state, onShow }: { state: AuditState; onShow(state: AuditState): void }) {
  const [draft, setDraft] = useState(state);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onShow(draft);
  };
  // No kind chosen means every kind; all chosen is written the same way.
  const toggleKind = (kind: string) =>
    setDraft((d) => {
      const shown: string[] = d.kinds.length === 0 ? [...lifecycleKinds] : d.kinds;
      const next = shown.includes(kind) ? shown.filter((k) => k !== kind) : [...shown, kind];
      return { ...d, kinds: next.length === lifecycleKinds.length ? [] : next };
    });
  return (
    <form className="row g-2 align-items-end mb-3" onSubmit={submit} aria-label="Audit period">
      {draft.view === 'changes' ? (
        <>
          <div className="col-auto">
            <label htmlFor="audit-from" className="form-label">From</label>
            <input id="audit-from" type="datetime-local" step="1" className="form-control" value={draft.from} required
              onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          </div>
          <div className="col-auto">
            <label htmlFor="audit-to" className="form-label">To (empty: now)</label>
            <input id="audit-to" type="datetime-local" step="1" className="form-control" value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
          </div>
          <fieldset className="col-auto">
            <legend className="form-label fs-6 mb-2">What</legend>
            {lifecycleKinds.map((kind) => (
              <div className="form-check form-check-inline" key={kind}>
                <input id={`kind-${kind}`} type="checkbox" className="form-check-input" checked={draft.kinds.length === 0 || draft.kinds.includes(kind)}
                  onChange={() => toggleKind(kind)} />
                <label htmlFor={`kind-${kind}`} className="form-check-label">{kind}</label>
              </div>
            ))}
          </fieldset>
        </>
      ) : (
        <div className="col-auto">
          <label htmlFor="audit-at" className="form-label">As of</label>
          <input id="audit-at" type="datetime-local" step="1" className="form-control" value={draft.at} required
            onChange={(e) => setDraft({ ...draft, at: e.target.value })} />
        </div>
      )}
      <div className="col-auto">
        <label htmlFor="audit-q" className="form-label">Search</label>
        <input id="audit-q" type="search" className="form-control" value={draft.q} placeholder="Name, id, ARN"
          onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
      </div>
      <div className="col-auto">
        <button type="submit" className="btn btn-primary">Show</button>
      </div>
    </form>
  );
}

function AuditResults({ state }: { state: AuditState }) {
  const pages = useCursorPages(writeAuditState(state).toString());
  const params = apiParams(state, pages.cursor, pageSize);
  if (params === null) return <div className="alert alert-warning">Choose a valid date and time.</div>;
  return state.view === 'changes' ? <ChangesResults params={params} pages={pages} /> : <AsOfResults params={params} pages={pages} />;
}

type Pages = ReturnType<typeof useCursorPages>;

function ChangesResults({ params, pages }: { params: URLSearchParams; pages: Pages }) {
  const result = useQuery({
    queryKey: ['audit', 'changes', params.toString()],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => auditApi.list(params, signal),
  });
  const data = result.data;
  return (
    <Results result={result} pages={pages}
      summary={data && `${formatCount(data.total)} events from ${formatDateTime(data.from)} to ${formatDateTime(data.to)}.`}
      empty="Nothing appeared, changed or vanished in this period.">
      {data && data.items.length > 0 && <ChangesTable entries={data.items} />}
    </Results>
  );
}

function AsOfResults({ params, pages }: { params: URLSearchParams; pages: Pages }) {
  const result = useQuery({
    queryKey: ['audit', 'as-of', params.toString()],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => auditApi.asOf(params, signal),
  });
  const data = result.data;
  return (
    <Results result={result} pages={pages} summary={data && `${formatCount(data.total)} assets existed at ${formatDateTime(data.at)}.`}
      empty="No asset existed then.">
      {data && data.items.length > 0 && <AsOfTable assets={data.items} at={data.at} />}
    </Results>
  );
}

function Results({ result, pages, summary, empty, children }: {
  result: UseQueryResult<{ items: unknown[]; nextCursor: string | null; total: number | null }>;
  pages: Pages;
  summary: string | undefined;
  empty: string;
  children: ReactNode;
}) {
  const data = result.data;
  return (
    <>
      {result.error && <ErrorAlert error={result.error} onRetry={() => result.refetch()} showFieldErrors />}
      {result.isPending && <Loading label="Loading" />}
      {summary && <p className="text-body-secondary" data-testid="audit-total">{summary}</p>}
      {data && data.items.length === 0 && <p>{empty}</p>}
      {children}
      {data && (
        <CursorPager page={pages.page} nextCursor={data.nextCursor} onNext={pages.next} onPrevious={pages.previous} total={data.total}
          pageSize={pageSize} label="Audit pages" busy={result.isFetching} />
      )}
    </>
  );
}

function ChangesTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div className="table-responsive">
      <table className="table table-sm table-hover align-middle" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">When</th><th scope="col">What</th><th scope="col">Asset</th><th scope="col">Type</th>
            <th scope="col">Account</th><th scope="col">Region</th><th scope="col">Fields</th><th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={`${e.assetId}-${e.at}-${e.kind}-${i}`}>
              <td className="text-nowrap">{formatDateTime(e.at)}</td>
              <td>
                <span className={`badge text-bg-${kindColours[e.kind] ?? 'secondary'}`}>{e.kind}</span>
                {e.reappeared && <span className="small"> (reappeared)</span>}
              </td>
              <td><Link to={`/assets/${encodeURIComponent(e.assetId)}`}>{[e.humanId, e.name ?? e.assetId].filter(Boolean).join(' ')}</Link></td>
              <td className="small">{e.resourceType}</td><td className="mono">{e.accountId}</td><td>{e.region}</td>
              <td className="small">{e.changedFields.join(', ')}{e.goneReason && ` ${e.goneReason}`}</td>
              <td className="small">{e.cause.kind === 'DiscoveryJob' ? <Link to={`/discovery/${e.cause.id}`}>discovery</Link> : e.cause.id}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AsOfTable({ assets, at }: { assets: AssetSummary[]; at: string }) {
  return (
    <div className="table-responsive">
      <table className="table table-sm table-hover align-middle" data-testid="as-of-table">
        <thead>
          <tr>
            <th scope="col">Asset</th><th scope="col">Type</th><th scope="col">Account</th><th scope="col">Region</th>
            <th scope="col">State</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Last seen</th>
          </tr>
        </thead>
        <tbody>
          {assets.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/assets/${encodeURIComponent(a.id)}?at=${encodeURIComponent(at)}`}>
                  {[a.humanId, a.name ?? a.resourceId ?? a.id].filter(Boolean).join(' ')}
                </Link>
              </td>
              <td className="small">{a.resourceType}</td><td className="mono">{a.accountId}</td><td>{a.region}</td>
              <td>{a.state}</td><td><AssetStatusBadge status={a.status} /></td><td>{a.owner}</td>
              <td className="small text-nowrap">{formatDateTime(a.lastSeenAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
