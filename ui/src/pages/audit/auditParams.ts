import { fromLocalInput, toLocalInput } from '../../components/format';

export type AuditView = 'changes' | 'as-of';

/** The audit's state as the URL carries it, so a view can be bookmarked and shared. */
export interface AuditState {
  view: AuditView;
  /** datetime-local values, in the browser's zone. */
  from: string;
  to: string;
  at: string;
  kinds: string[];
  q: string;
}

export function readAuditState(params: URLSearchParams, now = new Date()): AuditState {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  return {
    view: params.get('view') === 'as-of' ? 'as-of' : 'changes',
    from: localOf(params.get('from')) ?? toLocalInput(weekAgo.toISOString()),
    to: localOf(params.get('to')) ?? '',
    at: localOf(params.get('at')) ?? toLocalInput(now.toISOString()),
    kinds: params.getAll('kind'),
    q: params.get('q') ?? '',
  };
}

export function writeAuditState(state: AuditState): URLSearchParams {
  const params = new URLSearchParams({ view: state.view });
  if (state.view === 'changes') {
    const from = fromLocalInput(state.from);
    const to = fromLocalInput(state.to);
    if (from) params.set('from', from);
    if (to) params.set('to', to);
    state.kinds.forEach((k) => params.append('kind', k));
  } else {
    const at = fromLocalInput(state.at);
    if (at) params.set('at', at);
  }
  if (state.q) params.set('q', state.q);
  return params;
}

/** The API query for a page of the audit or the as-of list. */
export function apiParams(state: AuditState, cursor: string | null, pageSize: number): URLSearchParams | null {
  const params = new URLSearchParams({ pageSize: String(pageSize), includeTotal: 'true' });
  if (state.view === 'changes') {
    const from = fromLocalInput(state.from);
    if (!from) return null;
    params.set('from', from);
    const to = fromLocalInput(state.to);
    if (to) params.set('to', to);
    if (state.kinds.length) params.set('kind', state.kinds.map((k) => k.toLowerCase()).join(','));
  } else {
    const at = fromLocalInput(state.at);
    if (!at) return null;
    params.set('at', at);
  }
  if (state.q.trim()) params.set('q', state.q.trim());
  if (cursor) params.set('cursor', cursor);
  return params;
}

function localOf(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : toLocalInput(iso);
}
