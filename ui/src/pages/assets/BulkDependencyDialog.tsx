import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { manualEdgeTypes, relationshipsApi } from '../../api/relationships';
import type { AssetSummary } from '../../api/types';
import { AssetPicker } from '../../components/AssetPicker';
import { FormField, FormProblem, SelectField } from '../../components/FormField';
import { countOf } from '../../components/format';
import { Modal } from '../../components/Modal';
import { ApiError } from '../../api/client';

/** Adds one relationship (depends-on by default) from every selected asset to one target: all of them, or none. */
export function BulkDependencyDialog({ sourceIds, onClose, onDone }: { sourceIds: string[]; onClose(): void; onDone(): void }) {
  const [target, setTarget] = useState<AssetSummary | null>(null);
  const [type, setType] = useState<string>('depends-on');
  const [description, setDescription] = useState('');
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => relationshipsApi.bulkAdd(sourceIds, target?.id ?? '', type, description.trim() || null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['relationships'] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  // Per-source problems (sourceIds[3]) name assets of the selection; the form lists them under its own message.
  const sourceErrors = add.error instanceof ApiError
    ? Object.entries(add.error.fieldErrors).filter(([k]) => k.startsWith('sourceIds'))
    : [];
  return (
    <Modal title={`Add a relationship from ${countOf(sourceIds.length, 'asset')}`} onClose={onClose} size="lg"
      footer={
        <>
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" form="bulk-dependency" className="btn btn-primary" disabled={add.isPending || !target}>
            Add to {countOf(sourceIds.length, 'asset')}
          </button>
        </>
      }>
      <form id="bulk-dependency" onSubmit={submit} noValidate>
        {add.error && <FormProblem error={add.error} fields={['targetId', 'type', 'description', ...sourceErrors.map(([k]) => k)]} />}
        {sourceErrors.length > 0 && (
          <ul className="small text-danger">
            {sourceErrors.map(([k, v]) => <li key={k}>{v.join(' ')}</li>)}
          </ul>
        )}
        <SelectField label="Relationship" name="type" value={type} onChange={setType} error={add.error}
          options={manualEdgeTypes.map((t) => ({ value: t, label: t }))} />
        <FormField label="Target asset (name, human id, ARN or id)" name="targetId" error={add.error}>
          {(f) => <AssetPicker inputId={f.id} value={target} onChange={setTarget} invalid={f.invalid}
            describedBy={f.describedBy} exclude={sourceIds} />}
        </FormField>
        <FormField label="Description (optional)" name="description" error={add.error}>
          {(f) => (
            <input id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={description} aria-describedby={f.describedBy}
              onChange={(e) => setDescription(e.target.value)} />
          )}
        </FormField>
      </form>
    </Modal>
  );
}
