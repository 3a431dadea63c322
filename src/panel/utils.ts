// Pure helpers for the panel: dates, links, lineage neighbours, section trails.
import type { GraphIndex, PaperGraph } from "../load";
import { displayName } from "../load/display-name";
import { type PaperAttributes, arxivAbsUrl, arxivPdfUrl, followsLineage, isLineage, isPaper } from "../model";
import { safeHttpUrl } from "../ui/links";
import type { LineageRef, NodeRef } from "./types";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "June 2017", "2017", or "Undated". */
export function formatDate(year: number | undefined, month: number | undefined): string {
  if (year === undefined) return "Undated";
  const name = month !== undefined ? MONTHS[month - 1] : undefined;
  return name ? `${name} ${year}` : `${year}`;
}

export interface PanelLink {
  label: string;
  url: string;
}

/** arXiv abstract and PDF, the DOI, then the list's own links; http(s) only, no duplicates. */
export function paperLinks(paper: PaperAttributes): PanelLink[] {
  const links: PanelLink[] = [];
  const seen = new Set<string>();
  const add = (label: string, raw: string) => {
    const url = safeHttpUrl(raw);
    if (!url || seen.has(url)) return;
    seen.add(url);
    links.push({ label, url });
  };
  if (paper.arxivId) {
    add("arXiv abstract", arxivAbsUrl(paper.arxivId));
    add("PDF", arxivPdfUrl(paper.arxivId));
  }
  if (paper.doi) add("DOI", `https://doi.org/${paper.doi}`);
  for (const link of paper.links)
    add(link.label && link.label !== paper.title ? link.label : "Original link", link.url);
  return links;
}

export function nodeRef(graph: PaperGraph, key: string): NodeRef {
  const attrs = graph.getNodeAttributes(key);
  // The panel has room for a full title where the map's label is a shortened one.
  const label = displayName(graph, key);
  const ref: NodeRef = { key, label, title: isPaper(attrs) ? attrs.title : attrs.label };
  if (isPaper(attrs) && attrs.year !== undefined) ref.year = attrs.year;
  return ref;
}

/** Oldest first, undated last, then by label, so lists read as a timeline. */
export function byYear(a: NodeRef, b: NodeRef): number {
  const ya = a.year ?? Infinity;
  const yb = b.year ?? Infinity;
  return ya !== yb ? ya - yb : a.label.localeCompare(b.label);
}

/** A paper's lineage neighbours, by direction. */
export interface PaperLineage {
  /** Papers it builds on (its outgoing lineage links). */
  buildsOn: LineageRef[];
  /** Papers that build on it (incoming). */
  builtOnBy: LineageRef[];
  /** Later papers it cites (a revised version's references): drawn, but not lineage. */
  citesLater: LineageRef[];
  /** Earlier papers whose revised versions cite it. */
  citedByEarlier: LineageRef[];
}

/** Papers `paper` builds on and those that build on it; citations of a later paper apart (see `followsLineage`). */
export function lineageOf(graph: PaperGraph, paper: string): PaperLineage {
  const lineage: PaperLineage = { buildsOn: [], builtOnBy: [], citesLater: [], citedByEarlier: [] };
  graph.forEachEdge(paper, (_edge, attrs, source, target) => {
    if (!isLineage(attrs) || source === target) return;
    const other = source === paper ? target : source;
    const ref: LineageRef = {
      ...nodeRef(graph, other),
      evidence: attrs.evidence.map((e) => ({
        text: e.text,
        source: e.source,
        kind: e.kind,
        ...(e.detail ? { detail: e.detail } : {}),
        ...(e.influential ? { influential: true } : {}),
      })),
    };
    const outgoing = source === paper;
    if (followsLineage(attrs)) (outgoing ? lineage.buildsOn : lineage.builtOnBy).push(ref);
    else (outgoing ? lineage.citesLater : lineage.citedByEarlier).push(ref);
  });
  for (const refs of Object.values(lineage)) refs.sort(byYear);
  return lineage;
}

/** The section's ancestors, outermost first (following sub-section edges up to the top). */
export function sectionTrail(graph: PaperGraph, section: string): string[] {
  const trail: string[] = [];
  const seen = new Set([section]);
  let current = section;
  for (;;) {
    const parent = graph.findOutNeighbor(
      current,
      (neighbor) => !seen.has(neighbor) && graph.getNodeAttribute(neighbor, "kind") === "section",
    );
    if (parent === undefined) break;
    trail.unshift(parent);
    seen.add(parent);
    current = parent;
  }
  return trail;
}

/** Direct sub-sections of a section, in the graph's order (the build adds them in list order). */
export function subsectionsOf(graph: PaperGraph, section: string): NodeRef[] {
  const subs: NodeRef[] = [];
  graph.forEachInEdge(section, (_edge, attrs, source) => {
    if (attrs.kind === "subsection") subs.push(nodeRef(graph, source));
  });
  return subs;
}

export function papersOf(graph: PaperGraph, index: GraphIndex, section: string): NodeRef[] {
  return (index.sectionPapers.get(section) ?? []).map((key) => nodeRef(graph, key)).sort(byYear);
}

/** The first `limit` characters of a long text, cut at a word boundary; null when it is short enough. */
export function shorten(text: string, limit: number): string | null {
  if (text.length <= limit) return null;
  const cut = text.lastIndexOf(" ", limit);
  return `${text.slice(0, cut > limit / 2 ? cut : limit).trimEnd()}…`;
}
