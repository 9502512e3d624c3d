import { Link } from 'react-router-dom';
import { PageHeader } from './PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>
        There is no page at this address. Go to the <Link to="/">dashboard</Link>.
      </p>
    </>
  );
}
