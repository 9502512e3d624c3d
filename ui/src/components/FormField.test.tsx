import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { FormProblem, TextField } from './FormField';

describe('form fields', () => {
  it('shows the API field error next to its field and marks the input invalid', () => {
    const error = new ApiError(400, { title: 'Invalid', errors: { newPassword: ['The password must be at least 12 characters.'] } });
    render(
      <>
        <FormProblem error={error} fields={['currentPassword', 'newPassword']} />
        <TextField label="Current password" name="currentPassword" value="" onChange={() => {}} error={error} />
        <TextField label="New password" name="newPassword" value="" onChange={() => {}} error={error} />
      </>,
    );
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('The password must be at least 12 characters.');
    expect(screen.getByLabelText('Current password')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the fields marked below.');
  });

  it('lists field errors the form has no field for', () => {
    const error = new ApiError(400, { title: 'Invalid', errors: { token: ['The link has expired.'] } });
    render(<FormProblem error={error} fields={['newPassword']} />);
    expect(screen.getByRole('alert')).toHaveTextContent('token: The link has expired.');
  });
});
