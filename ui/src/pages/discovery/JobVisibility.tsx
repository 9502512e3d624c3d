import type { JobVisibility } from '../../api/types';
import { formatCount } from '../../components/format';

/** "about 12 s left", "about 3 min left", or nothing while the pace is unknown. */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null) return 'estimating the time left';
  if (seconds < 90) return `about ${Math.max(1, Math.ceil(seconds))} s left`;
  return `about ${Math.ceil(seconds / 60)} min left`;
}

/** True while what a finished job recorded is not yet in every read model: the page keeps reading it until it is. */
export function isCatchingUp(visibility: JobVisibility | null | undefined): boolean {
  return visibility?.state === 'CatchingUp';
}

/** Whether the register shows what a job recorded yet: recorded, catching up (events behind, time left), or visible. */
export function VisibilityBadge({ visibility }: { visibility: JobVisibility | null | undefined }) {
  if (!visibility || visibility.state === 'Recording') return null;
  if (visibility.state === 'Visible') {
    return <span className="badge text-bg-success" data-testid="job-visibility">Visible in the register</span>;
  }
  return (
    <span className="badge text-bg-info" data-testid="job-visibility"
      title={visibility.slowestProjection ? `Slowest read model: ${visibility.slowestProjection}` : undefined}>
      <span className="spinner-grow spinner-grow-sm me-1" aria-hidden="true" />
      Recorded; the register catches up: {formatCount(visibility.eventsBehind)} events behind, {formatTimeLeft(visibility.secondsLeft)}
    </span>
  );
}
