import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { assetsApi } from '../../api/assets';
import type { Cause, FieldChange, TimelineEntry } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { NumberedPager } from '../../components/NumberedPager';
import { eventTitle, goneReasons, isAfter } from './timelineText';

const pageSize = 50;
const fieldsShown = 12;

/** Every event of the asset, newest first, a page at a time, with each field's old and new value. */
export function Timeline({ assetId, asOf }: { assetId: string; asOf: string | null }) {
  const [page, setPage] = useState(1);
  const timeline = useQuery({
    queryKey: ['asset', assetId, 'timeline', page],
    queryFn: ({ signal }) => assetsApi.timeline(assetId, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
  if (timeline.error) return <ErrorAlert error={timeline.error} onRetry={() => timeline.refetch()} title="The history could not be loaded." />;
  if (timeline.isPending) return <Loading label="Loading the history" />;
  const data = timeline.data;
  return (
    <>
      <p className="small text-body-secondary">{data.total} events, newest first.</p>
      <TimelineList entries={data.entries} asOf={asOf} />
      <NumberedPager page={page} pageSize={pageSize} total={data.total} onPage={setPage} label="History pages" />
    </>
  );
}

export function TimelineList({ entries, asOf }: { entries: TimelineEntry[]; asOf: string | null }) {
  return (
    <ol className="list-unstyled timeline" aria-label="History" data-testid="timeline">
      {entries.map((entry) => (
        <TimelineItem key={entry.version} entry={entry} future={isAfter(entry, asOf)} />
      ))}
    </ol>
  );
}

function TimelineItem({ entry, future }: { entry: TimelineEntry; future: boolean }) {
  return (
    <li className={`timeline-entry mb-3${future ? ' future' : ''}`} data-testid="timeline-entry" data-type={entry.type}>
      <div className="d-flex flex-wrap gap-2 align-items-baseline">
        <strong>{eventTitle(entry)}</strong>
        <time dateTime={entry.at} title={`Recorded ${formatDateTime(entry.recordedAt)}`}>{formatDateTime(entry.at)}</time>
        <span className="small text-body-secondary">
          <CauseText cause={entry.cause} />
        </span>
        {future && <span className="badge text-bg-warning">after the as-of time</span>}
      </div>
      {entry.goneReason && <div className="small">Reason: {goneReasons[entry.goneReason] ?? entry.goneReason}</div>}
      {entry.changes.length > 0 && <Changes changes={entry.changes} />}
    </li>
  );
}

export function CauseText({ cause }: { cause: Cause }) {
  switch (cause.kind) {
    case 'DiscoveryJob':
      return <>by <Link to={`/discovery/${cause.id}`}>discovery job</Link></>;
    case 'User':
      return <>by {cause.id}</>;
    default:
      return <>by {cause.id || 'the system'}</>;
  }
}

function Changes({ changes }: { changes: FieldChange[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, fieldsShown);
  return (
    <>
      <table className="table table-sm mb-1 mt-1 small" style={{ tableLayout: 'fixed' }}>
        <thead className="visually-hidden">
          <tr><th scope="col">Field</th><th scope="col">Old value</th><th scope="col">New value</th></tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.field} data-testid="change" data-field={c.field}>
              <th scope="row" className="fw-normal mono" style={{ width: '30%' }}>{c.field}</th>
              <td style={{ width: '35%' }}>
                {c.old === null ? <span className="text-body-secondary">—</span> : <span className="change-old" data-testid="old">{c.old}</span>}
              </td>
              <td style={{ width: '35%' }}>
                <span aria-hidden="true">→ </span>
                {c.new === null ? <span className="text-body-secondary">(removed)</span> : <span className="change-new" data-testid="new">{c.new}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > fieldsShown && (
        <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setAll(!all)}>
          {all ? 'Show fewer fields' : `Show all ${changes.length} fields`}
        </button>
      )}
    </>
  );
}
