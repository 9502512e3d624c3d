import { useState } from 'react';
import type { JobScope } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { NumberedPager } from '../../components/NumberedPager';

const pageSize = 50;
type Show = 'all' | 'Failed' | 'Unfinished';
const outcomeColours: Record<string, string> = { Clean: 'success', Failed: 'danger', Unfinished: 'warning' };

/** Every scope (account, region, service) the job listed, newest first, a page at a time; failures can be shown alone. */
export function ScopesTable({ scopes }: { scopes: JobScope[] }) {
  const [show, setShow] = useState<Show>('all');
  const [page, setPage] = useState(1);
  const shown = scopes.filter((s) => show === 'all' || s.outcome === show).sort((a, b) => b.at.localeCompare(a.at));
  const rows = shown.slice((page - 1) * pageSize, page * pageSize);
  const choose = (next: Show) => {
    setShow(next);
    setPage(1);
  };
  return (
    <section aria-labelledby="scopes-heading" className="mb-4">
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <h2 id="scopes-heading" className="h5 mb-0 me-auto">Scopes ({scopes.length})</h2>
        <div className="btn-group btn-group-sm" role="group" aria-label="Show scopes">
          {(['all', 'Failed', 'Unfinished'] as Show[]).map((s) => (
            <button key={s} type="button" className={`btn btn-outline-secondary${show === s ? ' active' : ''}`} aria-pressed={show === s}
              onClick={() => choose(s)}>
              {s === 'all' ? 'All' : s} ({s === 'all' ? scopes.length : scopes.filter((x) => x.outcome === s).length})
            </button>
          ))}
        </div>
      </div>
      {rows.length === 0 ? <p className="text-body-secondary">{scopes.length === 0 ? 'No scope has been listed yet.' : 'None.'}</p> : (
        <div className="table-responsive">
          <table className="table table-sm align-middle">
            <thead>
              <tr>
                <th scope="col">Account</th><th scope="col">Region</th><th scope="col">Service</th><th scope="col">Outcome</th>
                <th scope="col" className="text-end">Observed</th><th scope="col" className="text-end">New</th>
                <th scope="col" className="text-end">Changed</th><th scope="col" className="text-end">Gone</th>
                <th scope="col">At</th><th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={`${s.accountId}/${s.region}/${s.service}`}>
                  <td className="mono">{s.accountId}</td><td>{s.region}</td><td>{s.service}</td>
                  <td><span className={`badge text-bg-${outcomeColours[s.outcome] ?? 'secondary'}`}>{s.outcome}</span></td>
                  <td className="text-end">{s.observed}</td><td className="text-end">{s.new}</td>
                  <td className="text-end">{s.changed}</td><td className="text-end">{s.gone}</td>
                  <td className="small text-nowrap">{formatDateTime(s.at)}</td>
                  <td className="small">{s.errorCode && <><code>{s.errorCode}</code> {s.errorMessage}</>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NumberedPager page={page} pageSize={pageSize} total={shown.length} onPage={setPage} label="Scope pages" />
    </section>
  );
}
