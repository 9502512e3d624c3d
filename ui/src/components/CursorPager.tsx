import { useCallback, useState } from 'react';

/** The cursors of the pages seen so far, so a cursor-paged list can go back as well as forward. */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  // A new filter starts again from the first page.
  const cursors = state.key === resetKey ? state.cursors : [null];
  const next = useCallback((cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }), [cursors, resetKey]);
  const previous = useCallback(() => setState({ key: resetKey, cursors: cursors.slice(0, -1) }), [cursors, resetKey]);
  return { cursor: cursors[cursors.length - 1], page: cursors.length, next, previous };
}

/** Previous / next for a list the API pages by cursor. */
export function CursorPager({ page, nextCursor, onNext, onPrevious, total, pageSize, label, busy }: {
  page: number;
  nextCursor: string | null;
  onNext(cursor: string): void;
  onPrevious(): void;
  total: number | null;
  pageSize: number;
  label: string;
  busy?: boolean;
}) {
  if (page === 1 && !nextCursor) return null;
  const pages = total === null ? null : Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={label} className="d-flex align-items-center gap-2 my-2">
      <button type="button" className="btn btn-sm btn-outline-secondary" disabled={page <= 1 || busy} onClick={onPrevious}>
        Previous
      </button>
      <span className="small text-body-secondary">
        Page {page}
        {pages !== null && <> of {pages}</>}
      </span>
      <button type="button" className="btn btn-sm btn-outline-secondary" disabled={!nextCursor || busy} onClick={() => nextCursor && onNext(nextCursor)}>
        Next
      </button>
    </nav>
  );
}
