// The whole graph as GEXF 1.3 for Gephi (and Gephi Lite, Cytoscape, networkx), written by
// graphology-gexf. Positions, sizes and colours are the map's; GEXF attributes are flat, so lists
// become "; "-joined strings and nested records one readable line each. 1.3 rather than the
// writer's default 1.2, whose viz namespace it writes malformed (`http:///www.gexf.net/…`).
import write from "graphology-gexf/browser/writer.js";

import type { PaperGraph } from "../load";
import type { Appearance } from "../map/appearance";
import {
  type EdgeAttributes,
  type GraphHeader,
  type NodeAttributes,
  arxivAbsUrl,
  isSection,
  isSuggestion,
} from "../model";

const LIST_SEPARATOR = "; ";

type Flat = Record<string, string | number | boolean>;

/** Only the values that are there: GEXF has no "absent", and empty strings would read as data. */
function compact(values: Record<string, string | number | boolean | undefined | null>): Flat {
  const flat: Flat = {};
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== "") flat[name] = value;
  return flat;
}

export function nodeAttributes(attrs: NodeAttributes, topSectionLabel: string): Flat {
  if (isSuggestion(attrs))
    return compact({
      kind: "suggestion",
      title: attrs.title,
      year: attrs.year,
      month: attrs.month,
      authors: attrs.authors?.join(LIST_SEPARATOR),
      arxivId: attrs.arxivId,
      doi: attrs.doi,
      citedBy: attrs.citedBy.join(LIST_SEPARATOR),
      topSection: topSectionLabel,
    });
  if (isSection(attrs))
    return compact({
      kind: "section",
      list: attrs.list,
      path: attrs.path.join(" › "),
      depth: attrs.depth,
      papers: attrs.paperCount,
      topSection: topSectionLabel,
      description: attrs.description,
    });
  return compact({
    kind: "paper",
    title: attrs.title,
    shortName: attrs.shortName,
    year: attrs.year,
    month: attrs.month,
    authors: attrs.authors?.join(LIST_SEPARATOR),
    arxivId: attrs.arxivId,
    doi: attrs.doi,
    url: attrs.arxivId ? arxivAbsUrl(attrs.arxivId) : attrs.links[0]?.url,
    citationCount: attrs.citationCount,
    lists: attrs.lists.join(LIST_SEPARATOR),
    sections: attrs.sections.map((s) => [s.list, ...s.path].join(" › ")).join(LIST_SEPARATOR),
    topSection: topSectionLabel,
    summaries: attrs.summaries.map((s) => `${s.text} (${s.list}, line ${s.line})`).join("\n\n"),
    tldr: attrs.tldr,
    abstract: attrs.abstract,
  });
}

export function edgeAttributes(attrs: EdgeAttributes): Flat {
  if (attrs.kind === "reference")
    return compact({
      relation: "cites (a paper outside the lists)",
      evidence: attrs.evidence.map((e) => `${e.text} (${e.source})`).join(LIST_SEPARATOR),
    });
  if (attrs.kind !== "lineage") return { relation: attrs.kind === "member" ? "listed in" : "sub-section of" };
  return compact({
    relation: "builds on",
    kinds: attrs.kinds.join(LIST_SEPARATOR),
    influential: attrs.influential,
    evidence: attrs.evidence.map((e) => `${e.kind}: ${e.text}${e.source ? ` (${e.source})` : ""}`).join(LIST_SEPARATOR),
  });
}

export interface GexfOptions {
  appearance: Appearance;
  header: GraphHeader;
}

export function toGexf(graph: PaperGraph, { appearance, header }: GexfOptions): string {
  const topLabels = new Map(header.topSections.map((t) => [t.id, t.label]));
  // The writer reads the graph's own attributes as <meta>; a copy carries them, never the data graph.
  const copy = graph.copy();
  copy.replaceAttributes({
    creator: "AI reading graph",
    description: `${header.counts.papers} papers from ${header.lists.map((l) => l.file).join(", ")}: arrows go from a paper to the paper it builds on; thin edges tie papers to the sections that list them.`,
  } as never);
  return write(copy, {
    version: "1.3",
    formatNode: (key, attrs) => {
      const look = appearance.nodes.get(key);
      return {
        label: attrs.label,
        attributes: nodeAttributes(attrs, topLabels.get(attrs.topSection) ?? ""),
        viz: { x: attrs.x, y: attrs.y, size: look?.size ?? attrs.size, ...(look ? { color: look.color } : {}) },
      };
    },
    formatEdge: (key, attrs) => ({
      weight: attrs.kind === "lineage" ? (attrs.influential ? 2 : 1) : 0.5,
      attributes: edgeAttributes(attrs),
      viz: { thickness: appearance.edges.get(key)?.size ?? 1 },
    }),
  });
}
