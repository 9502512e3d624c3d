import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { assetsApi } from '../../api/assets';
import type { FilterOptions } from '../../api/types';
import { filterFields, filterParams, type FilterField, type ListState } from './listState';

/** The view without one field's own filter: a facet counts its values under every other filter, so more can be chosen. */
export function withoutField(state: ListState, field: FilterField): ListState {
  const { [field]: _included, ...include } = state.include;
  const { [field]: _excluded, ...exclude } = state.exclude;
  return { ...state, include, exclude };
}

/** Facet values and counts: one request under the whole view, and one per filtered field for that field's own values. */
export function useFacetOptions(state: ListState): { data: FilterOptions | undefined; error: unknown } {
  const fetch = (view: ListState) => ({
    queryKey: ['assets', 'filter-options', filterParams(view).toString()],
    queryFn: ({ signal }: { signal: AbortSignal }) => assetsApi.filterOptions(filterParams(view), signal),
    placeholderData: keepPreviousData,
  });
  const all = useQuery(fetch(state));
  const filtered = filterFields.filter((f) => state.include[f]?.length || state.exclude[f]?.length);
  const own = useQueries({ queries: filtered.map((field) => fetch(withoutField(state, field))) });
  const error = all.error ?? own.find((q) => q.error)?.error;
  if (!all.data) return { data: undefined, error };
  const fields = { ...all.data.fields };
  filtered.forEach((field, i) => {
    const values = own[i]?.data?.fields[field];
    if (values) fields[field] = values;
  });
  return { data: { fields, tagKeys: all.data.tagKeys }, error };
}
