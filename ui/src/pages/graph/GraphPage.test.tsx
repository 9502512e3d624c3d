import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../api/types';
import { admin, fakeFetch, renderPage } from '../../test/fakeApi';
import GraphPage from './GraphPage';
import { layoutGraph, nodeWidth } from './graphLayout';

afterEach(() => vi.unstubAllGlobals());

const node = (id: string, depth: number, name = id): GraphNode => ({
  id, name, service: 'ec2', resourceType: 'ec2:instance', accountId: '111111111111', region: 'eu-west-1', status: 'Active', arn: null, resourceId: id, depth,
});
const edge = (sourceId: string, targetId: string, type: string, origin: GraphEdge['origin'] = 'Derived'): GraphEdge => ({
  id: `${sourceId}-${type}-${targetId}`, sourceId, targetId, type, origin, dependence: 'SourceOnTarget', description: null, reference: null,
  since: '2026-11-01T10:00:00Z', cause: { kind: 'System', id: 'discovery' },
});
const graph: Graph = {
  rootId: 'web', depth: 2, truncated: false,
  nodes: [node('web', 0, 'web-1'), node('subnet', 1, 'subnet-a'), node('sg', 1, 'sg-web'), node('vpc', 2, 'main-vpc')],
  edges: [edge('web', 'subnet', 'in-subnet'), edge('web', 'sg', 'uses-security-group'), edge('subnet', 'vpc', 'in-vpc'),
    edge('sg', 'vpc', 'in-vpc'), edge('web', 'subnet', 'depends-on', 'Manual')],
};

describe('relationship graph', () => {
  it('puts each step from the root in its own column, left to right', () => {
    const layout = layoutGraph(graph);
    const x = (id: string) => layout.nodes.find((n) => n.node.id === id)!.x;
    expect(x('web')).toBeLessThan(x('subnet'));
    expect(x('subnet')).toBe(x('sg'));
    expect(x('sg')).toBeLessThan(x('vpc'));
    expect(layout.width).toBeGreaterThanOrEqual(3 * nodeWidth);
    expect(layout.edges).toHaveLength(5);
    // Two edges between the same assets bend apart, so their labels do not sit on each other.
    const [first, second] = layout.edges.filter((e) => e.edge.sourceId === 'web' && e.edge.targetId === 'subnet');
    expect(first.labelY).not.toBe(second.labelY);
  });

  it('draws every asset as a link to its page and labels every edge with its kind', async () => {
    fakeFetch({ '/api/auth/me': { body: admin }, '/api/assets/web/neighbourhood': { body: graph } });
    renderPage(<GraphPage />, { path: '/assets/:id/graph', route: '/assets/web/graph?depth=2' });
    const svg = await screen.findByTestId('graph-svg');
    expect(within(svg).getByRole('link', { name: 'main-vpc (ec2:instance)' })).toHaveAttribute('href', '/assets/vpc');
    expect(within(svg).getByRole('link', { name: 'web-1 (ec2:instance)' })).toHaveAttribute('href', '/assets/web');
    expect(within(svg).getAllByTestId('edge-label').map((l) => l.textContent).sort())
      .toEqual(['depends-on', 'in-subnet', 'in-vpc', 'in-vpc', 'uses-security-group']);
    expect(screen.getByLabelText('Depth')).toHaveValue('2');
  });
});
