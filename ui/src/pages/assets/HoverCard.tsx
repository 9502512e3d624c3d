import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { assetsApi } from '../../api/assets';
import type { AssetSummary } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { AssetStatusBadge } from '../../components/StatusBadge';

/** Key facts of an asset on hover or keyboard focus of its link, without leaving the list. */
export function WithHoverCard({ asset, children }: { asset: AssetSummary; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = useId();
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(true), delay);
  };
  const hide = () => {
    clearTimeout(timer.current);
    setOpen(false);
  };
  return (
    <span className="position-relative d-inline-block" onMouseEnter={() => show(300)} onMouseLeave={hide} onFocus={() => show(0)} onBlur={hide}
      onKeyDown={(e) => e.key === 'Escape' && hide()} aria-describedby={open ? id : undefined}>
      {children}
      {open && <HoverCard id={id} asset={asset} />}
    </span>
  );
}

function HoverCard({ id, asset }: { id: string; asset: AssetSummary }) {
  const detail = useQuery({ queryKey: ['asset', asset.id], queryFn: ({ signal }) => assetsApi.get(asset.id, signal), staleTime: 60_000 });
  const tags = Object.entries(detail.data?.tags ?? {});
  return (
    <div id={id} role="tooltip" className="card shadow hover-card mt-1 text-wrap" data-testid="hover-card">
      <div className="card-body small">
        <div className="d-flex justify-content-between gap-2 mb-1">
          <strong className="text-break">{asset.name ?? asset.resourceId ?? asset.id}</strong>
          <AssetStatusBadge status={asset.status} />
        </div>
        <dl className="row mb-0">
          <dt className="col-4 fw-normal text-body-secondary">Type</dt><dd className="col-8 mb-1">{asset.resourceType}</dd>
          <dt className="col-4 fw-normal text-body-secondary">Where</dt><dd className="col-8 mb-1">{asset.accountId} · {asset.region}</dd>
          {asset.arn && (<><dt className="col-4 fw-normal text-body-secondary">ARN</dt><dd className="col-8 mb-1 mono">{asset.arn}</dd></>)}
          <dt className="col-4 fw-normal text-body-secondary">Owner</dt><dd className="col-8 mb-1">{asset.owner ?? '—'}</dd>
          <dt className="col-4 fw-normal text-body-secondary">Criticality</dt><dd className="col-8 mb-1">{asset.criticality ?? '—'}</dd>
          <dt className="col-4 fw-normal text-body-secondary">First seen</dt><dd className="col-8 mb-1">{formatDateTime(asset.firstSeenAt)}</dd>
          <dt className="col-4 fw-normal text-body-secondary">Last seen</dt><dd className="col-8 mb-1">{formatDateTime(asset.lastSeenAt)}</dd>
          <dt className="col-4 fw-normal text-body-secondary">Changes</dt><dd className="col-8 mb-1">{asset.changeCount}</dd>
          {detail.data && detail.data.ipAddresses.length > 0 && (
            <><dt className="col-4 fw-normal text-body-secondary">IPs</dt><dd className="col-8 mb-1">{detail.data.ipAddresses.join(', ')}</dd></>
          )}
          {detail.data && detail.data.dnsNames.length > 0 && (
            <><dt className="col-4 fw-normal text-body-secondary">DNS</dt><dd className="col-8 mb-1 text-break">{detail.data.dnsNames.join(', ')}</dd></>
          )}
          {tags.length > 0 && (
            <><dt className="col-4 fw-normal text-body-secondary">Tags</dt>
              <dd className="col-8 mb-0">{tags.slice(0, 6).map(([k, v]) => <span key={k} className="badge bg-body-secondary text-body border me-1">{k}={v}</span>)}
                {tags.length > 6 && <span>+{tags.length - 6}</span>}</dd></>
          )}
        </dl>
        {detail.error && <div className="text-danger">Details could not be loaded.</div>}
      </div>
    </div>
  );
}
