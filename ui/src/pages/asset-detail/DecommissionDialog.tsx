import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assetsApi } from '../../api/assets';
import { FormField, FormProblem } from '../../components/FormField';
import { Modal } from '../../components/Modal';

/** A person retires the asset; it keeps its history. */
export function DecommissionDialog({ assetId, onClose }: { assetId: string; onClose(): void }) {
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const decommission = useMutation({
    mutationFn: () => assetsApi.decommission(assetId, reason.trim() || null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['asset', assetId] });
      await queryClient.invalidateQueries({ queryKey: ['assets'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decommission.mutate();
  };
  return (
    <Modal title="Decommission this asset" onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" form="decommission" className="btn btn-danger" disabled={decommission.isPending}>Decommission</button>
        </>
      }>
      <form id="decommission" onSubmit={submit} noValidate>
        <p>The asset is marked as retired by you. Its history stays.</p>
        {decommission.error && <FormProblem error={decommission.error} fields={['reason']} />}
        <FormField label="Reason (optional)" name="reason" error={decommission.error}>
          {(f) => (
            <textarea id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} rows={3} value={reason}
              aria-describedby={f.describedBy} onChange={(e) => setReason(e.target.value)} />
          )}
        </FormField>
      </form>
    </Modal>
  );
}
