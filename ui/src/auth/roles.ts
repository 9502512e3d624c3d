import type { Me, Role } from '../api/types';

/** Admins and the superadmin change state; read-only users only read. */
export function canEdit(user: Pick<Me, 'role'> | null | undefined): boolean {
  return user?.role === 'Admin' || user?.role === 'Superadmin';
}

/** Administration (users, settings, API clients) is for the same roles as editing. */
export function isAdmin(user: Pick<Me, 'role'> | null | undefined): boolean {
  return canEdit(user);
}

export const roleNames: Record<Role, string> = {
  Superadmin: 'Superadmin',
  Admin: 'Admin',
  ReadOnly: 'Read-only',
};
