import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useAuth } from '../../auth/AuthContext';
import { authApi } from '../../auth/authApi';
import { roleNames } from '../../auth/roles';
import { FormProblem, RepeatPasswordField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { SessionList } from './SessionList';

export default function ProfilePage() {
  const { user } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat.length > 0 && repeat !== next;
  const change = useMutation({
    mutationFn: () => authApi.changePassword(current, next),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate();
  };
  return (
    <>
      <PageHeader title="Profile" />
      {user && (
        <div className="row g-4">
          <div className="col-lg-5">
            <dl className="row">
              <dt className="col-5">Username</dt><dd className="col-7">{user.username}</dd>
              <dt className="col-5">Name</dt><dd className="col-7">{user.displayName ?? '—'}</dd>
              <dt className="col-5">E-mail</dt><dd className="col-7">{user.email ?? '—'}</dd>
              <dt className="col-5">Role</dt><dd className="col-7">{roleNames[user.role]}</dd>
              <dt className="col-5">Signs in with</dt><dd className="col-7">{user.authSource === 'Oidc' ? 'Single sign-on' : 'Password'}</dd>
            </dl>
          </div>
          <div className="col-lg-5">
            <h2 className="h5">Change password</h2>
            {user.authSource === 'Oidc' ? (
              <p className="text-body-secondary">Your password is kept by your single sign-on provider.</p>
            ) : (
              <form onSubmit={submit} noValidate>
                {change.isSuccess && <div className="alert alert-success" role="status">Your password has been changed.</div>}
                {change.error && <FormProblem error={change.error} fields={['currentPassword', 'newPassword']} />}
                <TextField label="Current password" name="currentPassword" type="password" value={current} onChange={setCurrent}
                  error={change.error} autoComplete="current-password" required />
                <TextField label="New password" name="newPassword" type="password" value={next} onChange={setNext}
                  error={change.error} autoComplete="new-password" help="At least 8 characters." required />
                <RepeatPasswordField password={next} value={repeat} onChange={setRepeat} />
                <button type="submit" className="btn btn-primary" disabled={change.isPending || !current || !next || mismatch}>
                  Change password
                </button>
              </form>
            )}
          </div>
          <div className="col-lg-10">
            <SessionList />
          </div>
        </div>
      )}
    </>
  );
}
