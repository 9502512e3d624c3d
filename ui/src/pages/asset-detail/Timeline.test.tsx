import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../api/types';
import { TimelineList } from './Timeline';

const entries: TimelineEntry[] = [
  {
    version: 3, type: 'AssetEdited', at: '2026-11-03T10:00:00Z', recordedAt: '2026-11-03T10:00:00Z',
    cause: { kind: 'User', id: 'alice' }, changes: [{ field: 'owner', old: null, new: 'team-a' }], goneReason: null, reappeared: false,
  },
  {
    version: 2, type: 'AssetChanged', at: '2026-11-02T10:00:00Z', recordedAt: '2026-11-02T10:00:01Z',
    cause: { kind: 'DiscoveryJob', id: 'job-2' },
    changes: [{ field: 'attributes.InstanceType', old: 't3.micro', new: 't3.large' }, { field: 'tags.Env', old: 'test', new: null }],
    goneReason: null, reappeared: false,
  },
  {
    version: 1, type: 'AssetSeen', at: '2026-11-01T10:00:00Z', recordedAt: '2026-11-01T10:00:01Z',
    cause: { kind: 'DiscoveryJob', id: 'job-1' }, changes: [{ field: 'name', old: null, new: 'web-1' }], goneReason: null, reappeared: false,
  },
];

const renderTimeline = (asOf: string | null) =>
  render(<MemoryRouter><TimelineList entries={entries} asOf={asOf} /></MemoryRouter>);

describe('timeline', () => {
  it('shows every event with its title, time, source and field-level old and new values', () => {
    renderTimeline(null);
    const items = screen.getAllByTestId('timeline-entry');
    expect(items).toHaveLength(3);

    const changed = items[1];
    expect(within(changed).getByText('Changed')).toBeInTheDocument();
    expect(within(changed).getByRole('link', { name: 'discovery job' })).toHaveAttribute('href', '/discovery/job-2');
    const row = within(changed).getByText('attributes.InstanceType').closest('tr')!;
    expect(within(row).getByTestId('old')).toHaveTextContent('t3.micro');
    expect(within(row).getByTestId('new')).toHaveTextContent('t3.large');
    const removed = within(changed).getByText('tags.Env').closest('tr')!;
    expect(removed).toHaveTextContent('(removed)');

    expect(within(items[0]).getByText('Edited')).toBeInTheDocument();
    expect(within(items[0]).getByText('by alice')).toBeInTheDocument();
    expect(within(items[2]).getByText('First seen')).toBeInTheDocument();
    expect(within(items[0]).getByRole('time')).toHaveAttribute('datetime', '2026-11-03T10:00:00Z');
  });

  it('marks the events after the as-of time', () => {
    renderTimeline('2026-11-02T12:00:00Z');
    const items = screen.getAllByTestId('timeline-entry');
    expect(items[0]).toHaveClass('future');
    expect(within(items[0]).getByText('after the as-of time')).toBeInTheDocument();
    expect(items[1]).not.toHaveClass('future');
    expect(items[2]).not.toHaveClass('future');
  });
});
