import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountsApi } from '../../api/accounts';
import type { Account } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Removing an account asks what becomes of its assets: nothing is decided for the user. */
export function RemoveAccountDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const [markAssetsGone, setMarkAssetsGone] = useState<boolean | null>(null);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => accountsApi.remove(account.accountId, markAssetsGone!),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      await queryClient.invalidateQueries({ queryKey: ['costs'] });
      onClose();
    },
  });
  return (
    <ConfirmDialog title={`Remove account ${account.accountId}`} confirmLabel="Remove account" onConfirm={() => remove.mutate()} onClose={onClose}
      pending={remove.isPending} error={remove.error} disabled={markAssetsGone === null}>
      <p>
        <strong>{account.displayName}</strong> will no longer be discovered. Its assets’ history stays in the register.
      </p>
      <fieldset>
        <legend className="fs-6">What happens to its assets?</legend>
        <div className="form-check">
          <input id="remove-mark-gone" className="form-check-input" type="radio" name="markAssetsGone" checked={markAssetsGone === true}
            onChange={() => setMarkAssetsGone(true)} />
          <label htmlFor="remove-mark-gone" className="form-check-label">Mark them gone (the account was closed or left)</label>
        </div>
        <div className="form-check">
          <input id="remove-keep" className="form-check-input" type="radio" name="markAssetsGone" checked={markAssetsGone === false}
            onChange={() => setMarkAssetsGone(false)} />
          <label htmlFor="remove-keep" className="form-check-label">Leave them as they are</label>
        </div>
      </fieldset>
    </ConfirmDialog>
  );
}
