import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { AuthProvider } from '../auth/AuthContext';

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
export type Routes = Record<string, Answer | ((url: URL, init: RequestInit) => Answer)>;

/** Replaces fetch with answers by "METHOD /path" (or "/path" for GET), recording every call. */
export function fakeFetch(routes: Routes) {
  const calls: { method: string; url: URL; init: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    calls.push({ method, url, init });
    const route = routes[`${method} ${url.pathname}`] ?? (method === 'GET' ? routes[url.pathname] : undefined);
    const answer = typeof route === 'function' ? route(url, init) : route ?? { status: 404 };
    const status = answer.status ?? 200;
    const json = answer.body !== undefined;
    return new Response(json ? JSON.stringify(answer.body) : null, {
      status,
      headers: { ...(json ? { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } : {}), ...answer.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

/** Renders a page inside the app's providers at a route, the way the app mounts it. */
export function renderPage(element: ReactNode, { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[route]}>
        <AuthProvider>
          <Routes>
            <Route path={path} element={element} />
            <Route path="/sign-in" element={<p>Sign-in page</p>} />
          </Routes>
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

export const admin = { username: 'alice', email: 'alice@example.com', displayName: 'Alice', role: 'Admin', authSource: 'Local' };
export const reader = { username: 'rita', email: 'rita@example.com', displayName: 'Rita', role: 'ReadOnly', authSource: 'Local' };
