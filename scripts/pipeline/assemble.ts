// Stage 6, assemble: papers, sections and lineage → a graphology graph with the shared
// schema's attributes. Section nodes (and their parent links) give the force layout one hub
// per section, so each section's papers cluster around it. Positions are set by ./layout.
import Graph from "graphology";

import {
  type EdgeAttributes,
  LINEAGE_KINDS,
  type LineageEdgeAttributes,
  type LineageKind,
  type NodeAttributes,
  type PaperAttributes,
  type SectionAttributes,
  type TopSection,
} from "../../src/model";
import { sectionAncestry } from "./sections";
import type { Lineage, Paper, SectionInfo } from "./types";

export type PaperGraph = Graph<NodeAttributes, EdgeAttributes>;

export const PAPER_SIZE = { base: 3, perLineageRoot: 2.2, perCitationLog: 1.6 } as const;
export const SECTION_SIZE_BY_DEPTH = [14, 10, 8, 7] as const;
const MAP_LABEL_LENGTH = 48;

/** What the map draws next to a paper: its short name, or its title cut at a word boundary. */
export function mapLabel(paper: Pick<Paper, "names" | "title">): string {
  const name = paper.names[0];
  if (name) return name;
  if (paper.title.length <= MAP_LABEL_LENGTH) return paper.title;
  const cut = paper.title.slice(0, MAP_LABEL_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 24)).replace(/[\s,:;.-]+$/, "")}…`;
}

/** The name the map and the panel show for a paper: its own short name, one from its notes, else its label. */
export function displayName(paper: Pick<Paper, "names" | "textNames" | "title">): string {
  return paper.names[0] ?? paper.textNames[0] ?? mapLabel(paper);
}

/** The section that colours a paper: its most specific listing (ties go to the first). */
function colourSection(paper: Paper): { list: string; path: string[] } {
  let best = paper.sections[0]!;
  for (const section of paper.sections) if (section.path.length > best.path.length) best = section;
  return best;
}

export interface AssembleResult {
  graph: PaperGraph;
  topSections: TopSection[];
}

export function assemble(papers: Paper[], lineage: Lineage[], sections: SectionInfo[]): AssembleResult {
  const graph: PaperGraph = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  const descriptions = new Map(sections.map((s) => [`${s.list}\u0000${s.path.join("\u0000")}`, s.description]));
  const topSections: TopSection[] = [];
  const counts = new Map<string, number>();

  // Section nodes first, in list order, so the file reads top-down like the lists.
  for (const paper of papers) {
    for (const ref of paper.sections) {
      const chain = sectionAncestry(ref.list, ref.path);
      chain.forEach(({ id, path }, depth) => {
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (graph.hasNode(id)) return;
        const top = chain[0]!.id;
        if (depth === 0) topSections.push({ id, label: path[0]!, list: ref.list });
        const attributes: SectionAttributes = {
          kind: "section",
          label: path[path.length - 1]!,
          list: ref.list,
          path,
          depth: depth + 1,
          topSection: top,
          paperCount: 0,
          x: 0,
          y: 0,
          size: SECTION_SIZE_BY_DEPTH[Math.min(depth, SECTION_SIZE_BY_DEPTH.length - 1)]!,
        };
        const description = descriptions.get(`${ref.list}\u0000${path.join("\u0000")}`);
        if (description) attributes.description = description;
        graph.addNode(id, attributes);
        if (depth > 0) graph.addEdgeWithKey(`s:${id}`, id, chain[depth - 1]!.id, { kind: "subsection", size: 1 });
      });
    }
  }
  for (const [id, count] of counts) graph.mergeNodeAttributes(id, { paperCount: count });

  const lineageDegree = new Map<string, number>();
  for (const { from, to } of lineage) {
    lineageDegree.set(from, (lineageDegree.get(from) ?? 0) + 1);
    lineageDegree.set(to, (lineageDegree.get(to) ?? 0) + 1);
  }

  for (const paper of papers) {
    const colour = colourSection(paper);
    const degree = lineageDegree.get(paper.key) ?? 0;
    const citationBoost = paper.citationCount ? PAPER_SIZE.perCitationLog * Math.log10(1 + paper.citationCount) : 0;
    const attributes: PaperAttributes = {
      kind: "paper",
      label: mapLabel(paper),
      title: paper.title,
      names: [...paper.names, ...paper.textNames],
      sections: paper.sections,
      topSection: sectionAncestry(colour.list, colour.path)[0]!.id,
      summaries: paper.summaries,
      links: paper.links,
      lists: paper.lists,
      provenance: paper.provenance,
      x: 0,
      y: 0,
      size: round(PAPER_SIZE.base + PAPER_SIZE.perLineageRoot * Math.sqrt(degree) + citationBoost),
    };
    const shortName = paper.names[0] ?? paper.textNames[0];
    if (shortName) attributes.shortName = shortName;
    if (!paper.names[0] && shortName) attributes.label = shortName;
    for (const field of [
      "arxivId",
      "doi",
      "year",
      "month",
      "authors",
      "venue",
      "abstract",
      "tldr",
      "citationCount",
    ] as const) {
      if (paper[field] !== undefined) (attributes as unknown as Record<string, unknown>)[field] = paper[field];
    }
    graph.addNode(paper.key, attributes);
    for (const ref of paper.sections)
      graph.addEdgeWithKey(`m:${paper.key}>${ref.id}`, paper.key, ref.id, { kind: "member", size: 1 });
  }

  for (const { from, to, evidence, backwards } of lineage) {
    const kinds = LINEAGE_KINDS.filter((kind: LineageKind) => evidence.some((e) => e.kind === kind));
    const attributes: LineageEdgeAttributes = {
      kind: "lineage",
      kinds,
      evidence,
      influential: evidence.some((e) => e.influential === true),
      size: kinds.includes("version") || kinds.includes("cites") ? 2 : 1.5,
    };
    if (backwards) attributes.backwards = true;
    graph.addEdgeWithKey(`l:${from}>${to}`, from, to, attributes);
  }
  return { graph, topSections };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
