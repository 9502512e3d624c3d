/**
 * The asset list's view as URL parameters, in the API's own form (service=ec2,rds&service.exclude=s3&tag=env=prod&q=web&sort=-name),
 * so a link reproduces the view and the same parameters ask the API, the facets and the exports.
 */

export const filterFields = [
  'service', 'resourceType', 'category', 'criticality', 'status', 'accountId', 'region', 'owner', 'department', 'classification',
] as const;
export type FilterField = (typeof filterFields)[number];

export const filterLabels: Record<FilterField, string> = {
  service: 'Service', resourceType: 'Resource type', category: 'Category', criticality: 'Criticality', status: 'Status',
  accountId: 'Account', region: 'Region', owner: 'Owner', department: 'Department', classification: 'Classification',
};

export const sortKeys = [
  'name', 'humanId', 'service', 'resourceType', 'accountId', 'region', 'status', 'criticality', 'owner', 'department', 'category',
  'classification', 'firstSeenAt', 'lastChangedAt',
] as const;

export const defaultSort = 'name';
export const defaultPageSize = 50;
export const pageSizes = [25, 50, 100, 250];

export type FilterMode = 'include' | 'exclude';

export interface ListState {
  include: Partial<Record<FilterField, string[]>>;
  exclude: Partial<Record<FilterField, string[]>>;
  /** Tag filters, `key` or `key=value`. */
  tags: string[];
  tagsExclude: string[];
  q: string;
  sort: string;
  pageSize: number;
  cursor: string | null;
}

export const emptyState: ListState = {
  include: {}, exclude: {}, tags: [], tagsExclude: [], q: '', sort: defaultSort, pageSize: defaultPageSize, cursor: null,
};

// Tag values may hold commas, so tags repeat; other filters are comma-separated as the API reads both.
function listOf(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return [...new Set(values)];
}

function repeated(params: URLSearchParams, name: string): string[] {
  return [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))];
}

export function parseListState(params: URLSearchParams): ListState {
  const include: ListState['include'] = {};
  const exclude: ListState['exclude'] = {};
  for (const field of filterFields) {
    const inc = listOf(params, field);
    const exc = listOf(params, `${field}.exclude`);
    if (inc.length) include[field] = inc;
    if (exc.length) exclude[field] = exc;
  }
  const sortText = params.get('sort') ?? '';
  const sortKey = sortText.replace(/^[-+]/, '');
  const sort = (sortKeys as readonly string[]).includes(sortKey) ? (sortText.startsWith('-') ? `-${sortKey}` : sortKey) : defaultSort;
  const size = Number(params.get('pageSize'));
  return {
    include,
    exclude,
    tags: repeated(params, 'tag'),
    tagsExclude: repeated(params, 'tag.exclude'),
    q: (params.get('q') ?? '').trim(),
    sort,
    pageSize: Number.isInteger(size) && size >= 1 && size <= 1000 ? size : defaultPageSize,
    cursor: params.get('cursor') || null,
  };
}

/** The filters and free text: what selects the assets, whatever their order or page. */
export function filterParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of filterFields) {
    if (state.include[field]?.length) params.set(field, state.include[field]!.join(','));
    if (state.exclude[field]?.length) params.set(`${field}.exclude`, state.exclude[field]!.join(','));
  }
  state.tags.forEach((t) => params.append('tag', t));
  state.tagsExclude.forEach((t) => params.append('tag.exclude', t));
  if (state.q) params.set('q', state.q);
  return params;
}

/** The URL form of the view; defaults are left out so links stay short. */
export function toUrlParams(state: ListState): URLSearchParams {
  const params = filterParams(state);
  if (state.sort !== defaultSort) params.set('sort', state.sort);
  if (state.pageSize !== defaultPageSize) params.set('pageSize', String(state.pageSize));
  if (state.cursor) params.set('cursor', state.cursor);
  return params;
}

/** What GET /api/assets gets for this view: the URL's parameters and a total. */
export function listApiParams(state: ListState): URLSearchParams {
  const params = filterParams(state);
  params.set('sort', state.sort);
  params.set('pageSize', String(state.pageSize));
  if (state.cursor) params.set('cursor', state.cursor);
  params.set('includeTotal', 'true');
  return params;
}

/** The export of exactly this view: its filters, search and sort, every page. */
export function exportUrl(state: ListState, format: 'csv' | 'xlsx'): string {
  const params = filterParams(state);
  params.set('sort', state.sort);
  return `/api/assets/export.${format}?${params.toString()}`;
}

/** Sets one value of a filter to included, excluded or neither; any change starts again at the first page. */
export function withFilter(state: ListState, field: FilterField, value: string, mode: FilterMode | null): ListState {
  const without = (list: string[] | undefined) => (list ?? []).filter((v) => v !== value);
  const include = { ...state.include, [field]: without(state.include[field]) };
  const exclude = { ...state.exclude, [field]: without(state.exclude[field]) };
  if (mode === 'include') include[field] = [...include[field]!, value];
  if (mode === 'exclude') exclude[field] = [...exclude[field]!, value];
  return { ...state, include: compact(include), exclude: compact(exclude), cursor: null };
}

export function withTag(state: ListState, tag: string, mode: FilterMode | null): ListState {
  const tags = state.tags.filter((t) => t !== tag);
  const tagsExclude = state.tagsExclude.filter((t) => t !== tag);
  if (mode === 'include') tags.push(tag);
  if (mode === 'exclude') tagsExclude.push(tag);
  return { ...state, tags, tagsExclude, cursor: null };
}

export function modeOf(state: ListState, field: FilterField, value: string): FilterMode | null {
  if (state.include[field]?.includes(value)) return 'include';
  if (state.exclude[field]?.includes(value)) return 'exclude';
  return null;
}

/** Sorting by a column: ascending first, then descending. */
export function withSort(state: ListState, key: string): ListState {
  const sort = state.sort === key ? `-${key}` : key;
  return { ...state, sort, cursor: null };
}

export function hasFilters(state: ListState): boolean {
  return filterParams(state).toString() !== '';
}

function compact(filters: Partial<Record<FilterField, string[]>>): Partial<Record<FilterField, string[]>> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values && values.length > 0));
}
