import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, get, onUnauthorized, patch, post } from './client';
import { fakeFetch } from '../test/fakeApi';

/** The error a request failed with; a request that succeeds fails the test. */
const failure = (request: Promise<unknown>): Promise<ApiError> =>
  request.then(() => { throw new Error('The request was expected to fail.'); }, (e: unknown) => e as ApiError);

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('api client', () => {
  it('turns a validation problem into an error carrying each field message', async () => {
    fakeFetch({
      'PATCH /api/assets/a1': {
        status: 400,
        body: { title: 'Invalid asset edit', status: 400, detail: 'criticality must be one of: critical, high, medium, low.',
          errors: { criticality: ['criticality must be one of: critical, high, medium, low.'], 'fields.owner': ['too long'] } },
      },
    });

    const error = await failure(patch('/api/assets/a1', { criticality: 'huge' }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('criticality must be one of: critical, high, medium, low.');
    expect(error.errorsFor('criticality')).toEqual(['criticality must be one of: critical, high, medium, low.']);
    expect(error.errorsFor('Fields.Owner')).toEqual(['too long']);
    expect(error.errorsFor('name')).toEqual([]);
  });

  it('uses the title when a problem has no detail', async () => {
    fakeFetch({ '/api/assets/x': { status: 404, body: { title: 'Asset not found', status: 404 } } });
    await expect(get('/api/assets/x')).rejects.toThrow('Asset not found');
  });

  it('explains a failure that came without a problem body', async () => {
    fakeFetch({ '/api/nothing': { status: 404 }, '/api/broken': { status: 503 } });
    await expect(get('/api/nothing')).rejects.toThrow('Not found.');
    await expect(get('/api/broken')).rejects.toThrow(/server failed \(503/);
  });

  it('says the server could not be reached when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = await failure(get('/api/dashboard'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/Could not reach the server/);
  });

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on state-changing requests only', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D123; path=/';
    const calls = fakeFetch({ 'POST /api/discovery-jobs': { status: 202, body: { jobId: 'j1' } }, '/api/dashboard': { body: {} } });

    await post('/api/discovery-jobs', { accountIds: [] });
    await get('/api/dashboard');

    const headers = (i: number) => calls[i].init.headers as Record<string, string>;
    expect(headers(0)['X-XSRF-TOKEN']).toBe('abc=123');
    expect(headers(0)['Content-Type']).toBe('application/json');
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(headers(1)['X-XSRF-TOKEN']).toBeUndefined();
  });

  it('builds query strings with repeated values and leaves out empty ones', async () => {
    const calls = fakeFetch({ '/api/assets': { body: { items: [] } } });
    await api('/api/assets', { query: { tag: ['env=prod', 'team=a,b'], q: '', pageSize: 10, cursor: null } });
    expect(calls[0].url.search).toBe('?tag=env%3Dprod&tag=team%3Da%2Cb&pageSize=10');
  });

  it('tells listeners when a request answers 401, and reads Retry-After', async () => {
    fakeFetch({ '/api/assets': { status: 401, body: { title: 'Unauthorized', status: 401 } },
      'POST /api/auth/sign-in': { status: 429, body: { title: 'Too many attempts.' }, headers: { 'Retry-After': '30' } } });
    const listener = vi.fn();
    const stop = onUnauthorized(listener);

    await expect(get('/api/assets')).rejects.toBeInstanceOf(ApiError);
    const throttled = await failure(post('/api/auth/sign-in', {}));
    stop();

    expect(listener).toHaveBeenCalledTimes(1);
    expect(throttled.retryAfter).toBe(30);
  });

  it('returns nothing for 204', async () => {
    fakeFetch({ 'POST /api/auth/sign-out': { status: 204 } });
    await expect(post('/api/auth/sign-out')).resolves.toBeUndefined();
  });
});
