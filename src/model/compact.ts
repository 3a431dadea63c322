// The graph file as the build writes it: a compact core, which is all the first frame needs, and
// its details, streamed after the first frame and merged into the same attribute objects.
//
// THE RULE for code that reads node or edge attributes (read this before adding a reader):
//   - From the first frame on, a node or edge holds its CORE fields (CORE_FIELDS below): what the
//     map, the filters, the legend, the timeline, the regions, the URL and the keyboard read.
//   - Every other field (DETAIL fields: titles, names, authors, summaries, links, provenance,
//     evidence text, a section's description, and any field the build adds later) arrives with the
//     details. Until then a lineage link's evidence entries carry only `kind` and `influential`.
//   - The shell (src/main.ts) mounts the features that read details (the panel and its extensions,
//     search, the list view, export, the suggested-reading view) once `details.ready` has resolved,
//     so they may read any field. A new feature that reads a detail field is mounted there too, or
//     awaits `details.ready` itself; a feature mounted with the map reads core fields only.
//   - Details are merged into the attribute objects in place, without graph events (no sigma
//     refresh); the graph's structure (nodes, edges) never changes after import.
// A file holding header + graphology's serialised graph ("whole", as tests and tools write it)
// is read as well: it has every field from the start, and `details.ready` resolves at once.
import type { NodeAttributes } from "./graph-file";

export const DETAILS_FORMAT = "ai-reading-graph-details";

/** The fields each kind of node has from the first frame; all others are details. */
export const CORE_FIELDS = {
  paper: ["kind", "label", "shortName", "year", "month", "citationCount", "sections", "topSection", "x", "y", "size"],
  section: ["kind", "label", "list", "path", "depth", "topSection", "paperCount", "x", "y", "size"],
  suggestion: [
    "kind",
    "label",
    "year",
    "month",
    "citationCount",
    "citedBy",
    "sections",
    "topSection",
    "rank",
    "x",
    "y",
    "size",
  ],
  lineage: ["kind", "kinds", "influential", "backwards", "size", "evidence (kind and influential of each entry)"],
  reference: ["kind", "backwards", "size", "evidence (kind and influential of each entry)"],
  member: ["kind", "size"],
  subsection: ["kind", "size"],
} as const satisfies Record<
  NodeAttributes["kind"] | "lineage" | "reference" | "member" | "subsection",
  readonly string[]
>;

/** One letter a node in `CoreNodes.kinds`. */
export const KIND_LETTERS = { paper: "p", section: "s", suggestion: "g" } as const;

/** Nodes as columns, in the graph's order; an absent value is null. */
export interface CoreNodes {
  keys: string[];
  /** One letter a node (KIND_LETTERS). */
  kinds: string;
  labels: string[];
  x: number[];
  y: number[];
  size: number[];
  /** Index of the node's top-level section. */
  top: number[];
  /** Papers and suggestions: year × 100 + month (month 0 when only the year is known); null when undated. */
  dates: (number | null)[];
  /** Papers and suggestions: indices of the sections they are listed in (empty for sections). */
  listings: number[][];
  /** A paper's short name; SAME_AS_LABEL when it is its label (most are), null when it has none. */
  shortNames: (string | typeof SAME_AS_LABEL | null)[];
  citations: (number | null)[];
  /** Section nodes only, in their order among the nodes. */
  sections: { list: string[]; path: string[][]; depth: number[]; papers: number[]; parent: number[] };
  /** Suggestion nodes only, in their order: the indices of the papers citing each, and its rank. */
  suggestions: { citedBy: number[][]; rank: number[] };
}

/** Lineage links or references, as columns, in the graph's order. */
export interface CoreLinks {
  source: number[];
  target: number[];
  /** Bit i set for LINEAGE_KINDS[i] (references: 0). */
  kinds: number[];
  /** LINK_INFLUENTIAL | LINK_BACKWARDS. */
  flags: number[];
  size: number[];
  /** Each link's evidence entries, as LINEAGE_KINDS index × 2 + 1 when influential. */
  evidence: number[][];
}

/** In `CoreNodes.shortNames`: the short name is the node's label, so it is not written twice. */
export const SAME_AS_LABEL = 1;

export const LINK_INFLUENTIAL = 1;
export const LINK_BACKWARDS = 2;

export interface DetailsInfo {
  /** A hash of the details file's body (detailsId): the app checks that both parts come from one build. */
  id: string;
  /** Nodes and links (lineage, then references) the details file describes, in core order. */
  nodes: number;
  links: number;
}

export interface CoreFile<Header = unknown> {
  header: Header & { details: DetailsInfo };
  /** graphology's graph options. */
  options: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  nodes: CoreNodes;
  lineage: CoreLinks;
  references: CoreLinks;
}

/**
 * The details file: JSON lines. The first is `{ format, version, id }`; each other line is a
 * chunk: `{ from, nodes }` (the detail fields of nodes from..from+n−1, core order) or
 * `{ from, links }` (the evidence of links from..from+n−1: lineage links, then references).
 */
export interface DetailsHead {
  format: typeof DETAILS_FORMAT;
  version: number;
  id: string;
}

export type DetailsChunk =
  { from: number; nodes: Record<string, unknown>[] } | { from: number; links: Record<string, unknown>[] };

/** Nodes or links a details line holds: small enough to parse and merge within one frame's budget. */
export const DETAILS_CHUNK = 500;

/** Where a graph file's details are: beside it, `graph.json` → `graph.details.ndjson`. */
export function detailsPathFor(path: string): string {
  return `${path.replace(/\.json$/, "")}.details.ndjson`;
}

/** Edge keys follow one rule (the build's), so the core file does not store them. */
export function edgeKey(kind: "member" | "subsection" | "lineage" | "reference", source: string, target: string) {
  switch (kind) {
    case "subsection":
      return `s:${source}`;
    case "member":
      return `m:${source}>${target}`;
    case "lineage":
      return `l:${source}>${target}`;
    case "reference":
      return `r:${source}>${target}`;
  }
}

/** A 53-bit hash of a text (cyrb53), in hex: pairs a core file with its details, no security meant. */
export function detailsId(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
