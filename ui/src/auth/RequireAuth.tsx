import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { useAuth } from './AuthContext';

/** Pages behind sign-in: an anonymous visitor goes to the sign-in page, which brings them back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, reload } = useAuth();
  const location = useLocation();
  switch (session.state) {
    case 'loading':
      return <Loading label="Checking your session" />;
    case 'anonymous': {
      const returnTo = location.pathname + location.search + location.hash;
      return <Navigate to={`/sign-in?returnUrl=${encodeURIComponent(returnTo)}`} replace />;
    }
    case 'error':
      return (
        <div className="container py-4">
          <ErrorAlert error={session.error} onRetry={reload} />
        </div>
      );
    default:
      return <>{children}</>;
  }
}
