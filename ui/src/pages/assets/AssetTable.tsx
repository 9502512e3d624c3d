import { Link } from 'react-router-dom';
import type { AssetSummary } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { AssetStatusBadge } from '../../components/StatusBadge';
import { WithHoverCard } from './HoverCard';
import type { ListState } from './listState';

interface Column {
  key: string;
  label: string;
  cell(a: AssetSummary): React.ReactNode;
}

const columns: Column[] = [
  { key: 'humanId', label: 'ID', cell: (a) => a.humanId ?? '—' },
  {
    key: 'name', label: 'Name', cell: (a) => (
      <WithHoverCard asset={a}>
        <Link to={`/assets/${a.id}`} data-testid="asset-link">{a.name ?? a.resourceId ?? a.id}</Link>
      </WithHoverCard>
    ),
  },
  { key: 'service', label: 'Service', cell: (a) => a.service },
  { key: 'resourceType', label: 'Type', cell: (a) => a.resourceType },
  { key: 'accountId', label: 'Account', cell: (a) => a.accountId },
  { key: 'region', label: 'Region', cell: (a) => a.region },
  { key: 'status', label: 'Status', cell: (a) => <AssetStatusBadge status={a.status} /> },
  { key: 'criticality', label: 'Criticality', cell: (a) => a.criticality ?? '' },
  { key: 'owner', label: 'Owner', cell: (a) => a.owner ?? '' },
  { key: 'department', label: 'Department', cell: (a) => a.department ?? '' },
  { key: 'category', label: 'Category', cell: (a) => a.category ?? '' },
  { key: 'classification', label: 'Classification', cell: (a) => a.classification ?? '' },
  { key: 'lastChangedAt', label: 'Last changed', cell: (a) => formatDateTime(a.lastChangedAt) },
];

/** One page of assets; column headers sort, and with selection on each row has a checkbox. */
export function AssetTable({ items, state, onSort, selection }: {
  items: AssetSummary[];
  state: ListState;
  onSort(key: string): void;
  selection?: { selected: Set<string>; toggle(id: string): void; togglePage(ids: string[], on: boolean): void };
}) {
  const sortKey = state.sort.replace(/^-/, '');
  const descending = state.sort.startsWith('-');
  const pageIds = items.map((a) => a.id);
  const allOnPage = selection && pageIds.length > 0 && pageIds.every((id) => selection.selected.has(id));
  return (
    <div className="table-responsive">
      <table className="table table-hover table-sm align-middle table-assets" aria-label="Assets" data-testid="asset-table">
        <thead>
          <tr>
            {selection && (
              <th scope="col">
                <input type="checkbox" className="form-check-input" aria-label="Select every asset on this page" checked={!!allOnPage}
                  onChange={(e) => selection.togglePage(pageIds, e.target.checked)} />
              </th>
            )}
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sortKey === c.key ? (descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" className="sort-button" onClick={() => onSort(c.key)}
                  title={`Sort by ${c.label.toLowerCase()}`}>
                  {c.label}
                  {sortKey === c.key && <span aria-hidden="true">{descending ? ' ▼' : ' ▲'}</span>}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} data-asset-id={a.id} className={selection?.selected.has(a.id) ? 'table-active' : undefined}>
              {selection && (
                <td>
                  <input type="checkbox" className="form-check-input" aria-label={`Select ${a.name ?? a.id}`} checked={selection.selected.has(a.id)}
                    onChange={() => selection.toggle(a.id)} />
                </td>
              )}
              {columns.map((c) => (
                <td key={c.key} data-column={c.key}>{c.cell(a)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
