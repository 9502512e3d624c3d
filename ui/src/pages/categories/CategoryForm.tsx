import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../../api/admin';
import type { Category } from '../../api/types';
import { FormField, FormProblem, TextField } from '../../components/FormField';
import { Modal } from '../../components/Modal';

/** Defines a category (with its slug) or changes one's name, description, icon and colour. */
export function CategoryForm({ category, onClose, onSaved }: { category?: Category; onClose(): void; onSaved(category: Category): void }) {
  const editing = category !== undefined;
  const [slug, setSlug] = useState('');
  const [name, setName] = useState(category?.name ?? '');
  const [description, setDescription] = useState(category?.description ?? '');
  const [icon, setIcon] = useState(category?.icon ?? '');
  const [colour, setColour] = useState(category?.colour ?? '');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => {
      const input = { name, description: description || null, icon: icon || null, colour: colour || null };
      return editing ? adminApi.changeCategory(category.slug, input) : adminApi.defineCategory({ slug, ...input });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['categories'] });
      onSaved(saved);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const error = save.error;
  return (
    <Modal title={editing ? `Edit ${category.name}` : 'New category'} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label={editing ? 'Edit category' : 'New category'}>
        {error && <FormProblem error={error} fields={['slug', 'name', 'description', 'icon', 'colour']} />}
        {!editing && (
          <TextField label="Slug" name="slug" value={slug} onChange={setSlug} error={error} required pattern="[a-z][a-z0-9-]*"
            help="Lower-case letters, digits and hyphens; it names the category in filters and cannot change later." />
        )}
        <TextField label="Name" name="name" value={name} onChange={setName} error={error} maxLength={80} required />
        <FormField label="Description" name="description" error={error}>
          {(f) => (
            <textarea id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} rows={2} maxLength={500} value={description}
              aria-describedby={f.describedBy} aria-invalid={f.invalid || undefined} onChange={(e) => setDescription(e.target.value)} />
          )}
        </FormField>
        <div className="row g-2">
          <div className="col-6">
            <TextField label="Icon" name="icon" value={icon} onChange={setIcon} error={error} placeholder="database" help="An icon name." />
          </div>
          <div className="col-6">
            <FormField label="Colour" name="colour" error={error}>
              {(f) => (
                <div className="d-flex gap-2">
                  <input type="color" className="form-control form-control-color" aria-label="Pick a colour" value={colour || '#6c757d'}
                    onChange={(e) => setColour(e.target.value)} />
                  <input id={f.id} className={`form-control mono${f.invalid ? ' is-invalid' : ''}`} value={colour} placeholder="#1f6feb"
                    aria-describedby={f.describedBy} aria-invalid={f.invalid || undefined} onChange={(e) => setColour(e.target.value)} />
                </div>
              )}
            </FormField>
          </div>
        </div>
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>{editing ? 'Save' : 'Create category'}</button>
        </div>
      </form>
    </Modal>
  );
}
