import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { adminApi } from '../../api/admin';
import type { Category } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { CanEdit, useCanEdit } from '../../auth/CanEdit';
import { isAdmin } from '../../auth/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { SettingsNav } from '../settings/SettingsNav';
import { CategoryForm } from './CategoryForm';
import { ServiceMapping } from './ServiceMapping';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'delete'; category: Category } | null;

export default function CategoriesPage() {
  const { user } = useAuth();
  const canEdit = useCanEdit();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const categories = useQuery({ queryKey: ['categories'], queryFn: ({ signal }) => adminApi.categories(signal) });
  const remove = useMutation({
    mutationFn: (c: Category) => adminApi.removeCategory(c.slug),
    onSuccess: async (_, c) => {
      await queryClient.invalidateQueries({ queryKey: ['categories'] });
      setDialog(null);
      setNotice(`${c.name} is removed.`);
    },
  });
  const open = (next: Dialog) => {
    setNotice(null);
    remove.reset();
    setDialog(next);
  };
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader title="Categories">
        <CanEdit><button type="button" className="btn btn-primary" onClick={() => open({ kind: 'create' })}>New category</button></CanEdit>
      </PageHeader>
      {isAdmin(user) && <SettingsNav />}
      {notice && <div className="alert alert-success" role="status">{notice}</div>}
      {categories.error && <ErrorAlert error={categories.error} onRetry={() => categories.refetch()} />}
      {categories.isPending && <Loading label="Loading categories" />}
      {categories.data && (
        <>
          <table className="table table-hover align-middle" data-testid="categories-table">
            <thead>
              <tr>
                <th scope="col">Name</th><th scope="col">Slug</th><th scope="col">Description</th><th scope="col">Icon</th>
                <th scope="col">Default for services</th>{canEdit && <th scope="col"><span className="visually-hidden">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {categories.data.map((c) => (
                <tr key={c.slug}>
                  <td>
                    {c.colour && <span className="d-inline-block rounded-circle me-2" style={{ width: 10, height: 10, background: c.colour }} aria-hidden="true" />}
                    <Link to={`/assets?category=${encodeURIComponent(c.slug)}`}>{c.name}</Link>
                  </td>
                  <td className="mono">{c.slug}</td><td>{c.description}</td><td className="small">{c.icon}</td>
                  <td className="small mono">{c.services.join(', ')}</td>
                  {canEdit && (
                    <td className="text-end text-nowrap">
                      <div className="btn-group btn-group-sm" role="group" aria-label={`Actions for ${c.name}`}>
                        <button type="button" className="btn btn-outline-secondary" onClick={() => open({ kind: 'edit', category: c })}>Edit</button>
                        <button type="button" className="btn btn-outline-danger" onClick={() => open({ kind: 'delete', category: c })}>Remove</button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <ServiceMapping categories={categories.data} />
        </>
      )}
      {dialog?.kind === 'create' && <CategoryForm onClose={close} onSaved={(c) => { close(); setNotice(`${c.name} is defined.`); }} />}
      {dialog?.kind === 'edit' && <CategoryForm category={dialog.category} onClose={close} onSaved={(c) => { close(); setNotice(`${c.name} is saved.`); }} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog title={`Remove ${dialog.category.name}`} confirmLabel="Remove category" onConfirm={() => remove.mutate(dialog.category)}
          onClose={close} pending={remove.isPending} error={remove.error}>
          <p>Assets set to <strong>{dialog.category.name}</strong> keep the value in their history. A category that is still a service’s default cannot be removed.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
