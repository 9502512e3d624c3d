import { FormField } from '../../components/FormField';

/**
 * A write-only secret: never shown; null keeps what is stored, a typed value replaces it, "" (the clear box) removes it.
 */
export function SecretField({ label, name, stored, value, onChange, error }: {
  label: string;
  name: string;
  stored: boolean;
  value: string | null;
  onChange(value: string | null): void;
  error: unknown;
}) {
  const clearing = value === '';
  return (
    <FormField label={label} name={name} error={error}
      help={stored ? 'A value is stored and never shown. Leave empty to keep it.' : 'Nothing is stored yet.'}>
      {(f) => (
        <>
          <input id={f.id} type="password" className={`form-control${f.invalid ? ' is-invalid' : ''}`} autoComplete="new-password"
            aria-describedby={f.describedBy} aria-invalid={f.invalid || undefined} value={value ?? ''} disabled={clearing}
            placeholder={stored ? '•••••••• (stored)' : ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />
          {stored && (
            <div className="form-check mt-1">
              <input id={`${f.id}-clear`} type="checkbox" className="form-check-input" checked={clearing} onChange={(e) => onChange(e.target.checked ? '' : null)} />
              <label htmlFor={`${f.id}-clear`} className="form-check-label small">Remove the stored {label.toLowerCase()}</label>
            </div>
          )}
        </>
      )}
    </FormField>
  );
}
