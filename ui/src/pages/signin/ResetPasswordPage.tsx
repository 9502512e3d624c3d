import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { authApi } from '../../auth/authApi';
import { FormField, FormProblem, RepeatPasswordField, TextField } from '../../components/FormField';
import { SignInFrame } from './SignInFrame';

export default function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat.length > 0 && repeat !== password;
  const reset = useMutation({ mutationFn: () => authApi.resetPassword(token, password) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) reset.mutate();
  };
  return (
    <SignInFrame title="Choose a new password">
      {reset.isSuccess ? (
        <div className="alert alert-success" role="status">
          Your password has been changed. <Link to="/sign-in">Sign in</Link> with it now.
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          {!token && <div className="alert alert-warning">This page needs the link from the reset e-mail.</div>}
          {reset.error && <FormProblem error={reset.error} fields={['token', 'newPassword']} />}
          <FormField label="Reset link" name="token" error={reset.error}>
            {(f) => (
              <input id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={token ? 'From your e-mail' : 'Missing'}
                readOnly aria-describedby={f.describedBy} />
            )}
          </FormField>
          <TextField label="New password" name="newPassword" type="password" value={password} onChange={setPassword}
            error={reset.error} autoComplete="new-password" required autoFocus />
          <RepeatPasswordField password={password} value={repeat} onChange={setRepeat} />
          <button type="submit" className="btn btn-primary w-100" disabled={reset.isPending || !token || !password || mismatch}>
            Set password
          </button>
        </form>
      )}
      <div className="mt-3 text-center">
        <Link to="/forgot-password">Ask for a new link</Link> · <Link to="/sign-in">Sign in</Link>
      </div>
    </SignInFrame>
  );
}
