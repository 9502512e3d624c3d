import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { authApi } from '../../auth/authApi';
import { FormProblem, TextField } from '../../components/FormField';
import { SignInFrame } from './SignInFrame';

export default function ForgotPasswordPage() {
  const [usernameOrEmail, setUsernameOrEmail] = useState('');
  const request = useMutation({ mutationFn: () => authApi.forgotPassword(usernameOrEmail.trim()) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };
  return (
    <SignInFrame title="Forgotten password">
      {request.isSuccess ? (
        <div className="alert alert-success" role="status">
          If an active account matches, we have sent it an e-mail with a link to choose a new password. The link works once and
          expires after a while.
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="text-body-secondary">Enter your username or e-mail address and we will send you a link to reset your password.</p>
          {request.error && <FormProblem error={request.error} fields={['usernameOrEmail']} />}
          <TextField label="Username or e-mail" name="usernameOrEmail" value={usernameOrEmail} onChange={setUsernameOrEmail}
            error={request.error} autoComplete="username" required autoFocus />
          <button type="submit" className="btn btn-primary w-100" disabled={request.isPending || !usernameOrEmail.trim()}>
            Send reset link
          </button>
        </form>
      )}
      <div className="mt-3 text-center">
        <Link to="/sign-in">Back to sign in</Link>
      </div>
    </SignInFrame>
  );
}
