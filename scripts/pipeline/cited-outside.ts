// The references that leave the map: for every paper of the lists, the papers its reference list
// names (Semantic Scholar's records, the citation files) that are not papers of the lists, grouped
// into one candidate per cited paper however each source names it (arXiv ID, DOI, Semantic Scholar
// paperId). Pure: papers, requests, knowledge and citation pairs in; candidates out.
import type { LineageEvidence } from "../../src/model";
import type { OffMapPair } from "./citation-links";
import { CITATION_SOURCE, citationEvidence, references } from "./enrich";
import type { Knowledge, RecordRequest, S2Reference } from "./knowledge";
import type { Paper } from "./types";

/** A paper outside the lists and who cites it; `ids` are `arxiv:…`, `doi:…` (lower case) and `s2:…`. */
export interface CitedOutside {
  ids: Set<string>;
  /** Paper key of each citing paper of the lists → the evidence of its citation. */
  citers: Map<string, LineageEvidence[]>;
}

export interface CitedOutsideResult {
  /** Every paper outside the lists that a paper of the lists cites, most citing papers first. */
  candidates: CitedOutside[];
  /** References no source gave an identity for (no paperId, arXiv ID or DOI): they cannot be counted. */
  unidentified: number;
}

/** A tiny union-find over ID strings: two references that share any ID are one paper. */
class Identities {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(id)) this.parent.set(id, id);
    // Path compression keeps the chains short for papers named many ways.
    let node = id;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(ids: string[]): void {
    const roots = ids.map((id) => this.find(id)).sort();
    for (const root of roots.slice(1)) this.parent.set(root, roots[0]!);
  }
}

/** The IDs a Semantic Scholar key names: a paperId, `ARXIV:<id>` or `DOI:<doi>`. */
export function idOfS2Key(key: string): string {
  if (key.startsWith("ARXIV:")) return `arxiv:${key.slice(6)}`;
  if (key.startsWith("DOI:")) return `doi:${key.slice(4).toLowerCase()}`;
  return `s2:${key}`;
}

/** The key Semantic Scholar's batch endpoint answers for these IDs: the paperId when known. */
export function s2KeyOf(ids: Iterable<string>): string | undefined {
  const list = [...ids].sort();
  const s2 = list.find((id) => id.startsWith("s2:"));
  if (s2) return s2.slice(3);
  const arxiv = list.find((id) => id.startsWith("arxiv:"));
  if (arxiv) return `ARXIV:${arxiv.slice(6)}`;
  const doi = list.find((id) => id.startsWith("doi:"));
  return doi ? `DOI:${doi.slice(4)}` : undefined;
}

function referenceIds(ref: { paperId?: string | null; arxivId?: string; doi?: string }): string[] {
  return [
    ...(ref.arxivId ? [`arxiv:${ref.arxivId}`] : []),
    ...(ref.doi ? [`doi:${ref.doi.toLowerCase()}`] : []),
    ...(ref.paperId ? [`s2:${ref.paperId}`] : []),
  ];
}

/** Every ID by which a paper of the lists is known: arXiv ID, DOI, and its Semantic Scholar paperId. */
function mapIds(papers: Paper[], requests: RecordRequest[], knowledge: Knowledge): Set<string> {
  const ids = new Set<string>();
  for (const paper of papers) {
    if (paper.arxivId) ids.add(`arxiv:${paper.arxivId}`);
    if (paper.doi) ids.add(`doi:${paper.doi.toLowerCase()}`);
  }
  for (const request of requests) {
    const record = knowledge.s2.get(request.s2Key);
    if (record) for (const id of referenceIds(record)) ids.add(id);
    else if (!request.arxivId) ids.add(`s2:${request.s2Key}`);
  }
  return ids;
}

interface Occurrence {
  ids: string[];
  citing: string;
  evidence: LineageEvidence;
}

function occurrences(
  requests: RecordRequest[],
  knowledge: Knowledge,
  offMap: OffMapPair[],
  papers: Map<string, Paper>,
): { found: Occurrence[]; unidentified: number } {
  const found: Occurrence[] = [];
  let unidentified = 0;
  for (const request of requests) {
    for (const ref of references(request, knowledge) as Array<S2Reference & { isInfluential?: boolean }>) {
      const ids = referenceIds(ref);
      if (ids.length === 0) unidentified += 1;
      else found.push({ ids, citing: request.paperKey, evidence: citationEvidence(ref, CITATION_SOURCE.s2) });
    }
  }
  for (const { pair, citingKey, citedKey } of offMap) {
    if (!citingKey || citedKey || !papers.has(citingKey)) continue;
    const id =
      pair.cited.kind === "arxiv" ? `arxiv:${pair.cited.id}` : pair.cited.kind === "doi" ? `doi:${pair.cited.doi}` : "";
    if (!id) continue; // a map key (`title:…`) that is not on the map names nothing outside it either
    const evidence: LineageEvidence = { kind: "cites", text: "cites it", source: `${pair.file}:${pair.line}` };
    if (pair.evidence) evidence.detail = pair.evidence;
    if (pair.citingVersion) evidence.citingVersion = pair.citingVersion;
    found.push({ ids: [id], citing: citingKey, evidence });
  }
  return { found, unidentified };
}

/**
 * The papers outside the lists that the lists' papers cite. Semantic Scholar's own records of those
 * papers (`knowledge.s2Cited`), once fetched, join IDs the references gave separately, and reveal a
 * reference that is a paper of the lists after all (named by a paperId the list paper's record lacks).
 */
export function citedOutside(
  papers: Paper[],
  requests: RecordRequest[],
  knowledge: Knowledge,
  offMap: OffMapPair[] = [],
): CitedOutsideResult {
  const onMap = mapIds(papers, requests, knowledge);
  const byKey = new Map(papers.map((p) => [p.key, p]));
  const { found, unidentified } = occurrences(requests, knowledge, offMap, byKey);
  const identities = new Identities();
  for (const { ids } of found) identities.union(ids);
  for (const [key, record] of knowledge.s2Cited)
    if (record) identities.union([idOfS2Key(key), ...referenceIds(record)]);

  const groups = new Map<string, CitedOutside>();
  for (const { ids, citing, evidence } of found) {
    const root = identities.find(ids[0]!);
    const group: CitedOutside = groups.get(root) ?? { ids: new Set<string>(), citers: new Map() };
    for (const id of ids) group.ids.add(id);
    const list = group.citers.get(citing) ?? [];
    if (!list.some((e) => e.source === evidence.source && e.text === evidence.text)) list.push(evidence);
    group.citers.set(citing, list);
    groups.set(root, group);
  }
  // IDs the fetched records add (an arXiv ID for a reference known only by paperId).
  for (const [key, record] of knowledge.s2Cited) {
    if (!record) continue;
    const group = groups.get(identities.find(idOfS2Key(key)));
    if (group) for (const id of referenceIds(record)) group.ids.add(id);
  }

  const candidates = [...groups.values()].filter((g) => ![...g.ids].some((id) => onMap.has(id)));
  candidates.sort((a, b) => b.citers.size - a.citers.size || (s2KeyOf(a.ids)! < s2KeyOf(b.ids)! ? -1 : 1));
  return { candidates, unidentified };
}
