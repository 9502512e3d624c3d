import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { assetsApi } from '../api/assets';
import type { AssetSummary } from '../api/types';
import { ErrorAlert } from './ErrorAlert';

export function assetLabel(a: Pick<AssetSummary, 'humanId' | 'name' | 'resourceId' | 'id'>): string {
  return [a.humanId, a.name ?? a.resourceId ?? a.id].filter(Boolean).join(' ');
}

export function useDebounced<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Finds an asset by name, human id, ARN or resource id, and lets the user choose one. */
export function AssetPicker({ label, inputId, value, onChange, invalid, describedBy, exclude = [] }: {
  /** A label of its own, unless the surrounding form field labels the input (by inputId). */
  label?: string;
  inputId?: string;
  value: AssetSummary | null;
  onChange(asset: AssetSummary | null): void;
  invalid?: boolean;
  describedBy?: string;
  exclude?: string[];
}) {
  const ownId = useId();
  const id = inputId ?? ownId;
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const matches = useQuery({
    queryKey: ['asset-picker', q],
    enabled: q.length > 0,
    queryFn: ({ signal }) => assetsApi.list(new URLSearchParams({ q, pageSize: '10', 'status.exclude': 'gone' }), signal),
  });
  const items = (matches.data?.items ?? []).filter((a) => !exclude.includes(a.id));
  return (
    <div>
      {label && (
        <label htmlFor={id} className="form-label">
          {label}
        </label>
      )}
      <input id={id} type="search" className={`form-control${invalid ? ' is-invalid' : ''}`} value={text} placeholder="Name, ASSET-0042, ARN or id"
        aria-describedby={describedBy} onChange={(e) => setText(e.target.value)} />
      {value && (
        <div className="small mt-1" data-testid="picked-asset">
          Chosen: <strong>{assetLabel(value)}</strong> ({value.resourceType}, {value.accountId}){' '}
          <button type="button" className="btn btn-link btn-sm p-0" onClick={() => onChange(null)}>change</button>
        </div>
      )}
      {matches.error && <ErrorAlert error={matches.error} />}
      {q && !value && (
        <div className="mt-2" role="group" aria-label="Matching assets">
          {matches.isFetching && <div className="small text-body-secondary">Searching…</div>}
          {matches.data && items.length === 0 && <div className="small text-body-secondary">No asset matches.</div>}
          <div className="list-group">
            {items.map((a) => (
              <button type="button" key={a.id} className="list-group-item list-group-item-action small" onClick={() => onChange(a)}>
                {assetLabel(a)} <span className="text-body-secondary">{a.resourceType} · {a.accountId} · {a.region}</span>
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
