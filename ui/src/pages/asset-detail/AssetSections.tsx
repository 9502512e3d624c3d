import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { fieldLabels, humanFields } from '../../api/assets';
import type { AssetDetail } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { AssetStatusBadge } from '../../components/StatusBadge';
import { goneReasons } from './timelineText';

export function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="card mb-3" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <div className="card-body">
        <h2 className="h5 card-title" id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </section>
  );
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="col-sm-4 fw-normal text-body-secondary">{label}</dt>
      <dd className="col-sm-8" data-testid={testId}>{children ?? '—'}</dd>
    </>
  );
}

export function Overview({ asset }: { asset: AssetDetail }) {
  return (
    <Section title="Overview" id="overview">
      <dl className="row mb-0">
        <Row label="Status"><AssetStatusBadge status={asset.status} />{asset.state && <span className="ms-2">{asset.state}</span>}</Row>
        <Row label="Service">{asset.service}</Row>
        <Row label="Type">{asset.resourceType}</Row>
        <Row label="Account"><Link to={`/assets?accountId=${asset.accountId}`}>{asset.accountId}</Link></Row>
        <Row label="Region">{asset.region}</Row>
        <Row label="Resource id"><span className="mono">{asset.resourceId ?? '—'}</span></Row>
        <Row label="ARN"><span className="mono">{asset.arn ?? '—'}</span></Row>
        <Row label="First seen">{formatDateTime(asset.firstSeenAt)}</Row>
        <Row label="Last seen">{formatDateTime(asset.lastSeenAt)}</Row>
        <Row label="Last changed">{formatDateTime(asset.lastChangedAt)}</Row>
        {asset.goneAt && <Row label="Gone">{formatDateTime(asset.goneAt)}{asset.goneReason && ` (${goneReasons[asset.goneReason] ?? asset.goneReason})`}</Row>}
        {asset.decommissionedAt && <Row label="Decommissioned">{formatDateTime(asset.decommissionedAt)}</Row>}
        <Row label="Changes">{asset.changeCount}</Row>
        {asset.manual && <Row label="Kind">Registered by hand</Row>}
      </dl>
    </Section>
  );
}

export function HumanFields({ asset }: { asset: AssetDetail }) {
  const show = (field: string, value: string | undefined) => {
    if (value === undefined) return <span className="text-body-secondary">not set</span>;
    if (value === 'true') return 'Yes';
    if (value === 'false') return 'No';
    if (field === 'url') return <a href={value} target="_blank" rel="noreferrer noopener">{value}</a>;
    return <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>;
  };
  return (
    <Section title="Ownership and classification" id="fields">
      <dl className="row mb-0">
        {humanFields.map((f) => (
          <Row key={f} label={fieldLabels[f]} testId={`field-${f}`}>{show(f, asset.fields[f])}</Row>
        ))}
      </dl>
    </Section>
  );
}

export function KeyValues({ title, id, values, empty }: { title: string; id: string; values: Record<string, string>; empty: string }) {
  const [filter, setFilter] = useState('');
  const entries = Object.entries(values).sort(([a], [b]) => a.localeCompare(b));
  const shown = filter ? entries.filter(([k, v]) => `${k} ${v}`.toLowerCase().includes(filter.toLowerCase())) : entries;
  return (
    <Section title={`${title} (${entries.length})`} id={id}>
      {entries.length === 0 ? <p className="text-body-secondary mb-0">{empty}</p> : (
        <>
          {entries.length > 10 && (
            <input type="search" className="form-control form-control-sm mb-2" placeholder={`Find in ${title.toLowerCase()}`}
              aria-label={`Find in ${title.toLowerCase()}`} value={filter} onChange={(e) => setFilter(e.target.value)} />
          )}
          <table className="table table-sm small mb-0" style={{ tableLayout: 'fixed' }}>
            <thead><tr><th scope="col" style={{ width: '40%' }}>Key</th><th scope="col">Value</th></tr></thead>
            <tbody>
              {shown.map(([k, v]) => <tr key={k} data-key={k}><td className="mono">{k}</td><td className="text-break">{v}</td></tr>)}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}

export function Network({ asset }: { asset: AssetDetail }) {
  return (
    <Section title="Network" id="network">
      <h3 className="h6">IP addresses</h3>
      {asset.ipAddresses.length ? <ul className="mono">{asset.ipAddresses.map((ip) => <li key={ip}>{ip}</li>)}</ul> : <p className="text-body-secondary">None.</p>}
      <h3 className="h6">DNS names</h3>
      {asset.dnsNames.length ? <ul className="mono mb-0">{asset.dnsNames.map((d) => <li key={d}>{d}</li>)}</ul> : <p className="text-body-secondary mb-0">None.</p>}
    </Section>
  );
}

export function RelatedIds({ asset }: { asset: AssetDetail }) {
  const entries = Object.entries(asset.related);
  if (entries.length === 0) return null;
  return (
    <Section title="Related resources it names" id="related">
      <dl className="row mb-0 small">
        {entries.map(([kind, ids]) => (
          <Row key={kind} label={kind}><span className="mono">{ids.join(', ')}</span></Row>
        ))}
      </dl>
    </Section>
  );
}
