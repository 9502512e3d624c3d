import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { accountsApi } from '../../api/accounts';
import { ApiError } from '../../api/client';
import { discoveryApi } from '../../api/discovery';
import { FormProblem, SelectField } from '../../components/FormField';

/** Starts a discovery of every active account or of one, for real or as a dry run, then opens the job's page. */
export function StartDiscoveryForm() {
  const [accountId, setAccountId] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const accounts = useQuery({ queryKey: ['accounts', 'all'], queryFn: ({ signal }) => accountsApi.list(1, 1000, signal) });
  const start = useMutation({
    mutationFn: () => discoveryApi.start(accountId ? [accountId] : [], dryRun),
    onSuccess: async ({ jobId }) => {
      await queryClient.invalidateQueries({ queryKey: ['discovery-jobs'], exact: true });
      navigate(`/discovery/${jobId}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate();
  };
  const running = start.error instanceof ApiError && start.error.status === 409 && typeof start.error.problem.jobId === 'string'
    ? start.error.problem.jobId : null;
  const active = accounts.data?.items.filter((a) => a.active) ?? [];
  return (
    <form className="card card-body mb-3" onSubmit={submit} aria-label="Start a discovery">
      <div className="row g-2 align-items-end">
        <div className="col-md-5">
          <SelectField label="Discover" name="accountIds" value={accountId} onChange={setAccountId} error={start.error}
            options={[{ value: '', label: 'Every active account' }, ...active.map((a) => ({ value: a.accountId, label: `${a.displayName} (${a.accountId})` }))]} />
        </div>
        <div className="col-md-3">
          <div className="form-check mb-3">
            <input id="dry-run" type="checkbox" className="form-check-input" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
            <label htmlFor="dry-run" className="form-check-label">Dry run (preview, record nothing)</label>
          </div>
        </div>
        <div className="col-md-4 mb-3">
          <button type="submit" className="btn btn-primary" disabled={start.isPending}>
            {start.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            {dryRun ? 'Start dry run' : 'Start discovery'}
          </button>
        </div>
      </div>
      {start.error && !(start.error instanceof ApiError && start.error.errorsFor('accountIds').length > 0) && (
        <div>
          <FormProblem error={start.error} fields={['accountIds']} />
          {running && <Link to={`/discovery/${running}`}>Follow the running job</Link>}
        </div>
      )}
    </form>
  );
}
