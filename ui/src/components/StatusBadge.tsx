import type { AssetStatus, JobStatus } from '../api/types';

const assetColours: Record<AssetStatus, string> = {
  Active: 'success',
  Inactive: 'secondary',
  Gone: 'danger',
  Decommissioned: 'dark',
};

export function AssetStatusBadge({ status }: { status: AssetStatus }) {
  return <span className={`badge text-bg-${assetColours[status] ?? 'secondary'}`}>{status}</span>;
}

const jobColours: Record<JobStatus, string> = {
  Pending: 'secondary',
  Running: 'primary',
  Completed: 'success',
  CompletedWithErrors: 'warning',
  Failed: 'danger',
  Cancelled: 'dark',
};

export const jobStatusNames: Record<JobStatus, string> = {
  Pending: 'Pending',
  Running: 'Running',
  Completed: 'Completed',
  CompletedWithErrors: 'Completed with errors',
  Failed: 'Failed',
  Cancelled: 'Cancelled',
};

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <span className={`badge text-bg-${jobColours[status] ?? 'secondary'}`}>{jobStatusNames[status] ?? status}</span>;
}
