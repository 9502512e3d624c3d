import { useId, type ReactNode } from 'react';
import { ApiError } from '../api/client';

interface FieldProps {
  label: string;
  /** The API's name for the field, whose messages in the problem's `errors` show under it. */
  name: string;
  error?: unknown;
  help?: ReactNode;
  /** Extra local messages (checked before sending). */
  messages?: string[];
  children: (props: { id: string; name: string; invalid: boolean; describedBy: string | undefined }) => ReactNode;
}

/** A labelled form control that shows the API's field errors for `name` next to it. */
export function FormField({ label, name, error, help, messages = [], children }: FieldProps) {
  const id = useId();
  const errors = [...messages, ...(error instanceof ApiError ? error.errorsFor(name) : [])];
  const invalid = errors.length > 0;
  const helpId = help ? `${id}-help` : undefined;
  const errorId = invalid ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      {children({ id, name, invalid, describedBy })}
      {help && (
        <div id={helpId} className="form-text">
          {help}
        </div>
      )}
      {invalid && (
        <div id={errorId} className="invalid-feedback d-block">
          {errors.join(' ')}
        </div>
      )}
    </div>
  );
}

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'onChange' | 'value'> & {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  error?: unknown;
  help?: ReactNode;
};

export function TextField({ label, name, value, onChange, error, help, className, ...rest }: InputProps) {
  return (
    <FormField label={label} name={name} error={error} help={help}>
      {(field) => (
        <input
          {...rest}
          id={field.id}
          name={field.name}
          className={`form-control${field.invalid ? ' is-invalid' : ''} ${className ?? ''}`}
          aria-invalid={field.invalid || undefined}
          aria-describedby={field.describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

type SelectProps = {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  error?: unknown;
  help?: ReactNode;
  required?: boolean;
};

export function SelectField({ label, name, value, onChange, options, error, help, required }: SelectProps) {
  return (
    <FormField label={label} name={name} error={error} help={help}>
      {(field) => (
        <select
          id={field.id}
          name={field.name}
          required={required}
          className={`form-select${field.invalid ? ' is-invalid' : ''}`}
          aria-invalid={field.invalid || undefined}
          aria-describedby={field.describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Problems the form has no field for (a title, a detail, errors keyed by a field not on the form). */
export function FormProblem({ error, fields }: { error: unknown; fields: string[] }) {
  if (!(error instanceof ApiError) && !(error instanceof Error)) return null;
  const known = new Set(fields.map((f) => f.toLowerCase()));
  const other = error instanceof ApiError ? Object.entries(error.fieldErrors).filter(([k]) => !known.has(k.toLowerCase())) : [];
  const hasFieldErrors = error instanceof ApiError && Object.keys(error.fieldErrors).length > 0;
  return (
    <div className="alert alert-danger" role="alert">
      {hasFieldErrors && other.length === 0 ? 'Please correct the fields marked below.' : error.message}
      {other.length > 0 && (
        <ul className="mb-0 small">
          {other.map(([k, v]) => (
            <li key={k}>
              <code>{k}</code>: {v.join(' ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The new password typed again; a difference is said under the field before anything is sent. */
export function RepeatPasswordField({ password, value, onChange }: { password: string; value: string; onChange(value: string): void }) {
  const mismatch = value.length > 0 && value !== password;
  return (
    <FormField label="Repeat the new password" name="repeat" messages={mismatch ? ['The passwords differ.'] : []}>
      {(f) => (
        <input id={f.id} type="password" className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={value}
          onChange={(e) => onChange(e.target.value)} autoComplete="new-password" aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />
      )}
    </FormField>
  );
}
