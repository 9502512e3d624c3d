import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { assetsApi } from '../../api/assets';
import { CanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { AsOfControl } from './AsOfControl';
import { HumanFields, KeyValues, Network, Overview, RelatedIds, Section } from './AssetSections';
import { DecommissionDialog } from './DecommissionDialog';
import { Relationships } from './Relationships';
import { Timeline } from './Timeline';

export default function AssetDetailPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('at');
  const [decommissioning, setDecommissioning] = useState(false);
  const asset = useQuery({
    queryKey: ['asset', id, asOf],
    queryFn: async ({ signal }) => {
      if (!asOf) return assetsApi.get(id, signal);
      // The history is kept under the asset's id; a human id (ASSET-0042) is resolved first.
      const streamId = /^ASSET-\d+$/i.test(id) ? (await assetsApi.get(id, signal)).id : id;
      return assetsApi.asOf(streamId, asOf, signal);
    },
  });
  const setAsOf = (at: string | null) => setParams(at ? { at } : {});
  const data = asset.data;
  const title = data ? [data.humanId, data.name ?? data.resourceId ?? data.id].filter(Boolean).join(' · ') : 'Asset';
  const retired = data && (data.status === 'Decommissioned' || data.status === 'Gone');
  return (
    <>
      <nav aria-label="breadcrumb">
        <ol className="breadcrumb small mb-2">
          <li className="breadcrumb-item"><Link to="/assets">Assets</Link></li>
          <li className="breadcrumb-item active" aria-current="page">{data?.humanId ?? id}</li>
        </ol>
      </nav>
      <PageHeader title={title}>
        {data && !asOf && (
          <CanEdit>
            <Link to={`/assets/${data.id}/edit`} className="btn btn-sm btn-primary">Edit</Link>
            {!retired && (
              <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setDecommissioning(true)}>Decommission…</button>
            )}
          </CanEdit>
        )}
        {data && <Link to={`/assets/${data.id}/graph`} className="btn btn-sm btn-outline-secondary">Graph</Link>}
      </PageHeader>
      <div className="mb-3">
        <AsOfControl asOf={asOf} onChange={setAsOf} />
      </div>
      {asOf && (
        <div className="alert alert-info" role="status" data-testid="as-of-banner">
          Showing this asset as it was at <strong>{formatDateTime(asOf)}</strong>. Relationships are shown as they are now.
        </div>
      )}
      {asset.error && <ErrorAlert error={asset.error} onRetry={() => asset.refetch()} title="The asset could not be loaded." />}
      {asset.isPending && <Loading label="Loading the asset" />}
      {data && (
        <div className="row g-3">
          <div className="col-xl-6">
            <Overview asset={data} />
            <HumanFields asset={data} />
            <Network asset={data} />
            <KeyValues title="Tags" id="tags" values={data.tags} empty="No tags." />
            <KeyValues title="Attributes" id="attributes" values={data.attributes} empty="No attributes." />
            <RelatedIds asset={data} />
          </div>
          <div className="col-xl-6">
            <Section title="Relationships" id="relationships">
              <Relationships assetId={data.id} />
            </Section>
            <Section title="History" id="history">
              <Timeline assetId={data.id} asOf={asOf} />
            </Section>
          </div>
        </div>
      )}
      {decommissioning && data && <DecommissionDialog assetId={data.id} onClose={() => setDecommissioning(false)} />}
    </>
  );
}
