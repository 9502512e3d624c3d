import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin';
import { assetsApi, classifications, criticalities, fieldLabels, flagFields, humanFields } from '../../api/assets';
import { useCanEdit } from '../../auth/CanEdit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, FormProblem, SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';

type Values = Record<string, string>;
const kinds = ['self-hosted', 'saas', 'on-premise'];

/** Registers a manual asset (/assets/new) or edits the fields people maintain on one (/assets/:id/edit). */
export default function AssetEditPage() {
  const { id } = useParams();
  const creating = !id;
  const allowed = useCanEdit();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const asset = useQuery({ queryKey: ['asset', id], queryFn: ({ signal }) => assetsApi.get(id!, signal), enabled: !creating });
  const categories = useQuery({ queryKey: ['categories'], queryFn: ({ signal }) => adminApi.categories(signal) });
  const [values, setValues] = useState<Values>({});
  const [name, setName] = useState('');
  const [kind, setKind] = useState('self-hosted');
  const [ips, setIps] = useState('');
  const [dns, setDns] = useState('');
  useEffect(() => {
    if (asset.data) {
      setValues({ ...asset.data.fields });
      setName(asset.data.name ?? '');
    }
  }, [asset.data]);

  const save = useMutation({
    mutationFn: async () => {
      const fields: Record<string, string | boolean | null> = {};
      for (const field of humanFields) {
        const value = values[field] ?? '';
        const before = asset.data?.fields[field] ?? '';
        if (!creating && value === before) continue;
        if (creating && value === '') continue;
        fields[field] = flagFields.has(field) ? (value === '' ? null : value === 'true') : value === '' ? null : value;
      }
      if (creating) {
        const split = (text: string) => text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
        const created = await assetsApi.register({ name, kind, ipAddresses: split(ips), dnsNames: split(dns), fields });
        return created.id;
      }
      if (asset.data?.manual && name !== (asset.data.name ?? '')) fields.name = name;
      await assetsApi.edit(id!, fields);
      return id!;
    },
    onSuccess: async (assetId) => {
      await queryClient.invalidateQueries({ queryKey: ['asset'] });
      await queryClient.invalidateQueries({ queryKey: ['assets'] });
      navigate(`/assets/${assetId}`);
    },
  });

  if (!allowed) return <ErrorAlert error={new Error('Your role may read assets but not change them.')} />;
  if (!creating && asset.isPending) return <Loading label="Loading the asset" />;
  if (asset.error) return <ErrorAlert error={asset.error} onRetry={() => asset.refetch()} />;

  const set = (field: string) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const error = save.error;
  const fieldName = (field: string) => (creating ? `fields.${field}` : field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const title = creating ? 'New manual asset' : `Edit ${asset.data?.humanId ?? ''} ${asset.data?.name ?? ''}`.trim();
  return (
    <>
      <PageHeader title={title} />
      <form onSubmit={submit} noValidate className="row g-3" style={{ maxWidth: '60rem' }}>
        {error && <div className="col-12"><FormProblem error={error} fields={['name', 'kind', 'ipAddresses', 'dnsNames', ...humanFields.map(fieldName)]} /></div>}
        {(creating || asset.data?.manual) && (
          <div className="col-md-6"><TextField label="Name" name="name" value={name} onChange={setName} error={error} required /></div>
        )}
        {creating && (
          <>
            <div className="col-md-6">
              <SelectField label="Kind" name="kind" value={kind} onChange={setKind} error={error} options={kinds.map((k) => ({ value: k, label: k }))} />
            </div>
            <div className="col-md-6"><TextField label="IP addresses (comma or space separated)" name="ipAddresses" value={ips} onChange={setIps} error={error} /></div>
            <div className="col-md-6"><TextField label="DNS names (comma or space separated)" name="dnsNames" value={dns} onChange={setDns} error={error} /></div>
          </>
        )}
        {humanFields.map((field) => {
          const label = fieldLabels[field];
          const value = values[field] ?? '';
          if (field === 'criticality' || field === 'classification' || field === 'category') {
            const choices = field === 'criticality' ? criticalities : field === 'classification' ? classifications
              : (categories.data ?? []).map((c) => c.slug);
            return (
              <div className="col-md-6" key={field}>
                <SelectField label={label} name={fieldName(field)} value={value} onChange={set(field)} error={error}
                  options={[{ value: '', label: field === 'category' ? '(service default)' : '(not set)' }, ...choices.map((c) => ({ value: c, label: c }))]} />
              </div>
            );
          }
          if (flagFields.has(field)) {
            return (
              <div className="col-md-3" key={field}>
                <SelectField label={label} name={fieldName(field)} value={value} onChange={set(field)} error={error}
                  options={[{ value: '', label: '(not set)' }, { value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }]} />
              </div>
            );
          }
          if (field === 'description' || field === 'notes') {
            return (
              <div className="col-12" key={field}>
                <FormField label={label} name={fieldName(field)} error={error}>
                  {(f) => (
                    <textarea id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} rows={3} value={value}
                      aria-describedby={f.describedBy} onChange={(e) => set(field)(e.target.value)} />
                  )}
                </FormField>
              </div>
            );
          }
          return (
            <div className="col-md-6" key={field}>
              <TextField label={label} name={fieldName(field)} value={value} onChange={set(field)} error={error} type={field === 'url' ? 'url' : 'text'} />
            </div>
          );
        })}
        <div className="col-12 d-flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>{creating ? 'Register asset' : 'Save'}</button>
          <Link to={creating ? '/assets' : `/assets/${id}`} className="btn btn-outline-secondary">Cancel</Link>
        </div>
      </form>
    </>
  );
}
