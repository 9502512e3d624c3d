import { filterFields, filterLabels, emptyState, withFilter, withTag, hasFilters, type ListState } from './listState';

/** The filters in force as removable chips, so the view is readable at a glance. */
export function ActiveFilters({ state, onChange }: { state: ListState; onChange(state: ListState): void }) {
  if (!hasFilters(state)) return null;
  const chips: { key: string; text: string; remove(): ListState }[] = [];
  for (const field of filterFields) {
    for (const v of state.include[field] ?? [])
      chips.push({ key: `${field}=${v}`, text: `${filterLabels[field]} is ${v}`, remove: () => withFilter(state, field, v, null) });
    for (const v of state.exclude[field] ?? [])
      chips.push({ key: `${field}!=${v}`, text: `${filterLabels[field]} is not ${v}`, remove: () => withFilter(state, field, v, null) });
  }
  for (const t of state.tags) chips.push({ key: `tag=${t}`, text: `Tag ${t}`, remove: () => withTag(state, t, null) });
  for (const t of state.tagsExclude) chips.push({ key: `tag!=${t}`, text: `No tag ${t}`, remove: () => withTag(state, t, null) });
  if (state.q) chips.push({ key: 'q', text: `Matches “${state.q}”`, remove: () => ({ ...state, q: '', cursor: null }) });
  return (
    <div className="d-flex flex-wrap gap-1 align-items-center mb-2" aria-label="Filters in force" role="group">
      {chips.map((chip) => (
        <span key={chip.key} className="badge rounded-pill bg-body-secondary text-body border d-inline-flex align-items-center gap-1" data-testid="filter-chip">
          {chip.text}
          <button type="button" className="btn-close" style={{ fontSize: '.55rem' }} aria-label={`Remove filter: ${chip.text}`}
            onClick={() => onChange(chip.remove())} />
        </span>
      ))}
      <button type="button" className="btn btn-link btn-sm" onClick={() => onChange({ ...emptyState, sort: state.sort, pageSize: state.pageSize })}>
        Clear all
      </button>
    </div>
  );
}
