import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../auth/authApi';

const sessionsKey = ['auth', 'sessions'];

function when(iso: string) {
  return new Date(iso).toLocaleString();
}

/** The user's signed-in browsers; ending one signs that browser out on its next request. */
export function SessionList() {
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: authApi.sessions });
  const refresh = () => client.invalidateQueries({ queryKey: sessionsKey });
  const end = useMutation({ mutationFn: authApi.endSession, onSuccess: refresh });
  const endOthers = useMutation({ mutationFn: authApi.endOtherSessions, onSuccess: refresh });
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  const error = sessions.error ?? end.error ?? endOthers.error;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 className="h5" id="sessions-heading">Signed-in browsers</h2>
      {error && <div className="alert alert-danger" role="alert">{error.message}</div>}
      {sessions.isPending && <p className="text-body-secondary">Loading…</p>}
      {sessions.data && (
        <table className="table table-sm align-middle">
          <thead>
            <tr><th>Browser</th><th>Address</th><th>Signed in</th><th>Last active</th><th><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.id}>
                <td className="text-break">{s.client ?? 'Unknown browser'}{s.current && <span className="badge text-bg-secondary ms-2">This browser</span>}</td>
                <td>{s.address ?? '—'}</td>
                <td>{when(s.startedAt)}</td>
                <td>{when(s.lastSeenAt)}</td>
                <td className="text-end">
                  {!s.current && (
                    <button type="button" className="btn btn-sm btn-outline-danger" disabled={end.isPending}
                      aria-label={`End session started ${when(s.startedAt)}`} onClick={() => end.mutate(s.id)}>
                      End
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {others > 0 && (
        <button type="button" className="btn btn-outline-danger" disabled={endOthers.isPending} onClick={() => endOthers.mutate()}>
          Sign out all other browsers
        </button>
      )}
    </section>
  );
}
