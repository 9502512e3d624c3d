import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, fakeFetch, reader, renderPage, type Routes } from '../../test/fakeApi';
import CategoriesPage from './CategoriesPage';

afterEach(() => vi.unstubAllGlobals());

const compute = { slug: 'compute', name: 'Compute', description: null, icon: 'cpu', colour: '#0d6efd', services: ['ec2'] };
const storage = { slug: 'storage', name: 'Storage', description: null, icon: 'hdd', colour: '#6c757d', services: ['s3'] };
const routes = (me: unknown, extra: Routes = {}): Routes => ({
  '/api/auth/me': { body: me },
  '/api/categories': { body: [compute, storage] },
  '/api/categories/service-mapping': { body: { ec2: 'compute', s3: 'storage' } },
  ...extra,
});

describe('categories page', () => {
  it('maps a service to another category', async () => {
    const calls = fakeFetch(routes(admin, { 'PUT /api/categories/service-mapping/s3': { body: { ec2: 'compute', s3: 'compute' } } }));
    const user = userEvent.setup();
    renderPage(<CategoriesPage />, { path: '/settings/categories', route: '/settings/categories' });
    await user.selectOptions(await screen.findByLabelText('Category of s3'), 'compute');
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.method === 'PUT')!.init.body))).toEqual({ category: 'compute' });
    await waitFor(() => expect(screen.getByLabelText('Category of s3')).toHaveValue('compute'));
  });

  it('shows the slug error next to the slug', async () => {
    fakeFetch(routes(admin, { 'POST /api/categories': { status: 400, body: { title: 'Invalid category', status: 400,
      errors: { slug: ['slug must be 1 to 40 lower-case letters, digits or hyphens, starting with a letter.'] } } } }));
    const user = userEvent.setup();
    renderPage(<CategoriesPage />, { path: '/settings/categories', route: '/settings/categories' });
    await user.click(await screen.findByRole('button', { name: 'New category' }));
    const form = screen.getByRole('form', { name: 'New category' });
    await user.type(within(form).getByLabelText('Slug'), 'Bad Slug');
    await user.type(within(form).getByLabelText('Name'), 'Bad');
    await user.click(within(form).getByRole('button', { name: 'Create category' }));
    await waitFor(() => expect(within(form).getByLabelText('Slug')).toHaveAccessibleDescription(/starting with a letter\./));
  });

  it('shows a read-only user the categories and mapping without controls', async () => {
    fakeFetch(routes(reader));
    renderPage(<CategoriesPage />, { path: '/settings/categories', route: '/settings/categories' });
    expect(await within(await screen.findByTestId('service-mapping')).findByText('Storage')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
