import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { Modal } from './Modal';

/** Asks before a change that cannot be undone from the page; the API's refusal shows in the dialog. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, pending, error, danger = true, disabled = false }: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
  pending: boolean;
  error: unknown;
  danger?: boolean;
  disabled?: boolean;
}) {
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={pending || disabled} onClick={onConfirm}>
            {pending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            {confirmLabel}
          </button>
        </>
      }
    >
      {error ? <ErrorAlert error={error} showFieldErrors /> : null}
      {children}
    </Modal>
  );
}
