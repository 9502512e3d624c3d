import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { authApi } from '../../auth/authApi';
import { FormProblem, TextField } from '../../components/FormField';
import { SignInFrame, safeReturnUrl } from './SignInFrame';

export default function SignInPage() {
  const [params] = useSearchParams();
  const returnUrl = safeReturnUrl(params.get('returnUrl'));
  const { session, signedIn } = useAuth();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const options = useQuery({ queryKey: ['auth', 'options'], queryFn: authApi.options, retry: false });
  const signIn = useMutation({
    mutationFn: () => authApi.signIn(username, password),
    onSuccess: (user) => {
      signedIn(user);
      navigate(returnUrl, { replace: true });
    },
  });

  if (session.state === 'signed-in' || session.state === 'open') return <Navigate to={returnUrl} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const error = signIn.error;
  const retryAfter = error instanceof ApiError && error.status === 429 ? error.retryAfter : null;
  return (
    <SignInFrame title="Sign in">
      {error && <FormProblem error={error} fields={['username', 'password']} />}
      {retryAfter !== null && <p className="small text-body-secondary">Try again in {retryAfter} seconds.</p>}
      <form onSubmit={submit} noValidate>
        <TextField label="Username" name="username" value={username} onChange={setUsername} error={error}
          autoComplete="username" required autoFocus />
        <TextField label="Password" name="password" type="password" value={password} onChange={setPassword} error={error}
          autoComplete="current-password" required />
        <button type="submit" className="btn btn-primary w-100" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {options.data?.sso.enabled && (
        <>
          <div className="text-center text-body-secondary my-3">or</div>
          <a className="btn btn-outline-primary w-100" href={authApi.ssoSignInUrl(returnUrl)}>
            Sign in with {options.data.sso.displayName || 'SSO'}
          </a>
        </>
      )}
      <div className="mt-3 text-center">
        <Link to="/forgot-password">Forgot your password?</Link>
      </div>
    </SignInFrame>
  );
}
