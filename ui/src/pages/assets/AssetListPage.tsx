import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useFacetOptions } from './useFacetOptions';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { assetsApi } from '../../api/assets';
import { useCanEdit } from '../../auth/CanEdit';
import { useDebounced } from '../../components/AssetPicker';
import { ErrorAlert } from '../../components/ErrorAlert';
import { countOf } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ActiveFilters } from './ActiveFilters';
import { AssetTable } from './AssetTable';
import { BulkDependencyDialog } from './BulkDependencyDialog';
import { BulkUpdateDialog } from './BulkUpdateDialog';
import { FilterPanel } from './FilterPanel';
import { exportUrl, filterParams, listApiParams, pageSizes, parseListState, toUrlParams, withSort, type ListState } from './listState';

interface PagingState {
  /** Cursors of the pages before this one, so Previous can go back through a keyset list. */
  previous?: (string | null)[];
}

export default function AssetListPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseListState(new URLSearchParams(location.search)), [location.search]);
  const previous = (location.state as PagingState | null)?.previous ?? [];
  const editable = useCanEdit();

  const go = (next: ListState, paging: PagingState = { previous: [] }, replace = false) =>
    navigate({ pathname: '/assets', search: toUrlParams(next).toString() }, { state: paging, replace });

  const filterKey = filterParams(state).toString();
  const page = useQuery({
    queryKey: ['assets', 'list', listApiParams(state).toString()],
    queryFn: ({ signal }) => assetsApi.list(listApiParams(state), signal),
    placeholderData: keepPreviousData,
  });
  const options = useFacetOptions(state);

  // The search box types freely; the view follows once typing pauses.
  const [search, setSearch] = useState(state.q);
  const typed = useDebounced(search, 350);
  useEffect(() => setSearch(state.q), [state.q]);
  useEffect(() => {
    if (typed.trim() !== state.q) go({ ...state, q: typed.trim(), cursor: null }, { previous: [] }, true);
  }, [typed]);

  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => setSelected(new Set()), [filterKey]);
  const [dialog, setDialog] = useState<'update' | 'dependency' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const selection = editable
    ? {
        selected,
        toggle: (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; }),
        togglePage: (ids: string[], on: boolean) => setSelected((s) => { const n = new Set(s); ids.forEach((id) => (on ? n.add(id) : n.delete(id))); return n; }),
      }
    : undefined;

  const data = page.data;
  return (
    <>
      <PageHeader title="Assets">
        {editable && <Link to="/assets/new" className="btn btn-sm btn-outline-primary">New manual asset</Link>}
        <a className="btn btn-sm btn-outline-secondary" href={exportUrl(state, 'csv')} download data-testid="export-csv">
          Export CSV
        </a>
        <a className="btn btn-sm btn-outline-secondary" href={exportUrl(state, 'xlsx')} download data-testid="export-xlsx">
          Export Excel
        </a>
      </PageHeader>
      <div className="row g-3">
        <div className="col-lg-3 col-xxl-2">
          <div className="mb-2">
            <label htmlFor="asset-search" className="form-label small mb-1">Search name, ID, ARN or resource id</label>
            <input id="asset-search" type="search" className="form-control" value={search} onChange={(e) => setSearch(e.target.value)}
              placeholder="web, ASSET-0042, arn:…" />
          </div>
          {options.error != null && <ErrorAlert error={options.error} title="Filter values could not be loaded." showFieldErrors />}
          <FilterPanel state={state} options={options.data} onChange={(s) => go(s)} />
        </div>
        <div className="col-lg-9 col-xxl-10">
          <ActiveFilters state={state} onChange={(s) => go(s)} />
          {notice && (
            <div className="alert alert-success alert-dismissible" role="status">
              {notice}
              <button type="button" className="btn-close" aria-label="Dismiss" onClick={() => setNotice(null)} />
            </div>
          )}
          <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
            <span data-testid="asset-total" aria-live="polite">
              {data?.total != null ? countOf(data.total, 'asset') : ''}
            </span>
            {page.isFetching && <span className="spinner-border spinner-border-sm text-secondary" role="status" aria-label="Loading" />}
            {editable && selected.size > 0 && (
              <div className="d-flex align-items-center gap-2 ms-3" role="group" aria-label="Selected assets">
                <strong data-testid="selected-count">{selected.size} selected</strong>
                <button type="button" className="btn btn-sm btn-primary" onClick={() => setDialog('update')} disabled={selected.size > 1000}>
                  Bulk update…
                </button>
                <button type="button" className="btn btn-sm btn-primary" onClick={() => setDialog('dependency')}>
                  Add dependency…
                </button>
                <button type="button" className="btn btn-sm btn-link" onClick={() => setSelected(new Set())}>Clear selection</button>
              </div>
            )}
            <div className="ms-auto d-flex align-items-center gap-1">
              <label htmlFor="page-size" className="small text-body-secondary">Per page</label>
              <select id="page-size" className="form-select form-select-sm w-auto" value={state.pageSize}
                onChange={(e) => go({ ...state, pageSize: Number(e.target.value), cursor: null })}>
                {pageSizes.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            </div>
          </div>
          {page.error && <ErrorAlert error={page.error} onRetry={() => page.refetch()} title="The assets could not be loaded." showFieldErrors />}
          {page.isPending && <Loading label="Loading assets" />}
          {data && data.items.length === 0 && <p className="text-body-secondary">No asset matches this view.</p>}
          {data && data.items.length > 0 && (
            <AssetTable items={data.items} state={state} onSort={(key) => go(withSort(state, key))} selection={selection} />
          )}
          {data && (previous.length > 0 || data.nextCursor) && (
            <nav aria-label="Asset pages" className="d-flex align-items-center gap-2">
              <button type="button" className="btn btn-sm btn-outline-secondary" disabled={previous.length === 0}
                onClick={() => go({ ...state, cursor: null })}>First</button>
              <button type="button" className="btn btn-sm btn-outline-secondary" disabled={previous.length === 0}
                onClick={() => go({ ...state, cursor: previous[previous.length - 1] }, { previous: previous.slice(0, -1) })}>Previous</button>
              <span className="small text-body-secondary">Page {previous.length + 1}</span>
              <button type="button" className="btn btn-sm btn-outline-secondary" disabled={!data.nextCursor}
                onClick={() => go({ ...state, cursor: data.nextCursor }, { previous: [...previous, state.cursor] })}>Next</button>
            </nav>
          )}
        </div>
      </div>
      {dialog === 'update' && (
        <BulkUpdateDialog assetIds={[...selected]} onClose={() => setDialog(null)}
          onDone={(changed) => { setDialog(null); setNotice(`Updated ${changed} of ${countOf(selected.size, 'asset')}.`); }} />
      )}
      {dialog === 'dependency' && (
        <BulkDependencyDialog sourceIds={[...selected]} onClose={() => setDialog(null)}
          onDone={() => { setDialog(null); setNotice(`Added the relationship to ${countOf(selected.size, 'asset')}.`); }} />
      )}
    </>
  );
}
