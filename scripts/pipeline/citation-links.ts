// Citation pairs (./citation-file.ts) → `cites` lineage between papers of the map. A pair naming a
// paper outside the lists is kept, with which side is missing, for the report and for the stages
// that turn cited papers outside the lists into suggestions. Pure: papers and pairs in, data out.
import type { LineageEvidence } from "../../src/model";
import { displayName } from "./assemble";
import { type CitationPair, type PaperRef, refKey } from "./citation-file";
import { isLater } from "./dates";
import type { Lineage, Paper } from "./types";

/** A pair with a side that is not a paper of the map. */
export interface OffMapPair {
  pair: CitationPair;
  /** The paper keys the pair resolved to, where it did. */
  citingKey?: string;
  citedKey?: string;
}

export interface CitationResolution {
  /** One link per pair of papers, with the evidence of every row that names it. */
  lineage: Lineage[];
  /** Rows that became (or joined) a link. */
  drawn: CitationPair[];
  offMap: OffMapPair[];
}

/** How the source column's usual words read in evidence. */
const SOURCE_WORDING: Record<string, (name: string) => string> = {
  "reference-list": (name) => `in the reference list of ${name}`,
  openalex: (name) => `in the references OpenAlex records for ${name}`,
  "semantic-scholar": (name) => `in the references Semantic Scholar records for ${name}`,
};

function indexPapers(papers: Paper[]): Map<string, Paper> {
  const index = new Map<string, Paper>();
  for (const paper of papers) {
    index.set(paper.key, paper);
    if (paper.arxivId) index.set(`arxiv:${paper.arxivId}`, paper);
    if (paper.doi) index.set(`doi:${paper.doi.toLowerCase()}`, paper);
  }
  return index;
}

function sourceKey(source: string): string {
  const key = source
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (key === "s2") return "semantic-scholar";
  return key === "references" || key === "pdf" ? "reference-list" : key;
}

/** `in the reference list of LLaMA (arXiv:2302.13971v1)`: which paper's references, read where. */
export function citationText(pair: CitationPair, citing: Paper): string {
  const name = displayName(citing);
  const wording = SOURCE_WORDING[sourceKey(pair.source)];
  const id = citing.arxivId ? ` (arXiv:${citing.arxivId}${pair.citingVersion ?? ""})` : "";
  if (wording) return `${wording(name)}${id}`;
  return pair.source ? `in the references of ${name}${id}, per ${pair.source}` : `in the references of ${name}${id}`;
}

function evidenceOf(pair: CitationPair, citing: Paper): LineageEvidence {
  const evidence: LineageEvidence = {
    kind: "cites",
    text: citationText(pair, citing),
    source: `${pair.file}:${pair.line}`,
  };
  if (pair.evidence) evidence.detail = pair.evidence;
  if (pair.citingVersion) evidence.citingVersion = pair.citingVersion;
  return evidence;
}

function find(index: Map<string, Paper>, ref: PaperRef): Paper | undefined {
  return index.get(refKey(ref));
}

export function resolveCitations(pairs: CitationPair[], papers: Paper[]): CitationResolution {
  const index = indexPapers(papers);
  const byPair = new Map<string, Lineage>();
  const drawn: CitationPair[] = [];
  const offMap: OffMapPair[] = [];
  for (const pair of pairs) {
    const citing = find(index, pair.citing);
    const cited = find(index, pair.cited);
    if (!citing || !cited || citing === cited) {
      // The same paper on both sides (an arXiv ID and its DOI) is no link; it is reported with the rest.
      offMap.push({ pair, ...(citing ? { citingKey: citing.key } : {}), ...(cited ? { citedKey: cited.key } : {}) });
      continue;
    }
    const key = `${citing.key}\u0000${cited.key}`;
    const lineage = byPair.get(key) ?? { from: citing.key, to: cited.key, evidence: [] };
    lineage.evidence.push(evidenceOf(pair, citing));
    byPair.set(key, lineage);
    drawn.push(pair);
  }
  return { lineage: [...byPair.values()], drawn, offMap };
}

/**
 * Flags each citation whose cited paper came out after the citing one (a revised version's reference
 * list, or a source's merged record): kept and drawn as "cites a later paper", never followed as lineage.
 */
export function flagBackwards(lineage: Lineage[], papers: Paper[]): Lineage[] {
  const byKey = new Map(papers.map((p) => [p.key, p]));
  return lineage.map((link) => {
    const from = byKey.get(link.from);
    const to = byKey.get(link.to);
    const { backwards: _previous, ...rest } = link;
    if (!from || !to || !isLater(to, from) || !link.evidence.some((e) => e.kind === "cites")) return rest;
    return { ...rest, backwards: true };
  });
}
