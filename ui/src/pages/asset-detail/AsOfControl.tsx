import { useEffect, useState, type FormEvent } from 'react';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../components/format';

/** Picks the instant to show the asset as it was then; empty means now. */
export function AsOfControl({ asOf, onChange }: { asOf: string | null; onChange(at: string | null): void }) {
  const [local, setLocal] = useState(asOf ? toLocalInput(asOf) : '');
  useEffect(() => setLocal(asOf ? toLocalInput(asOf) : ''), [asOf]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(fromLocalInput(local));
  };
  return (
    <form className="d-flex flex-wrap align-items-center gap-2" onSubmit={submit} aria-label="As of">
      <label htmlFor="as-of" className="small text-body-secondary">Show as of</label>
      <input id="as-of" type="datetime-local" step="1" className="form-control form-control-sm w-auto" value={local}
        onChange={(e) => setLocal(e.target.value)} />
      <button type="submit" className="btn btn-sm btn-outline-primary" disabled={!local}>Show</button>
      {asOf && (
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => onChange(null)} title={`Leave ${formatDateTime(asOf)}`}>
          Back to now
        </button>
      )}
    </form>
  );
}
