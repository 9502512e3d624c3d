import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { assetsApi } from '../../api/assets';
import { relationshipsApi } from '../../api/relationships';
import type { Neighbour } from '../../api/types';
import { useCanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormProblem } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Modal } from '../../components/Modal';
import { newRelationship, RelationshipFields } from '../../components/RelationshipFields';
import { AssetStatusBadge } from '../../components/StatusBadge';

const rowsShown = 50;

/** The asset's outgoing and incoming edges with the asset at the other end, and references still waiting for their target. */
export function Relationships({ assetId }: { assetId: string }) {
  const editable = useCanEdit();
  const [adding, setAdding] = useState(false);
  const relationships = useQuery({
    queryKey: ['relationships', assetId],
    queryFn: ({ signal }) => assetsApi.relationships(assetId, signal),
  });
  if (relationships.error) return <ErrorAlert error={relationships.error} onRetry={() => relationships.refetch()} />;
  if (relationships.isPending) return <Loading label="Loading relationships" />;
  const { outgoing, incoming, pending } = relationships.data;
  return (
    <>
      <div className="d-flex gap-2 mb-2">
        {editable && (
          <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setAdding(true)}>Add relationship…</button>
        )}
        <Link to={`/assets/${assetId}/graph`} className="btn btn-sm btn-outline-secondary">Show the graph</Link>
      </div>
      <EdgeTable title="Outgoing" assetId={assetId} rows={outgoing} direction="out" editable={editable} />
      <EdgeTable title="Incoming" assetId={assetId} rows={incoming} direction="in" editable={editable} />
      {pending.length > 0 && (
        <>
          <h3 className="h6">Waiting for their target</h3>
          <ul className="small">
            {pending.map((p) => <li key={`${p.type}-${p.reference}`}>{p.type} <span className="mono">{p.reference}</span> ({p.kind})</li>)}
          </ul>
        </>
      )}
      {adding && <AddRelationshipDialog sourceId={assetId} onClose={() => setAdding(false)} />}
    </>
  );
}

function EdgeTable({ title, assetId, rows, direction, editable }: {
  title: string;
  assetId: string;
  rows: Neighbour[];
  direction: 'in' | 'out';
  editable: boolean;
}) {
  const [all, setAll] = useState(false);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (edge: Neighbour['edge']) => relationshipsApi.remove(edge.sourceId, edge.type, edge.targetId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['relationships', assetId] }),
  });
  const shown = all ? rows : rows.slice(0, rowsShown);
  return (
    <section className="mb-3" data-testid={`relationships-${direction}`}>
      <h3 className="h6">{title} ({rows.length})</h3>
      {remove.error && <ErrorAlert error={remove.error} />}
      {rows.length === 0 ? (
        <p className="small text-body-secondary">None.</p>
      ) : (
        <table className="table table-sm small">
          <thead>
            <tr>
              <th scope="col">Relationship</th><th scope="col">{direction === 'out' ? 'To' : 'From'}</th><th scope="col">Type</th>
              <th scope="col">Status</th><th scope="col">Origin</th>{editable && <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ edge, node }) => (
              <tr key={edge.id}>
                <td>{edge.type}{edge.description && <div className="text-body-secondary">{edge.description}</div>}</td>
                <td><Link to={`/assets/${node.id}`}>{node.name ?? node.resourceId ?? node.id}</Link></td>
                <td>{node.resourceType}</td>
                <td><AssetStatusBadge status={node.status} /></td>
                <td>{edge.origin === 'Manual' ? 'added by people' : 'discovered'}</td>
                {editable && (
                  <td className="text-end">
                    {edge.origin === 'Manual' && direction === 'out' && (
                      <button type="button" className="btn btn-sm btn-outline-danger py-0" disabled={remove.isPending}
                        onClick={() => remove.mutate(edge)} aria-label={`Remove ${edge.type} ${node.name ?? node.id}`}>
                        Remove
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > rowsShown && (
        <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${rows.length}`}
        </button>
      )}
    </section>
  );
}

function AddRelationshipDialog({ sourceId, onClose }: { sourceId: string; onClose(): void }) {
  const [choice, setChoice] = useState(newRelationship);
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => relationshipsApi.add(sourceId, choice.target?.id ?? '', choice.type, choice.description.trim() || null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['relationships', sourceId] });
      await queryClient.invalidateQueries({ queryKey: ['asset', sourceId] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <Modal title="Add a relationship" onClose={onClose} size="lg"
      footer={
        <>
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" form="add-relationship" className="btn btn-primary" disabled={add.isPending || !choice.target}>Add</button>
        </>
      }>
      <form id="add-relationship" onSubmit={submit} noValidate>
        {add.error && <FormProblem error={add.error} fields={['targetId', 'type', 'description']} />}
        <RelationshipFields value={choice} onChange={setChoice} error={add.error} exclude={[sourceId]} />
      </form>
    </Modal>
  );
}
