// What stays bright when a node is hovered or selected: a paper and its lineage neighbours (the
// papers it builds on and those that build on it), or a section hub and everything listed under it.
import type { GraphIndex, PaperGraph } from "../load";

export interface Focus {
  node: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export function computeFocus(graph: PaperGraph, index: GraphIndex, node: string | null): Focus | null {
  if (node === null || !graph.hasNode(node)) return null;
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  if (graph.getNodeAttribute(node, "kind") === "paper") {
    graph.forEachEdge(node, (edge, attrs, source, target) => {
      if (attrs.kind !== "lineage") return;
      edges.add(edge);
      nodes.add(source === node ? target : source);
    });
  } else {
    for (const paper of index.sectionPapers.get(node) ?? []) nodes.add(paper);
    // Sub-section hubs under this one, and the section edges that tie the subtree together.
    graph.forEachInEdge(node, (edge, attrs, source) => {
      if (attrs.kind === "subsection") nodes.add(source);
    });
    for (const member of nodes)
      graph.forEachOutEdge(member, (edge, attrs, _source, target) => {
        if (attrs.kind !== "lineage" && nodes.has(target)) edges.add(edge);
      });
  }
  return { node, nodes, edges };
}
