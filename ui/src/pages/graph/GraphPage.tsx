import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { relationshipsApi } from '../../api/relationships';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { AssetStatusBadge } from '../../components/StatusBadge';
import { GraphDrawing } from './GraphDrawing';

const depths = [1, 2, 3, 4, 5];

/** The relationships around an asset to a chosen depth, drawn, with the same assets and edges listed below. */
export default function GraphPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const depth = Math.min(5, Math.max(1, Number(params.get('depth')) || 2));
  const graph = useQuery({
    queryKey: ['graph', id, depth],
    queryFn: ({ signal }) => relationshipsApi.neighbourhood(id, depth, signal),
  });
  const names = new Map(graph.data?.nodes.map((n) => [n.id, n.name ?? n.resourceId ?? n.id]) ?? []);
  const root = graph.data?.nodes.find((n) => n.id === id);
  return (
    <>
      <PageHeader title={root ? `Relationships of ${names.get(root.id)}` : 'Relationship graph'}>
        <label htmlFor="graph-depth" className="form-label mb-0">Depth</label>
        <select id="graph-depth" className="form-select form-select-sm w-auto" value={depth}
          onChange={(e) => setParams({ depth: e.target.value }, { replace: true })}>
          {depths.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
        <Link to={`/assets/${encodeURIComponent(id)}`} className="btn btn-sm btn-outline-secondary">Back to the asset</Link>
      </PageHeader>
      {graph.error && <ErrorAlert error={graph.error} onRetry={() => graph.refetch()} />}
      {graph.isPending && <Loading label="Loading the graph" />}
      {graph.data && (
        <>
          {graph.data.truncated && (
            <div className="alert alert-warning">The graph reached its node limit; not every asset at this depth is shown. Choose a smaller depth.</div>
          )}
          {graph.data.edges.length === 0 && <p>This asset has no relationships.</p>}
          <p className="small text-body-secondary">
            Columns are steps away from the asset. Solid grey arrows are derived from AWS; dashed blue ones were added by people.
            Select an asset to open it.
          </p>
          <GraphDrawing graph={graph.data} />
          <details>
            <summary className="h6">Assets ({graph.data.nodes.length}) and relationships ({graph.data.edges.length}) as lists</summary>
            <table className="table table-sm mt-2">
              <thead><tr><th scope="col">Depth</th><th scope="col">Asset</th><th scope="col">Type</th><th scope="col">Account</th><th scope="col">Status</th><th scope="col" /></tr></thead>
              <tbody>
                {graph.data.nodes.map((n) => (
                  <tr key={n.id}>
                    <td>{n.depth}</td>
                    <td><Link to={`/assets/${encodeURIComponent(n.id)}`}>{names.get(n.id)}</Link></td>
                    <td>{n.resourceType}</td><td className="mono">{n.accountId}</td><td><AssetStatusBadge status={n.status} /></td>
                    <td>{n.id !== id && <Link to={`/assets/${encodeURIComponent(n.id)}/graph?depth=${depth}`} className="small">Graph around it</Link>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="table table-sm">
              <thead><tr><th scope="col">From</th><th scope="col">Kind</th><th scope="col">To</th><th scope="col">Origin</th><th scope="col">Description</th></tr></thead>
              <tbody>
                {graph.data.edges.map((e) => (
                  <tr key={e.id}>
                    <td>{names.get(e.sourceId) ?? e.sourceId}</td><td>{e.type}</td><td>{names.get(e.targetId) ?? e.targetId}</td>
                    <td>{e.origin}</td><td className="small">{e.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </>
  );
}
