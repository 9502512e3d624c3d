import type { Problem } from './types';

/** A request that failed: the API's problem details when it sent them, else what the browser could tell. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds the server asked to wait (Retry-After), when it did. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem, retryAfter: number | null = null) {
    super(describe(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** Messages per field, keyed by the API's camelCase field names (`owner`, `fields.owner`, `sourceIds[0]`). */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }

  /** The messages for one field; field names compare without case, as ASP.NET may send them either way. */
  errorsFor(field: string): string[] {
    const errors = this.fieldErrors;
    if (errors[field]) return errors[field];
    const key = Object.keys(errors).find((k) => k.toLowerCase() === field.toLowerCase());
    return key ? errors[key] : [];
  }
}

function describe(status: number, problem: Problem): string {
  if (problem.detail) return problem.detail;
  if (problem.title) return problem.title;
  if (status === 0) return 'Could not reach the server. Check your connection and try again.';
  return `The server answered ${status}.`;
}

export type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query | URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever a request answers 401, so the session can send the user to sign in. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function toSearchParams(query: Query | URLSearchParams | undefined): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.append(key, String(value));
  }
  return params;
}

export function apiUrl(path: string, query?: Query | URLSearchParams): string {
  const search = toSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

/** Reads a failed response into a problem, whatever form it came in. */
export async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      if (body && typeof body === 'object') return body as Problem;
    } catch {
      // a body that does not parse says no more than the status
    }
  }
  return { status: response.status, title: statusText(response) };
}

function statusText(response: Response): string {
  switch (response.status) {
    case 401:
      return 'You are not signed in.';
    case 403:
      return 'You do not have permission to do this.';
    case 404:
      return 'Not found.';
    case 429:
      return 'Too many requests. Wait a moment and try again.';
    default:
      return response.status >= 500
        ? `The server failed (${response.status}${response.statusText ? ' ' + response.statusText : ''}). Try again later.`
        : `The request failed (${response.status}${response.statusText ? ' ' + response.statusText : ''}).`;
  }
}

const safeMethods = new Set(['GET', 'HEAD']);

/** Calls the API with the session cookie; state-changing calls carry the CSRF token; failures throw ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!safeMethods.has(method)) {
    const token = readCookie('XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {});
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401) unauthorizedListeners.forEach((listener) => listener());
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(response.status, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  if (response.status === 204 || response.status === 202 && response.headers.get('content-length') === '0') {
    return undefined as T;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, query?: Query | URLSearchParams, signal?: AbortSignal) =>
  api<T>(path, { query, signal });
export const post = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body: body ?? {} });
export const put = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const del = <T = void>(path: string, query?: Query) => api<T>(path, { method: 'DELETE', query });
