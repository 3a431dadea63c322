// What stays bright when a node is hovered or selected: a paper and its lineage neighbours (the
// papers it builds on and those that build on it), or a section hub and everything listed under it.
// A selected paper also keeps the hubs of the sections it is listed in, so a paper without lineage
// still shows where it sits; hover stays lineage-only, to read at a glance.
import type { GraphIndex, PaperGraph } from "../load";

export interface Focus {
  node: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes drawn highlighted like the selection (a lineage's paper, a path's two ends). */
  marked?: ReadonlySet<string>;
}

export interface FocusOptions {
  /** Keep the paper's section hubs (and its member edges) bright too. */
  withSections: boolean;
}

export function computeFocus(
  graph: PaperGraph,
  index: GraphIndex,
  node: string | null,
  options: FocusOptions = { withSections: false },
): Focus | null {
  if (node === null || !graph.hasNode(node)) return null;
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  const kind = graph.getNodeAttribute(node, "kind");
  if (kind === "paper" || kind === "suggestion") {
    // A suggestion brings out the papers that cite it; a paper, its lineage and the suggestions it cites.
    graph.forEachEdge(node, (edge, attrs, source, target) => {
      if (attrs.kind === "lineage" || attrs.kind === "reference" || (options.withSections && attrs.kind === "member")) {
        edges.add(edge);
        nodes.add(source === node ? target : source);
      }
    });
  } else {
    for (const paper of index.sectionPapers.get(node) ?? []) nodes.add(paper);
    // Sub-section hubs under this one, and the section edges that tie the subtree together.
    graph.forEachInEdge(node, (edge, attrs, source) => {
      if (attrs.kind === "subsection") nodes.add(source);
    });
    for (const member of nodes)
      graph.forEachOutEdge(member, (edge, attrs, _source, target) => {
        if ((attrs.kind === "member" || attrs.kind === "subsection") && nodes.has(target)) edges.add(edge);
      });
  }
  return { node, nodes, edges };
}
