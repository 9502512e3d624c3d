import type { FormEvent, ReactNode } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { FormProblem } from '../../components/FormField';

/** One card of the settings page: its own form, its own save, its own outcome. */
export function SettingsSection({ title, save, fields, children, extra }: {
  title: string;
  save: UseMutationResult<unknown, Error, void>;
  fields: string[];
  children: ReactNode;
  extra?: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="card mb-4" aria-label={title}>
      <div className="card-header fw-semibold">{title}</div>
      <div className="card-body">
        <form onSubmit={submit} noValidate aria-label={`${title} settings`}>
          {save.error && <FormProblem error={save.error} fields={fields} />}
          {save.isSuccess && <div className="alert alert-success py-2" role="status">Saved.</div>}
          {children}
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Save {title.toLowerCase()}
          </button>
        </form>
        {extra}
      </div>
    </section>
  );
}
