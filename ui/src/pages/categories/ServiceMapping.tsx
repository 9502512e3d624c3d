import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import type { Category } from '../../api/types';
import { useCanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormProblem, SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';

export const mappingKey = ['categories', 'service-mapping'] as const;

/** Which category each service's assets fall in unless a person chose another; admins change it service by service. */
export function ServiceMapping({ categories }: { categories: Category[] }) {
  const canEdit = useCanEdit();
  const queryClient = useQueryClient();
  const mapping = useQuery({ queryKey: mappingKey, queryFn: ({ signal }) => adminApi.serviceMapping(signal) });
  const map = useMutation({
    mutationFn: ({ service, category }: { service: string; category: string | null }) => adminApi.mapService(service, category),
    onSuccess: (next) => {
      queryClient.setQueryData(mappingKey, next);
      // The categories list shows each one's services, and asset lists follow the mapping.
      void queryClient.invalidateQueries({ queryKey: ['categories'], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['assets'] });
    },
  });
  const names = new Map(categories.map((c) => [c.slug, c.name]));
  const options = [{ value: '', label: '(none)' }, ...categories.map((c) => ({ value: c.slug, label: c.name }))];
  const entries = Object.entries(mapping.data ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="mapping-heading" className="mt-4">
      <h2 id="mapping-heading" className="h5">Default category by service</h2>
      <p className="small text-body-secondary">An asset whose category nobody set falls in its service’s category.</p>
      {mapping.error && <ErrorAlert error={mapping.error} onRetry={() => mapping.refetch()} />}
      {map.error && <ErrorAlert error={map.error} showFieldErrors title="The mapping was not changed." />}
      {mapping.isPending && <Loading label="Loading the mapping" />}
      {mapping.data && (
        <table className="table table-sm align-middle" style={{ maxWidth: '40rem' }} data-testid="service-mapping">
          <thead><tr><th scope="col">Service</th><th scope="col">Category</th></tr></thead>
          <tbody>
            {entries.map(([service, slug]) => (
              <tr key={service}>
                <td className="mono">{service}</td>
                <td>
                  {canEdit ? (
                    <select className="form-select form-select-sm" aria-label={`Category of ${service}`} value={slug} disabled={map.isPending}
                      onChange={(e) => map.mutate({ service, category: e.target.value || null })}>
                      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                    </select>
                  ) : (names.get(slug) ?? slug)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && <MapNewService options={options} />}
    </section>
  );
}

function MapNewService({ options }: { options: { value: string; label: string }[] }) {
  const [service, setService] = useState('');
  const [category, setCategory] = useState(options[1]?.value ?? '');
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => adminApi.mapService(service.trim(), category || null),
    onSuccess: (next) => {
      queryClient.setQueryData(mappingKey, next);
      void queryClient.invalidateQueries({ queryKey: ['categories'], exact: true });
      setService('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="row g-2 align-items-end" style={{ maxWidth: '40rem' }} onSubmit={submit} noValidate aria-label="Map a service">
      {add.error && <div className="col-12"><FormProblem error={add.error} fields={['service', 'category']} /></div>}
      <div className="col-5"><TextField label="Service" name="service" value={service} onChange={setService} error={add.error} placeholder="dynamodb" /></div>
      <div className="col-5"><SelectField label="Category" name="category" value={category} onChange={setCategory} error={add.error} options={options.slice(1)} /></div>
      <div className="col-2 mb-3"><button type="submit" className="btn btn-outline-primary" disabled={!service.trim() || add.isPending}>Map</button></div>
    </form>
  );
}
