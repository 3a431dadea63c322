// The static look of every node and edge, computed once at load from the file: colour by top
// section, size by lineage degree (or citations), render program by kind. Kept beside the data
// graph rather than written into it, so the graph stays exactly what the file says.
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper, isSection } from "../model";
import { UNKNOWN_SECTION_COLOR } from "./palette";

/** Program names registered in ./settings.ts. */
export const NODE_TYPE = { paper: "paper", hub: "hub" } as const;
export const EDGE_TYPE = { lineage: "lineage", section: "section" } as const;

export const PAPER_MIN_SIZE = 3;
export const PAPER_MAX_SIZE = 13;
export const HUB_TOP_MIN_SIZE = 12;
export const HUB_TOP_MAX_SIZE = 22;
export const HUB_SUB_MIN_SIZE = 7;
export const HUB_SUB_MAX_SIZE = 13;
/** Papers are sized by citations only when at least this share of them has a count. */
export const CITATION_COVERAGE_FOR_SIZING = 0.5;

export const LINEAGE_EDGE_COLOR = "rgba(71, 80, 94, 0.55)";
export const SECTION_EDGE_COLOR = "rgba(150, 158, 170, 0.28)";
export const LINEAGE_EDGE_SIZE = 1.6;
export const INFLUENTIAL_LINEAGE_EDGE_SIZE = 2.6;
export const SECTION_EDGE_SIZE = 1;
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
  size: number;
  type: string;
  zIndex: number;
}

export interface Appearance {
  nodes: Map<string, NodeLook>;
  edges: Map<string, EdgeLook>;
  /** What paper sizes mean, for the legend. */
  sizedBy: "lineage" | "citations";
}

/** Square-root scale, so a node's area (not its radius) grows with the value. */
export function scaleSize(value: number, max: number, min: number, maxSize: number): number {
  if (max <= 0 || value <= 0) return min;
  return min + (maxSize - min) * Math.sqrt(Math.min(value, max) / max);
}

export function computeAppearance(graph: PaperGraph, index: GraphIndex, colors: Map<string, string>): Appearance {
  let withCitations = 0;
  let maxCitations = 0;
  let maxDegree = 0;
  let maxTopCount = 0;
  let maxSubCount = 0;
  graph.forEachNode((node, attrs) => {
    if (isPaper(attrs)) {
      if (attrs.citationCount !== undefined) {
        withCitations++;
        maxCitations = Math.max(maxCitations, attrs.citationCount);
      }
      maxDegree = Math.max(maxDegree, index.lineageDegree.get(node) ?? 0);
    } else if (isSection(attrs)) {
      const count = index.sectionPapers.get(node)?.length ?? 0;
      if (attrs.depth <= 1) maxTopCount = Math.max(maxTopCount, count);
      else maxSubCount = Math.max(maxSubCount, count);
    }
  });
  const sizedBy =
    index.papers.length > 0 && withCitations / index.papers.length >= CITATION_COVERAGE_FOR_SIZING
      ? "citations"
      : "lineage";

  const nodes = new Map<string, NodeLook>();
  graph.forEachNode((node, attrs) => {
    const color = colors.get(attrs.topSection) ?? UNKNOWN_SECTION_COLOR;
    if (isPaper(attrs)) {
      const size =
        sizedBy === "citations"
          ? scaleSize(Math.log1p(attrs.citationCount ?? 0), Math.log1p(maxCitations), PAPER_MIN_SIZE, PAPER_MAX_SIZE)
          : scaleSize(index.lineageDegree.get(node) ?? 0, maxDegree, PAPER_MIN_SIZE, PAPER_MAX_SIZE);
      nodes.set(node, { color, size, type: NODE_TYPE.paper, zIndex: Z.paper, forceLabel: false });
    } else if (isSection(attrs)) {
      const count = index.sectionPapers.get(node)?.length ?? 0;
      const top = attrs.depth <= 1;
      const size = top
        ? scaleSize(count, maxTopCount, HUB_TOP_MIN_SIZE, HUB_TOP_MAX_SIZE)
        : scaleSize(count, maxSubCount, HUB_SUB_MIN_SIZE, HUB_SUB_MAX_SIZE);
      nodes.set(node, { color, size, type: NODE_TYPE.hub, zIndex: Z.hub, forceLabel: top });
    } else {
      // Suggestions (papers outside the lists): the smallest paper look until their own is drawn.
      nodes.set(node, { color, size: PAPER_MIN_SIZE, type: NODE_TYPE.paper, zIndex: Z.paper, forceLabel: false });
    }
  });

  const edges = new Map<string, EdgeLook>();
  graph.forEachEdge((edge, attrs) => {
    if (attrs.kind === "lineage")
      edges.set(edge, {
        color: LINEAGE_EDGE_COLOR,
        size: attrs.influential ? INFLUENTIAL_LINEAGE_EDGE_SIZE : LINEAGE_EDGE_SIZE,
        type: EDGE_TYPE.lineage,
        zIndex: Z.lineageEdge,
      });
    else
      edges.set(edge, {
        color: SECTION_EDGE_COLOR,
        size: SECTION_EDGE_SIZE,
        type: EDGE_TYPE.section,
        zIndex: Z.sectionEdge,
      });
  });
  return { nodes, edges, sizedBy };
}
