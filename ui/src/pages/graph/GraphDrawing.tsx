import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Graph } from '../../api/types';
import './graph.css';
import { fit, layoutGraph, nodeHeight, nodeWidth } from './graphLayout';

const statusStroke: Record<string, string> = {
  Active: 'var(--bs-success)', Inactive: 'var(--bs-secondary)', Gone: 'var(--bs-danger)', Decommissioned: 'var(--bs-dark)',
};

/** The graph as SVG: assets as boxes linking to their pages, relationships as arrows labelled with their kind. */
export function GraphDrawing({ graph }: { graph: Graph }) {
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  return (
    <div className="graph-canvas border rounded mb-3">
      <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img"
        aria-label={`Relationship graph of ${graph.nodes.length} assets and ${graph.edges.length} relationships`} data-testid="graph-svg">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--bs-secondary-color)" />
          </marker>
          <marker id="arrow-manual" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--bs-primary)" />
          </marker>
        </defs>
        <g>
          {layout.edges.map(({ edge, path }) => (
            <path key={edge.id} d={path} fill="none" strokeWidth={1.5}
              stroke={edge.origin === 'Manual' ? 'var(--bs-primary)' : 'var(--bs-secondary-color)'}
              strokeDasharray={edge.origin === 'Manual' ? '6 4' : undefined}
              markerEnd={`url(#${edge.origin === 'Manual' ? 'arrow-manual' : 'arrow'})`}>
              <title>{`${edge.type} (${edge.origin.toLowerCase()})${edge.description ? ': ' + edge.description : ''}`}</title>
            </path>
          ))}
        </g>
        <g className="graph-edge-labels">
          {layout.edges.map(({ edge, labelX, labelY }) => (
            <text key={edge.id} x={labelX} y={labelY} textAnchor="middle" dominantBaseline="middle" className="graph-edge-label"
              data-testid="edge-label">
              {edge.type}
            </text>
          ))}
        </g>
        <g>
          {layout.nodes.map(({ node, x, y }) => {
            const root = node.id === graph.rootId;
            const name = node.name ?? node.resourceId ?? node.id;
            return (
              <Link key={node.id} to={`/assets/${encodeURIComponent(node.id)}`} className="graph-node" aria-label={`${name} (${node.resourceType})`}>
                <title>{`${name}\n${node.resourceType} · ${node.accountId} · ${node.region} · ${node.status}`}</title>
                <rect x={x} y={y} width={nodeWidth} height={nodeHeight} rx={8}
                  fill={root ? 'var(--bs-primary-bg-subtle)' : 'var(--bs-body-bg)'}
                  stroke={root ? 'var(--bs-primary)' : statusStroke[node.status] ?? 'var(--bs-border-color)'}
                  strokeWidth={root ? 2.5 : 1.5} strokeDasharray={node.status === 'Gone' ? '4 3' : undefined} />
                <text x={x + 10} y={y + 19} className="graph-node-name">{fit(name, 27)}</text>
                <text x={x + 10} y={y + 36} className="graph-node-type">{fit(node.resourceType, 32)}</text>
              </Link>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
