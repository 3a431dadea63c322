// The lineage alone: papers and the "builds on" links between them, as graphology graphs that
// graphology-traversal and graphology-shortest-path can walk. Section edges never count. Built on
// the first use of a lineage feature (not at load), then kept: the data graph never changes.
import Graph from "graphology";

import type { PaperGraph } from "../load";

export interface LineageGraphs {
  /** As the data has it: an edge goes from the paper that builds on to the paper it builds on. Edge keys are the data's. */
  directed: Graph;
  /** The same links without direction, for papers connected only through shared ancestors or descendants. */
  undirected: Graph;
}

/** Only papers with at least one lineage link are in the graphs; callers treat a missing paper as unlinked. */
export function buildLineageGraphs(graph: PaperGraph): LineageGraphs {
  const directed = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  const undirected = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.kind !== "lineage" || source === target) return;
    for (const g of [directed, undirected]) {
      g.mergeNode(source);
      g.mergeNode(target);
    }
    directed.addEdgeWithKey(edge, source, target);
    // Two papers that name each other are one undirected link.
    if (!undirected.hasEdge(source, target)) undirected.addEdge(source, target);
  });
  return { directed, undirected };
}

/** The lineage graphs of `graph`, built on the first call. */
export function lazyLineageGraphs(graph: PaperGraph): () => LineageGraphs {
  let built: LineageGraphs | null = null;
  return () => (built ??= buildLineageGraphs(graph));
}
