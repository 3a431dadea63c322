// The static look of every node and edge, computed once at load from the file: colour by top
// section, a paper's size by how many papers of the map build on it, a lineage link's colour and
// width by its kind (../link-kinds/looks.ts), render program by node or edge kind. Kept beside the
// data graph rather than written into it, so the graph stays exactly what the file says.
import { LINK_LOOKS, linkLookKind } from "../link-kinds/looks";
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper, isSection, isSuggestion } from "../model";
import { UNKNOWN_SECTION_COLOR } from "./palette";

/** Program names registered in ./settings.ts. */
export const NODE_TYPE = { paper: "paper", hub: "hub", suggestion: "suggestion" } as const;
export const EDGE_TYPE = { lineage: "lineage", section: "section" } as const;

export const PAPER_MIN_SIZE = 3;
export const PAPER_MAX_SIZE = 13;
export const HUB_TOP_MIN_SIZE = 12;
export const HUB_TOP_MAX_SIZE = 22;
export const HUB_SUB_MIN_SIZE = 7;
export const HUB_SUB_MAX_SIZE = 13;
export const SECTION_EDGE_COLOR = "rgba(150, 158, 170, 0.28)";
export const SECTION_EDGE_SIZE = 1;
/** A citation of a suggestion: a pale arrow, lighter than lineage, so it reads as "points outside the lists". */
export const REFERENCE_EDGE_COLOR = "rgba(120, 130, 146, 0.32)";
export const REFERENCE_EDGE_SIZE = 1.2;
/** Suggestions are pale discs (the section colour mixed this much with white) in a thin grey ring. */
export const SUGGESTION_TINT = 0.72;
export const SUGGESTION_MIN_SIZE = 3;
export const SUGGESTION_MAX_SIZE = 8;
/** Draw order: section edges under lineage edges; papers under hubs. */
export const Z = { sectionEdge: 0, lineageEdge: 1, paper: 1, hub: 2, focused: 3 } as const;

export interface NodeLook {
  color: string;
  size: number;
  type: string;
  zIndex: number;
  /** Top-level hubs always show their label: they are the map's landmarks. */
  forceLabel: boolean;
}

export interface EdgeLook {
  color: string;
  /** A lineage link's colour when it is one of the selected paper's own (its kind's hue, opaque). */
  focusColor?: string;
  size: number;
  type: string;
  zIndex: number;
}

export interface Appearance {
  nodes: Map<string, NodeLook>;
  edges: Map<string, EdgeLook>;
  /** What paper sizes mean, for the legend: how many papers of the map build on each. */
  sizedBy: "built-on-by";
  /** The most papers that build on one paper (the largest node), for the legend. */
  maxBuiltOnBy: number;
}

/** `#rrggbb` mixed with white by `share` (0 = the colour, 1 = white); other notations come back unchanged. */
export function tint(color: string, share: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match) return color;
  const channels = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c + (255 - c) * share)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** Square-root scale, so a node's area (not its radius) grows with the value. */
export function scaleSize(value: number, max: number, min: number, maxSize: number): number {
  if (max <= 0 || value <= 0) return min;
  return min + (maxSize - min) * Math.sqrt(Math.min(value, max) / max);
}

export function computeAppearance(graph: PaperGraph, index: GraphIndex, colors: Map<string, string>): Appearance {
  let maxBuiltOnBy = 0;
  let maxTopCount = 0;
  let maxSubCount = 0;
  let maxCitedBy = 0;
  graph.forEachNode((node, attrs) => {
    if (isSuggestion(attrs)) maxCitedBy = Math.max(maxCitedBy, attrs.citedBy.length);
    if (isPaper(attrs)) maxBuiltOnBy = Math.max(maxBuiltOnBy, index.builtOnBy.get(node) ?? 0);
    else if (isSection(attrs)) {
      const count = index.sectionPapers.get(node)?.length ?? 0;
      if (attrs.depth <= 1) maxTopCount = Math.max(maxTopCount, count);
      else maxSubCount = Math.max(maxSubCount, count);
    }
  });

  const nodes = new Map<string, NodeLook>();
  graph.forEachNode((node, attrs) => {
    const color = colors.get(attrs.topSection) ?? UNKNOWN_SECTION_COLOR;
    if (isPaper(attrs)) {
      // The Transformer, BERT and GPT-3 stand out: many papers of the lists build on them.
      const size = scaleSize(index.builtOnBy.get(node) ?? 0, maxBuiltOnBy, PAPER_MIN_SIZE, PAPER_MAX_SIZE);
      nodes.set(node, { color, size, type: NODE_TYPE.paper, zIndex: Z.paper, forceLabel: false });
    } else if (isSection(attrs)) {
      const count = index.sectionPapers.get(node)?.length ?? 0;
      const top = attrs.depth <= 1;
      const size = top
        ? scaleSize(count, maxTopCount, HUB_TOP_MIN_SIZE, HUB_TOP_MAX_SIZE)
        : scaleSize(count, maxSubCount, HUB_SUB_MIN_SIZE, HUB_SUB_MAX_SIZE);
      nodes.set(node, { color, size, type: NODE_TYPE.hub, zIndex: Z.hub, forceLabel: top });
    } else if (isSuggestion(attrs)) {
      // Papers outside the lists: pale and ringed (see ./settings.ts), sized by how many papers cite them.
      const size = scaleSize(attrs.citedBy.length, maxCitedBy, SUGGESTION_MIN_SIZE, SUGGESTION_MAX_SIZE);
      nodes.set(node, {
        color: tint(color, SUGGESTION_TINT),
        size,
        type: NODE_TYPE.suggestion,
        zIndex: Z.paper,
        forceLabel: false,
      });
    }
  });

  const edges = new Map<string, EdgeLook>();
  graph.forEachEdge((edge, attrs) => {
    if (attrs.kind === "lineage") {
      const look = LINK_LOOKS[linkLookKind(attrs)];
      edges.set(edge, {
        color: look.color,
        focusColor: look.focusColor,
        size: look.size,
        type: EDGE_TYPE.lineage,
        zIndex: Z.lineageEdge,
      });
    } else if (attrs.kind === "reference")
      edges.set(edge, {
        color: REFERENCE_EDGE_COLOR,
        size: REFERENCE_EDGE_SIZE,
        type: EDGE_TYPE.lineage,
        zIndex: Z.sectionEdge,
      });
    else
      edges.set(edge, {
        color: SECTION_EDGE_COLOR,
        size: SECTION_EDGE_SIZE,
        type: EDGE_TYPE.section,
        zIndex: Z.sectionEdge,
      });
  });
  return { nodes, edges, sizedBy: "built-on-by", maxBuiltOnBy };
}
