import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, onUnauthorized } from '../api/client';
import type { Me } from '../api/types';
import { authApi } from './authApi';

/**
 * signed-in: a session; anonymous: the API answered 401 and sign-in is needed;
 * open: the server has no sign-in at all (no /api/auth/me), so, like its API, the UI is open to everyone.
 */
export type Session =
  | { state: 'loading' }
  | { state: 'signed-in'; user: Me }
  | { state: 'anonymous' }
  | { state: 'open' }
  | { state: 'error'; error: Error };

interface AuthValue {
  session: Session;
  /** The signed-in user; an open server acts as an admin without a name. */
  user: Me | null;
  signedIn(user: Me): void;
  signOut(): Promise<void>;
  reload(): void;
}

const openUser: Me = { username: 'anonymous', email: null, displayName: 'Open access', role: 'Admin', authSource: 'Local' };

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const queryClient = useQueryClient();

  useEffect(() => {
    const controller = new AbortController();
    authApi.me(controller.signal).then(
      (user) => setSession({ state: 'signed-in', user }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) setSession({ state: 'anonymous' });
        else if (error instanceof ApiError && error.status === 404) setSession({ state: 'open' });
        else setSession({ state: 'error', error: error as Error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // Any 401 means the session ended (expired, signed out elsewhere): ask for sign-in again.
  useEffect(
    () =>
      onUnauthorized(() =>
        setSession((current) => (current.state === 'signed-in' || current.state === 'open' ? { state: 'anonymous' } : current)),
      ),
    [],
  );

  const signedIn = useCallback((user: Me) => setSession({ state: 'signed-in', user }), []);
  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      queryClient.clear();
      setSession({ state: 'anonymous' });
    }
  }, [queryClient]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const value = useMemo<AuthValue>(
    () => ({
      session,
      user: session.state === 'signed-in' ? session.user : session.state === 'open' ? openUser : null,
      signedIn,
      signOut,
      reload,
    }),
    [session, signedIn, signOut, reload],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an AuthProvider above it.');
  return value;
}
