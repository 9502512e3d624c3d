import { useId, useState } from 'react';
import type { FilterOption, FilterOptions } from '../../api/types';
import { formatCount } from '../../components/format';
import { filterFields, filterLabels, modeOf, withFilter, withTag, type FilterField, type FilterMode, type ListState } from './listState';

const shown = 8;

/** Every filter with its values and counts under the current view; each value can be included or excluded. */
export function FilterPanel({ state, options, onChange }: {
  state: ListState;
  options: FilterOptions | undefined;
  onChange(state: ListState): void;
}) {
  return (
    <aside aria-label="Filters" className="d-flex flex-column gap-2">
      {filterFields.map((field) => (
        <Facet key={field} field={field} state={state} options={options?.fields[field] ?? []} onChange={onChange} />
      ))}
      <TagFilter state={state} tagKeys={options?.tagKeys ?? []} onChange={onChange} />
    </aside>
  );
}

function Facet({ field, state, options, onChange }: {
  field: FilterField;
  state: ListState;
  options: FilterOption[];
  onChange(state: ListState): void;
}) {
  const chosen = [...(state.include[field] ?? []), ...(state.exclude[field] ?? [])];
  const [open, setOpen] = useState(chosen.length > 0 || field === 'service');
  const [all, setAll] = useState(false);
  const [search, setSearch] = useState('');
  const id = useId();
  // Chosen values stay listed even when the other filters leave none of their assets.
  const known = new Set(options.map((o) => o.value));
  const merged = [...options, ...chosen.filter((v) => !known.has(v)).map((value) => ({ value, count: 0 }))];
  const filtered = search ? merged.filter((o) => o.value.toLowerCase().includes(search.toLowerCase())) : merged;
  const visible = all || search ? filtered : filtered.slice(0, shown);
  return (
    <section className="border rounded" data-facet={field}>
      <h2 className="h6 mb-0">
        <button type="button" className="btn btn-sm w-100 text-start d-flex justify-content-between" aria-expanded={open}
          aria-controls={id} onClick={() => setOpen(!open)}>
          <span>{filterLabels[field]}</span>
          {chosen.length > 0 && <span className="badge text-bg-primary">{chosen.length}</span>}
        </button>
      </h2>
      {open && (
        <div id={id} className="px-2 pb-2">
          {merged.length > shown && (
            <input type="search" className="form-control form-control-sm mb-1" placeholder={`Find a ${filterLabels[field].toLowerCase()}`}
              aria-label={`Find a ${filterLabels[field].toLowerCase()} value`} value={search} onChange={(e) => setSearch(e.target.value)} />
          )}
          {merged.length === 0 && <div className="small text-body-secondary">No values</div>}
          <ul className="list-unstyled mb-0 facet-list">
            {visible.map((o) => (
              <FacetValue key={o.value} label={filterLabels[field]} option={o} mode={modeOf(state, field, o.value)}
                onMode={(mode) => onChange(withFilter(state, field, o.value, mode))} />
            ))}
          </ul>
          {!search && filtered.length > shown && (
            <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `Show all ${filtered.length}`}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function FacetValue({ label, option, mode, onMode }: {
  label: string;
  option: FilterOption;
  mode: FilterMode | null;
  onMode(mode: FilterMode | null): void;
}) {
  return (
    <li className="d-flex align-items-center gap-1 py-1 small" data-value={option.value}>
      <span className={`flex-grow-1 text-truncate${mode === 'exclude' ? ' text-decoration-line-through' : ''}`} title={option.value}>
        {option.value}
      </span>
      <span className="text-body-secondary">{formatCount(option.count)}</span>
      <div className="btn-group btn-group-sm" role="group" aria-label={`${label} ${option.value}`}>
        <button type="button" className={`btn ${mode === 'include' ? 'btn-primary' : 'btn-outline-secondary'} py-0`}
          aria-pressed={mode === 'include'} title={`Only ${label.toLowerCase()} ${option.value}`}
          aria-label={`Include ${label.toLowerCase()} ${option.value}`} onClick={() => onMode(mode === 'include' ? null : 'include')}>
          +
        </button>
        <button type="button" className={`btn ${mode === 'exclude' ? 'btn-danger' : 'btn-outline-secondary'} py-0`}
          aria-pressed={mode === 'exclude'} title={`Leave out ${label.toLowerCase()} ${option.value}`}
          aria-label={`Exclude ${label.toLowerCase()} ${option.value}`} onClick={() => onMode(mode === 'exclude' ? null : 'exclude')}>
          −
        </button>
      </div>
    </li>
  );
}

function TagFilter({ state, tagKeys, onChange }: { state: ListState; tagKeys: FilterOption[]; onChange(state: ListState): void }) {
  const [tag, setTag] = useState('');
  const id = useId();
  const add = (mode: FilterMode) => {
    const value = tag.trim();
    if (!value || value.startsWith('=')) return;
    onChange(withTag(state, value, mode));
    setTag('');
  };
  return (
    <section className="border rounded p-2">
      <h2 className="h6">Tags</h2>
      <label htmlFor={id} className="form-label small mb-1">
        Tag key, or key=value
      </label>
      <input id={id} className="form-control form-control-sm" list={`${id}-keys`} value={tag} onChange={(e) => setTag(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add('include');
          }
        }} placeholder="env=prod" />
      <datalist id={`${id}-keys`}>
        {tagKeys.map((k) => (
          <option key={k.value} value={k.value}>{`${k.count} assets`}</option>
        ))}
      </datalist>
      <div className="d-flex gap-1 mt-1">
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => add('include')} disabled={!tag.trim()}>
          Include tag
        </button>
        <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => add('exclude')} disabled={!tag.trim()}>
          Exclude tag
        </button>
      </div>
    </section>
  );
}
