import { useState } from 'react';
import type { JobLogEntry } from '../../api/types';
import { formatDateTime } from '../../components/format';

const shownAtFirst = 100;
const levelClass: Record<string, string> = { Error: 'text-danger', Warning: 'text-warning-emphasis' };

/** The job's log, newest last; a long one shows its latest lines until asked for all. */
export function JobLog({ entries }: { entries: JobLogEntry[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(-shownAtFirst);
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading" className="h5">Log ({entries.length})</h2>
      {entries.length > shown.length && (
        <button type="button" className="btn btn-link btn-sm px-0" onClick={() => setAll(true)}>
          Show all {entries.length} lines
        </button>
      )}
      <ol className="list-unstyled small mono border rounded p-2 bg-body-tertiary" data-testid="job-log">
        {shown.map((entry, i) => (
          <li key={`${entry.at}-${i}`} className={levelClass[entry.level] ?? ''}>
            {formatDateTime(entry.at)} {entry.level}: {entry.message}
          </li>
        ))}
        {entries.length === 0 && <li className="text-body-secondary">Nothing logged yet.</li>}
      </ol>
    </section>
  );
}
