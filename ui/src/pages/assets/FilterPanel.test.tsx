import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FilterPanel } from './FilterPanel';
import { emptyState, toUrlParams, type ListState } from './listState';

const options = {
  fields: { service: [{ value: 'ec2', count: 4 }, { value: 's3', count: 2 }], region: [{ value: 'eu-west-1', count: 5 }] },
  tagKeys: [{ value: 'Env', count: 6 }],
};

function renderPanel(state: ListState) {
  const onChange = vi.fn<(state: ListState) => void>();
  render(<FilterPanel state={state} options={options} onChange={onChange} />);
  return (n = 0) => toUrlParams(onChange.mock.calls[n][0]).toString();
}

describe('filter panel', () => {
  it('includes and excludes a value with its buttons, showing the counts', () => {
    const changed = renderPanel(emptyState);
    expect(screen.getByText('ec2').closest('li')).toHaveTextContent('4');

    fireEvent.click(screen.getByRole('button', { name: 'Include service ec2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Exclude service s3' }));

    expect(changed(0)).toBe('service=ec2');
    expect(changed(1)).toBe('service.exclude=s3');
  });

  it('shows a chosen value as pressed, and a second press removes it', () => {
    const changed = renderPanel({ ...emptyState, include: { service: ['ec2'] } });
    const include = screen.getByRole('button', { name: 'Include service ec2' });
    expect(include).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(include);

    expect(changed()).toBe('');
  });

  it('adds a tag filter typed as key=value', () => {
    const changed = renderPanel(emptyState);
    fireEvent.change(screen.getByLabelText('Tag key, or key=value'), { target: { value: 'Env=prod' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exclude tag' }));
    expect(changed()).toBe('tag.exclude=Env%3Dprod');
  });
});
