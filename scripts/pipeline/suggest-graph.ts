// Suggestions onto the laid-out graph: one node each (the shared schema's SuggestionAttributes) and
// a `reference` edge from every paper of the lists that cites it, then a layout pass that moves only
// the suggestions, so each settles beside the papers that cite it while the lists' own map keeps
// every position it had (toggling suggestions in the app never moves a paper).
import forceAtlas2 from "graphology-layout-forceatlas2";
import seedrandom from "seedrandom";

import type { ReferenceEdgeAttributes, SuggestionAttributes } from "../../src/model";
import type { PaperGraph } from "./assemble";
import { isLater } from "./dates";
import { LAYOUT_DEFAULTS, type LayoutOptions } from "./layout";
import type { Suggestion } from "./suggest";
import type { Paper } from "./types";

/** Smaller than a listed paper of the same standing: a suggestion is a pointer, not a paper of the list. */
export const SUGGESTION_SIZE = { base: 2, perCitingRoot: 1.2 } as const;
/** Iterations of the suggestions-only pass: they start beside their citing papers, so few are needed. */
export const SUGGESTION_LAYOUT_ITERATIONS = 150;
/** How far from its citing papers' centre a suggestion starts, in units of their spread. */
const START_JITTER = 0.15;

function round(value: number, precision: number): number {
  const factor = 10 ** precision;
  return Math.round(value * factor) / factor;
}

/** Adds the suggestions and their reference edges; papers must already be in the graph. */
export function addSuggestions(graph: PaperGraph, suggestions: Suggestion[], papers: Paper[]): void {
  const byKey = new Map(papers.map((p) => [p.key, p]));
  for (const s of suggestions) {
    const attributes: SuggestionAttributes = {
      kind: "suggestion",
      label: s.label,
      title: s.title,
      citedBy: s.citedBy,
      sections: s.sections,
      topSection: s.topSection,
      rank: s.rank,
      x: 0,
      y: 0,
      size: round(SUGGESTION_SIZE.base + SUGGESTION_SIZE.perCitingRoot * Math.sqrt(s.citedBy.length), 2),
    };
    for (const field of ["arxivId", "doi", "s2Id", "year", "month", "authors", "authorCount", "citationCount"] as const)
      if (s[field] !== undefined) (attributes as unknown as Record<string, unknown>)[field] = s[field];
    graph.addNode(s.key, attributes);
    for (const citing of s.citedBy) {
      const edge: ReferenceEdgeAttributes = { kind: "reference", evidence: s.evidence.get(citing) ?? [], size: 1 };
      const paper = byKey.get(citing);
      if (paper && isLater(s, paper)) edge.backwards = true;
      graph.addEdgeWithKey(`r:${citing}>${s.key}`, citing, s.key, edge);
    }
  }
}

/**
 * Places the suggestions near the papers that cite them: each starts at its citing papers' centre
 * (a seeded nudge apart), then ForceAtlas2 runs with every other node fixed, its anti-collision on,
 * so suggestions spread into the free space around their citers without overlapping them.
 */
export function placeSuggestions(graph: PaperGraph, options: Partial<LayoutOptions> = {}): void {
  const settings = { ...LAYOUT_DEFAULTS, ...options };
  const suggestions = graph.filterNodes((_, a) => a.kind === "suggestion");
  if (suggestions.length === 0) return;
  const rng = seedrandom(`${settings.seed}:suggestions`);
  const xs = graph.mapNodes((_, a) => a.x);
  const ys = graph.mapNodes((_, a) => a.y);
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  for (const key of suggestions) {
    const citers = graph.inNeighbors(key);
    const x = citers.reduce((sum, c) => sum + graph.getNodeAttribute(c, "x"), 0) / Math.max(citers.length, 1);
    const y = citers.reduce((sum, c) => sum + graph.getNodeAttribute(c, "y"), 0) / Math.max(citers.length, 1);
    const jitter = START_JITTER * Math.sqrt(spread);
    graph.mergeNodeAttributes(key, { x: x + (rng() - 0.5) * jitter, y: y + (rng() - 0.5) * jitter });
  }
  const fixed = new Set(graph.filterNodes((_, a) => a.kind !== "suggestion"));
  graph.forEachNode((node) => {
    if (fixed.has(node)) graph.setNodeAttribute(node, "fixed" as never, true as never);
  });
  forceAtlas2.assign(graph, {
    iterations: settings.iterations === "auto" ? SUGGESTION_LAYOUT_ITERATIONS : settings.iterations,
    getEdgeWeight: (_edge, attributes) => (attributes.kind === "reference" ? 1 : 0),
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 300,
      outboundAttractionDistribution: true,
      adjustSizes: true,
      scalingRatio: 4,
      gravity: 1,
    },
  });
  graph.forEachNode((node, attributes) => {
    const { fixed: _fixed, ...rest } = attributes as typeof attributes & { fixed?: boolean };
    graph.replaceNodeAttributes(node, {
      ...rest,
      x: round(rest.x, settings.precision),
      y: round(rest.y, settings.precision),
    });
  });
}
