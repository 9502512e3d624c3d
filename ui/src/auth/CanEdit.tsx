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
