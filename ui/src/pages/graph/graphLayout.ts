import type { Graph, GraphEdge, GraphNode } from '../../api/types';

export const nodeWidth = 210;
export const nodeHeight = 46;
const columnGap = 150;
const rowGap = 18;
const margin = 24;

export interface PlacedNode {
  node: GraphNode;
  x: number;
  y: number;
}

export interface PlacedEdge {
  edge: GraphEdge;
  /** An SVG path from the source's side to the target's side. */
  path: string;
  labelX: number;
  labelY: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/**
 * A layered drawing: one column per distance from the root, left to right; within a column, nodes sit near the average
 * row of their neighbours in the columns already placed, so few edges cross.
 */
export function layoutGraph(graph: Pick<Graph, 'rootId' | 'nodes' | 'edges'>): GraphLayout {
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    neighbours.set(e.sourceId, [...(neighbours.get(e.sourceId) ?? []), e.targetId]);
    neighbours.set(e.targetId, [...(neighbours.get(e.targetId) ?? []), e.sourceId]);
  }
  const layers: GraphNode[][] = [];
  for (const node of graph.nodes) {
    const depth = node.id === graph.rootId ? 0 : Math.max(1, node.depth);
    (layers[depth] ??= []).push(node);
  }
  const row = new Map<string, number>();
  const columns = layers.filter(Boolean);
  columns.forEach((layer) => {
    const weight = (n: GraphNode) => {
      const placed = (neighbours.get(n.id) ?? []).map((id) => row.get(id)).filter((r): r is number => r !== undefined);
      return placed.length ? placed.reduce((a, b) => a + b, 0) / placed.length : Number.MAX_SAFE_INTEGER;
    };
    const label = (n: GraphNode) => n.name ?? n.resourceId ?? n.id;
    layer.sort((a, b) => weight(a) - weight(b) || a.resourceType.localeCompare(b.resourceType) || label(a).localeCompare(label(b)));
    layer.forEach((n, i) => row.set(n.id, i - (layer.length - 1) / 2));
  });
  const tallest = Math.max(1, ...columns.map((l) => l.length));
  const height = margin * 2 + tallest * nodeHeight + (tallest - 1) * rowGap;
  const width = margin * 2 + columns.length * nodeWidth + (columns.length - 1) * columnGap;
  const centre = height / 2;
  const position = new Map<string, PlacedNode>();
  columns.forEach((layer, c) => {
    layer.forEach((node) => {
      const y = centre + row.get(node.id)! * (nodeHeight + rowGap) - nodeHeight / 2;
      position.set(node.id, { node, x: margin + c * (nodeWidth + columnGap), y });
    });
  });

  // Several edges between the same two nodes bend apart so each keeps its own label.
  const seen = new Map<string, number>();
  const edges: PlacedEdge[] = [];
  for (const edge of graph.edges) {
    const from = position.get(edge.sourceId);
    const to = position.get(edge.targetId);
    if (!from || !to) continue;
    const pair = [edge.sourceId, edge.targetId].sort().join('|');
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    edges.push(placeEdge(edge, from, to, index));
  }
  return { width, height, nodes: [...position.values()], edges };
}

function placeEdge(edge: GraphEdge, from: PlacedNode, to: PlacedNode, index: number): PlacedEdge {
  const bend = index === 0 ? 0 : (index % 2 === 1 ? 1 : -1) * Math.ceil(index / 2) * 28;
  if (from.x === to.x) {
    // Same column: an arc out to the right side.
    const x = from.x + nodeWidth;
    const y1 = from.y + nodeHeight / 2;
    const y2 = to.y + nodeHeight / 2;
    const reach = 50 + Math.abs(y2 - y1) / 4 + Math.abs(bend);
    return { edge, path: `M ${x} ${y1} C ${x + reach} ${y1}, ${x + reach} ${y2}, ${x} ${y2}`, labelX: x + reach * 0.75, labelY: (y1 + y2) / 2 };
  }
  const rightwards = to.x > from.x;
  const x1 = rightwards ? from.x + nodeWidth : from.x;
  const x2 = rightwards ? to.x : to.x + nodeWidth;
  const y1 = from.y + nodeHeight / 2;
  const y2 = to.y + nodeHeight / 2;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2 + bend;
  return { edge, path: `M ${x1} ${y1} C ${mx} ${y1 + bend}, ${mx} ${y2 + bend}, ${x2} ${y2}`, labelX: mx, labelY: my };
}

/** A label cut to fit a node. */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
