import { ApiError } from '../api/client';

/** What went wrong, in words a person can act on, with the API's field messages listed when there is no form to show them. */
export function ErrorAlert({ error, onRetry, title, showFieldErrors = false }: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  showFieldErrors?: boolean;
}) {
  if (!error) return null;
  const message = errorMessage(error);
  const fields = showFieldErrors && error instanceof ApiError ? Object.entries(error.fieldErrors) : [];
  return (
    <div className="alert alert-danger d-flex flex-wrap align-items-start gap-2" role="alert">
      <div className="flex-grow-1">
        {title && <strong className="d-block">{title}</strong>}
        <span>{message}</span>
        {error instanceof ApiError && error.status === 403 && (
          <span className="d-block small">Your role does not allow this. Ask an administrator.</span>
        )}
        {fields.length > 0 && (
          <ul className="mb-0 mt-1 small">
            {fields.map(([field, messages]) => (
              <li key={field}>
                <code>{field}</code>: {messages.join(' ')}
              </li>
            ))}
          </ul>
        )}
      </div>
      {onRetry && (
        <button type="button" className="btn btn-sm btn-outline-danger" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
