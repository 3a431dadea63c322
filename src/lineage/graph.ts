// The lineage alone: papers and the "builds on" links between them, as graphology graphs that
// graphology-traversal and graphology-shortest-path can walk. Section edges never count, nor does a
// citation of a later paper (`backwards`: a revised version citing what came after it). Built on
// first use (not at load) and kept, since the data graph never changes; the undirected copy only
// when a question needs it (papers connected through shared ancestors, the path picker).
import Graph from "graphology";

import type { PaperGraph } from "../load";
import { followsLineage, isReference } from "../model";

export interface LineageGraphs {
  /** As the data has it: an edge goes from the paper that builds on to the paper it builds on. Edge keys are the data's. */
  readonly directed: Graph;
  /** The same links without direction (two papers naming each other are one link). */
  readonly undirected: Graph;
}

/**
 * Only papers with at least one lineage link are in the graphs; callers treat a missing paper as
 * unlinked. `throughSuggestions` adds the citations of papers outside the lists (suggestions), when
 * the reader asks lineage questions to run through them; a citation of a later paper never counts.
 */
function buildDirected(graph: PaperGraph, throughSuggestions: boolean): Graph {
  const directed = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  graph.forEachEdge((edge, attrs, source, target) => {
    const follows = followsLineage(attrs) || (throughSuggestions && isReference(attrs) && attrs.backwards !== true);
    if (!follows || source === target) return;
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

export function buildLineageGraphs(graph: PaperGraph, throughSuggestions = false): LineageGraphs {
  let directed: Graph | null = null;
  let undirected: Graph | null = null;
  return {
    get directed() {
      return (directed ??= buildDirected(graph, throughSuggestions));
    },
    get undirected() {
      return (undirected ??= buildUndirected(this.directed));
    },
  };
}

/** The lineage graphs of `graph`, each built when first asked for. */
export function lazyLineageGraphs(graph: PaperGraph, throughSuggestions = false): () => LineageGraphs {
  const graphs = buildLineageGraphs(graph, throughSuggestions);
  return () => graphs;
}
