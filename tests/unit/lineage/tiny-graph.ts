// Tiny lineage graphs for the lineage, reading-order and export tests: papers named by a letter,
// links written "A>B" (A builds on B), optional section membership to check sections never count.
import Graph from "graphology";

import type { PaperGraph } from "../../../src/load";
import type { EdgeAttributes, GraphAttributes, LineageKind, NodeAttributes, PaperAttributes } from "../../../src/model";

export interface TinyPaper {
  key: string;
  year?: number;
  month?: number;
  title?: string;
  arxivId?: string;
  authors?: string[];
  links?: { label: string; url: string }[];
  shortName?: string;
}

export interface TinyLink {
  /** "A>B": A builds on B. */
  link: string;
  kinds?: LineageKind[];
  influential?: boolean;
  evidence?: number;
  /** A citation of a later paper (see LineageEdgeAttributes.backwards). */
  backwards?: boolean;
}

export function tinyPaper(p: TinyPaper): PaperAttributes {
  const attrs: PaperAttributes = {
    kind: "paper",
    label: p.shortName ?? p.title ?? p.key,
    title: p.title ?? `Paper ${p.key}`,
    names: [],
    sections: [{ id: "S", list: "tiny", path: ["Section"] }],
    topSection: "S",
    summaries: [],
    links: p.links ?? [],
    lists: ["tiny"],
    provenance: { title: "list" },
    x: 0,
    y: 0,
    size: 1,
  };
  if (p.year !== undefined) attrs.year = p.year;
  if (p.month !== undefined) attrs.month = p.month;
  if (p.arxivId) attrs.arxivId = p.arxivId;
  if (p.authors) attrs.authors = p.authors;
  if (p.shortName) attrs.shortName = p.shortName;
  return attrs;
}

export function tinyGraph(papers: (TinyPaper | string)[], links: (TinyLink | string)[]): PaperGraph {
  const graph: PaperGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: "directed",
    multi: false,
  });
  graph.addNode("S", {
    kind: "section",
    label: "Section",
    list: "tiny",
    path: ["Section"],
    depth: 1,
    topSection: "S",
    paperCount: papers.length,
    x: 0,
    y: 0,
    size: 1,
  });
  for (const p of papers) {
    const paper = typeof p === "string" ? { key: p } : p;
    graph.addNode(paper.key, tinyPaper(paper));
    // Every paper shares the section: a path or an ancestry through it would be wrong.
    graph.addEdge(paper.key, "S", { kind: "member", size: 1 });
  }
  for (const l of links) {
    const link = typeof l === "string" ? { link: l } : l;
    const [source, target] = link.link.split(">") as [string, string];
    const kinds = link.kinds ?? ["mentions"];
    graph.addEdgeWithKey(`${source}>${target}`, source, target, {
      kind: "lineage",
      kinds,
      evidence: Array.from({ length: link.evidence ?? 1 }, (_, i) => ({
        kind: kinds[i % kinds.length]!,
        text: `evidence ${i + 1}`,
        source: "tiny.md:1",
      })),
      influential: link.influential ?? false,
      ...(link.backwards ? { backwards: true } : {}),
      size: 1,
    });
  }
  return graph;
}
