import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { relationshipsApi } from '../../api/relationships';
import { FormProblem } from '../../components/FormField';
import { countOf } from '../../components/format';
import { Modal } from '../../components/Modal';
import { newRelationship, RelationshipFields } from '../../components/RelationshipFields';

/** Adds one relationship (depends-on by default) from every selected asset to one target: all of them, or none. */
export function BulkDependencyDialog({ sourceIds, onClose, onDone }: { sourceIds: string[]; onClose(): void; onDone(): void }) {
  const [choice, setChoice] = useState(newRelationship);
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => relationshipsApi.bulkAdd(sourceIds, choice.target?.id ?? '', choice.type, choice.description.trim() || null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['relationships'] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <Modal title={`Add a relationship from ${countOf(sourceIds.length, 'asset')}`} onClose={onClose} size="lg"
      footer={
        <>
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" form="bulk-dependency" className="btn btn-primary" disabled={add.isPending || !choice.target}>
            Add to {countOf(sourceIds.length, 'asset')}
          </button>
        </>
      }>
      <form id="bulk-dependency" onSubmit={submit} noValidate>
        {/* Problems of single sources (sourceIds[3]) have no field here: the problem lists them. */}
        {add.error && <FormProblem error={add.error} fields={['targetId', 'type', 'description']} />}
        <RelationshipFields value={choice} onChange={setChoice} error={add.error} exclude={sourceIds} />
      </form>
    </Modal>
  );
}
