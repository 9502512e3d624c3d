import { useEffect, useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import { accountsApi } from '../../api/accounts';
import type { Account } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Modal } from '../../components/Modal';

/** Asks AWS who the product is in the account (STS GetCallerIdentity) and shows the answer, or AWS's refusal as sent. */
export function TestConnectionDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const test = useMutation({ mutationFn: () => accountsApi.testConnection(account.accountId) });
  const started = useRef(false);
  useEffect(() => {
    // Once per opening, also when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    test.mutate();
  }, [test]);
  const result = test.data;
  return (
    <Modal
      title={`Connection to ${account.displayName} (${account.accountId})`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn-outline-primary" disabled={test.isPending} onClick={() => test.mutate()}>Test again</button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>Close</button>
        </>
      }
    >
      {test.isPending && <Loading label="Asking AWS" />}
      {test.error && <ErrorAlert error={test.error} />}
      {result?.ok === true && (
        <div className="alert alert-success" role="status" data-testid="connection-result">
          <strong className="d-block">Connected.</strong>
          AWS answered for account <span className="mono">{result.account}</span> as <span className="mono">{result.arn}</span>.
        </div>
      )}
      {result?.ok === false && (
        <div className="alert alert-danger" role="status" data-testid="connection-result">
          <strong className="d-block">The connection failed.</strong>
          <code>{result.errorCode}</code>: {result.message}
        </div>
      )}
    </Modal>
  );
}
