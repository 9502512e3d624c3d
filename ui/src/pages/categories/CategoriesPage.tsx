import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { adminApi } from '../../api/admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { SettingsNav } from '../settings/SettingsNav';

export default function CategoriesPage() {
  const categories = useQuery({ queryKey: ['categories'], queryFn: ({ signal }) => adminApi.categories(signal) });
  return (
    <>
      <PageHeader title="Categories" />
      <SettingsNav />
      {categories.error && <ErrorAlert error={categories.error} onRetry={() => categories.refetch()} />}
      {categories.isPending && <Loading label="Loading categories" />}
      {categories.data && (
        <table className="table table-hover">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col">Description</th><th scope="col">Default for services</th></tr>
          </thead>
          <tbody>
            {categories.data.map((c) => (
              <tr key={c.slug}>
                <td>
                  {c.colour && <span className="d-inline-block rounded-circle me-2" style={{ width: 10, height: 10, background: c.colour }} aria-hidden="true" />}
                  <Link to={`/assets?category=${encodeURIComponent(c.slug)}`}>{c.name}</Link>
                </td>
                <td className="mono">{c.slug}</td><td>{c.description}</td><td className="small">{c.services.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
