import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assetsApi, classifications, criticalities } from '../../api/assets';
import { FormField, FormProblem } from '../../components/FormField';
import { countOf } from '../../components/format';
import { Modal } from '../../components/Modal';

type Change = { mode: 'keep' | 'set' | 'clear'; value: string };
const keep: Change = { mode: 'keep', value: '' };

/** Sets owner, criticality or classification on every selected asset at once: all change, or none. */
export function BulkUpdateDialog({ assetIds, onClose, onDone }: { assetIds: string[]; onClose(): void; onDone(changed: number): void }) {
  const [owner, setOwner] = useState<Change>(keep);
  const [criticality, setCriticality] = useState<Change>(keep);
  const [classification, setClassification] = useState<Change>(keep);
  const queryClient = useQueryClient();
  const fields = () => {
    const result: Record<string, string | null> = {};
    for (const [name, change] of [['owner', owner], ['criticality', criticality], ['classification', classification]] as const) {
      if (change.mode === 'set') result[name] = change.value;
      if (change.mode === 'clear') result[name] = null;
    }
    return result;
  };
  const update = useMutation({
    mutationFn: () => assetsApi.bulkUpdate(assetIds, fields()),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['assets'] });
      await queryClient.invalidateQueries({ queryKey: ['asset'] });
      onDone(result.changed);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate();
  };
  const nothing = Object.keys(fields()).length === 0;
  return (
    <Modal title={`Update ${countOf(assetIds.length, 'asset')}`} onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" form="bulk-update" className="btn btn-primary" disabled={update.isPending || nothing}>
            Update {countOf(assetIds.length, 'asset')}
          </button>
        </>
      }>
      <form id="bulk-update" onSubmit={submit} noValidate>
        {update.error && <FormProblem error={update.error} fields={['fields.owner', 'fields.criticality', 'fields.classification']} />}
        <ChangeField label="Owner" name="fields.owner" change={owner} onChange={setOwner} error={update.error} />
        <ChangeField label="Criticality" name="fields.criticality" change={criticality} onChange={setCriticality} error={update.error} choices={criticalities} />
        <ChangeField label="Classification" name="fields.classification" change={classification} onChange={setClassification}
          error={update.error} choices={classifications} />
      </form>
    </Modal>
  );
}

function ChangeField({ label, name, change, onChange, error, choices }: {
  label: string;
  name: string;
  change: Change;
  onChange(change: Change): void;
  error: unknown;
  choices?: string[];
}) {
  return (
    <FormField label={label} name={name} error={error}>
      {(f) => (
        <div className="input-group">
          <select className="form-select" style={{ maxWidth: '10rem' }} aria-label={`${label}: what to do`} value={change.mode}
            onChange={(e) => onChange({ ...change, mode: e.target.value as Change['mode'] })}>
            <option value="keep">Leave as is</option>
            <option value="set">Set to</option>
            <option value="clear">Clear</option>
          </select>
          {change.mode === 'set' &&
            (choices ? (
              <select id={f.id} className={`form-select${f.invalid ? ' is-invalid' : ''}`} value={change.value} aria-describedby={f.describedBy}
                onChange={(e) => onChange({ ...change, value: e.target.value })}>
                <option value="">Choose…</option>
                {choices.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            ) : (
              <input id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={change.value} aria-describedby={f.describedBy}
                onChange={(e) => onChange({ ...change, value: e.target.value })} />
            ))}
          {change.mode !== 'set' && <input id={f.id} className="form-control" disabled value={change.mode === 'clear' ? '(cleared)' : ''} aria-describedby={f.describedBy} />}
        </div>
      )}
    </FormField>
  );
}
