// The lineage alone: papers and the "builds on" links between them, as graphology graphs that
// graphology-traversal and graphology-shortest-path can walk. Section edges never count, nor does a
// citation of a later paper (`backwards`: a revised version citing what came after it). Built on
// first use (not at load) and kept, since the data graph never changes; the undirected copy only
// when a question needs it (papers connected through shared ancestors, the path picker).
import Graph from "graphology";

import type { PaperGraph } from "../load";
import { followsLineage } from "../model";

export interface LineageGraphs {
  /** As the data has it: an edge goes from the paper that builds on to the paper it builds on. Edge keys are the data's. */
  readonly directed: Graph;
  /** The same links without direction (two papers naming each other are one link). */
  readonly undirected: Graph;
}

/** Only papers with at least one lineage link are in the graphs; callers treat a missing paper as unlinked. */
function buildDirected(graph: PaperGraph): Graph {
  const directed = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!followsLineage(attrs) || source === target) return;
    directed.mergeNode(source);
    directed.mergeNode(target);
    directed.addEdgeWithKey(edge, source, target);
  });
  return directed;
}

function buildUndirected(directed: Graph): Graph {
  const undirected = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  directed.forEachNode((node) => undirected.addNode(node));
  directed.forEachEdge((_edge, _attrs, source, target) => {
    if (!undirected.hasEdge(source, target)) undirected.addEdge(source, target);
  });
  return undirected;
}

export function buildLineageGraphs(graph: PaperGraph): LineageGraphs {
  let directed: Graph | null = null;
  let undirected: Graph | null = null;
  return {
    get directed() {
      return (directed ??= buildDirected(graph));
    },
    get undirected() {
      return (undirected ??= buildUndirected(this.directed));
    },
  };
}

/** The lineage graphs of `graph`, each built when first asked for. */
export function lazyLineageGraphs(graph: PaperGraph): () => LineageGraphs {
  const graphs = buildLineageGraphs(graph);
  return () => graphs;
}
