import type { ReactNode } from 'react';
import { useAuth } from './AuthContext';
import { canEdit, isAdmin } from './roles';

/** Renders its children only for users who may change things; read-only users never see the control. */
export function CanEdit({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  return canEdit(user) ? <>{children}</> : null;
}

export function AdminOnly({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  return isAdmin(user) ? <>{children}</> : null;
}

export function useCanEdit(): boolean {
  return canEdit(useAuth().user);
}

/** A page only administrators use: others get a plain explanation instead of controls and requests that would be refused. */
export function AdminPage({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  if (isAdmin(user)) return <>{children}</>;
  return (
    <div className="alert alert-warning" role="alert" data-testid="admins-only">
      This page is for administrators. Your role may read the inventory but not change its settings.
    </div>
  );
}
