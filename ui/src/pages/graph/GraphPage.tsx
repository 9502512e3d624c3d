import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { relationshipsApi } from '../../api/relationships';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { AssetStatusBadge } from '../../components/StatusBadge';

export default function GraphPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const depth = Math.min(5, Math.max(1, Number(params.get('depth')) || 2));
  const graph = useQuery({
    queryKey: ['graph', id, depth],
    queryFn: ({ signal }) => relationshipsApi.neighbourhood(id, depth, signal),
  });
  const names = new Map(graph.data?.nodes.map((n) => [n.id, n.name ?? n.resourceId ?? n.id]) ?? []);
  return (
    <>
      <PageHeader title="Relationship graph">
        <label htmlFor="graph-depth" className="form-label mb-0">Depth</label>
        <select id="graph-depth" className="form-select form-select-sm w-auto" value={depth}
          onChange={(e) => setParams({ depth: e.target.value }, { replace: true })}>
          {[1, 2, 3, 4, 5].map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
        <Link to={`/assets/${id}`} className="btn btn-sm btn-outline-secondary">Back to the asset</Link>
      </PageHeader>
      {graph.error && <ErrorAlert error={graph.error} onRetry={() => graph.refetch()} />}
      {graph.isPending && <Loading label="Loading the graph" />}
      {graph.data && (
        <>
          {graph.data.truncated && <div className="alert alert-warning">The graph is cut off at its node limit.</div>}
          <h2 className="h5">Assets ({graph.data.nodes.length})</h2>
          <table className="table table-sm">
            <thead><tr><th scope="col">Depth</th><th scope="col">Asset</th><th scope="col">Type</th><th scope="col">Account</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {graph.data.nodes.map((n) => (
                <tr key={n.id}>
                  <td>{n.depth}</td>
                  <td><Link to={`/assets/${n.id}/graph?depth=${depth}`}>{names.get(n.id)}</Link></td>
                  <td>{n.resourceType}</td><td>{n.accountId}</td><td><AssetStatusBadge status={n.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 className="h5">Relationships ({graph.data.edges.length})</h2>
          <table className="table table-sm">
            <thead><tr><th scope="col">From</th><th scope="col">Type</th><th scope="col">To</th><th scope="col">Origin</th></tr></thead>
            <tbody>
              {graph.data.edges.map((e) => (
                <tr key={e.id}>
                  <td>{names.get(e.sourceId) ?? e.sourceId}</td><td>{e.type}</td><td>{names.get(e.targetId) ?? e.targetId}</td><td>{e.origin}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
