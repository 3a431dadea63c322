// Lineage figures of the default offline build (the real lists and citation files, no cache): how
// many lineage links and linked papers it has, how well the name links agree with the reference
// lists (precision and recall, as in the build report), and how much the layout brings papers that
// build on each other together (median distance of linked pairs against all pairs of papers).
import type { GraphFile } from "../../src/model";
import { buildGraph } from "../pipeline/build";
import { lineageQuality } from "../pipeline/quality";
import { readCitationFiles } from "../sources/citations";
import { listFiles, readList } from "../sources/lists";
import { round } from "./stats";

export interface LineageBenchResult {
  papers: number;
  lineageLinks: number;
  papersLinked: number;
  citesLinks: number;
  backwards: number;
  precision: number | null;
  recall: number | null;
  /** Precision over the name links the files can judge (the cited paper on arXiv). */
  judgedPrecision: number | null;
  judgeable: number;
  confirmed: number;
  namedLinks: number;
  found: number;
  citations: number;
  /** Median layout distance between papers joined by a lineage link, by a citation of the files, and between any two papers. */
  medianDistance: { linked: number; cited: number; allPairs: number };
  /** linked / allPairs and cited / allPairs: below 1, lineage pulls papers together. */
  closeness: { linked: number; cited: number };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median distances in the layout: every pair of papers is measured, no sampling. */
export function layoutDistances(file: GraphFile, cited: Array<{ from: string; to: string }>) {
  const at = new Map<string, { x: number; y: number }>();
  for (const n of file.graph.nodes) if (n.attributes?.kind === "paper") at.set(n.key, n.attributes);
  const dist = (a: string, b: string) => {
    const p = at.get(a);
    const q = at.get(b);
    return p && q ? Math.hypot(p.x - q.x, p.y - q.y) : NaN;
  };
  const linked = file.graph.edges
    .filter((e) => e.attributes?.kind === "lineage")
    .map((e) => dist(e.source, e.target))
    .filter(Number.isFinite);
  const keys = [...at.keys()];
  const all: number[] = [];
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) all.push(dist(keys[i]!, keys[j]!));
  return {
    linked: median(linked),
    cited: median(cited.map((c) => dist(c.from, c.to)).filter(Number.isFinite)),
    allPairs: median(all),
  };
}

export async function benchLineage(options: { lists?: string; citations?: string } = {}): Promise<LineageBenchResult> {
  const inputs = listFiles(options.lists ?? "data/lists").map(readList);
  const citations = readCitationFiles(options.citations ?? "data/citations", false);
  const result = await buildGraph(inputs, { citations });
  const lineage = result.file.graph.edges.filter((e) => e.attributes?.kind === "lineage");
  const asLineage = lineage.map((e) => ({
    from: e.source,
    to: e.target,
    evidence: e.attributes!.kind === "lineage" ? e.attributes!.evidence : [],
  }));
  const q = lineageQuality(asLineage, result.citations.resolution);
  const d = layoutDistances(result.file, result.citations.resolution.lineage);
  return {
    papers: result.file.header.counts.papers,
    lineageLinks: lineage.length,
    papersLinked: new Set(lineage.flatMap((e) => [e.source, e.target])).size,
    citesLinks: lineage.filter((e) => e.attributes?.kind === "lineage" && e.attributes.kinds.includes("cites")).length,
    backwards: lineage.filter((e) => e.attributes?.kind === "lineage" && e.attributes.backwards).length,
    precision: q.precision === null ? null : round(q.precision, 3),
    recall: q.recall === null ? null : round(q.recall, 3),
    judgedPrecision: q.judgedPrecision === null ? null : round(q.judgedPrecision, 3),
    judgeable: q.judgeable,
    confirmed: q.confirmed,
    namedLinks: q.namedLinks,
    found: q.found,
    citations: q.citations,
    medianDistance: { linked: round(d.linked, 1), cited: round(d.cited, 1), allPairs: round(d.allPairs, 1) },
    closeness: { linked: round(d.linked / d.allPairs, 3), cited: round(d.cited / d.allPairs, 3) },
  };
}

const pct = (v: number | null) => (v === null ? "–" : `${(v * 100).toFixed(1)} %`);

export function renderLineageResults(r: LineageBenchResult): string {
  return [
    "",
    "## Lineage (default offline build: the real lists and citation files, no cache)",
    "",
    "| measure | value |",
    "|---|---:|",
    `| lineage links | ${r.lineageLinks} (${r.citesLinks} with a citation, ${r.backwards} of a later paper) |`,
    `| papers with a lineage link | ${r.papersLinked} of ${r.papers} |`,
    `| precision of the name links against the reference lists | ${pct(r.precision)} (${r.confirmed} of ${r.namedLinks}) |`,
    `| precision over the links they can judge (cited paper on arXiv) | ${pct(r.judgedPrecision)} (${r.confirmed} of ${r.judgeable}) |`,
    `| recall of the name links | ${pct(r.recall)} (${r.found} of ${r.citations}) |`,
    `| median layout distance, linked papers / all pairs | ${r.medianDistance.linked} / ${r.medianDistance.allPairs} = ${r.closeness.linked} |`,
    `| median layout distance, cited pairs of the files / all pairs | ${r.medianDistance.cited} / ${r.medianDistance.allPairs} = ${r.closeness.cited} |`,
    "",
  ].join("\n");
}
