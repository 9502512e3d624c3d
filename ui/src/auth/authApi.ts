import { api, del, get, post } from '../api/client';
import type { AuthOptions, BrowserSession, Me } from '../api/types';

export const authApi = {
  me: (signal?: AbortSignal) => get<Me>('/api/auth/me', undefined, signal),
  options: () => get<AuthOptions>('/api/auth/options'),
  signIn: (username: string, password: string) => post<Me>('/api/auth/sign-in', { username, password }),
  signOut: () => post<void>('/api/auth/sign-out'),
  forgotPassword: (usernameOrEmail: string) => post<void>('/api/auth/forgot-password', { usernameOrEmail }),
  resetPassword: (token: string, newPassword: string) => post<void>('/api/auth/reset-password', { token, newPassword }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api<void>('/api/auth/change-password', { method: 'POST', body: { currentPassword, newPassword } }),
  sessions: () => get<BrowserSession[]>('/api/auth/sessions'),
  endSession: (id: string) => del(`/api/auth/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => post<void>('/api/auth/sessions/end-others'),
  ssoSignInUrl: (returnUrl: string) => `/api/auth/sso/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`,
};
