// Stage 4, enrich: the knowledge the online sources gave (arXiv, Semantic Scholar, OpenAlex) →
// canonical metadata on each paper, and `cites` lineage between papers that are both in the
// graph. Precedence: arXiv over Semantic Scholar over the list text for title, authors, date and
// abstract; the curators' summaries are never touched (the app shows them as their notes).
// Pure: papers come back as new objects, and nothing here reads the clock or the network.
import { type LineageEvidence, arxivIdDate, normalizeArxivId } from "../../src/model";
import type {
  ArxivRecord,
  Knowledge,
  OpenAlexRecord,
  RecordRequest,
  S2Citation,
  S2Record,
  S2Reference,
} from "./knowledge";
import { s2KeyForArxiv } from "./knowledge";
import { cleanTitle } from "./titles";
import type { Lineage, Paper } from "./types";

export const CITATION_SOURCE = { s2: "Semantic Scholar", openalex: "OpenAlex" } as const;

/** What to fetch for each paper: its arXiv ID, and its Semantic Scholar key (by arXiv ID, or found by title). */
export function recordRequests(papers: Paper[], s2Ids: Map<string, string>): RecordRequest[] {
  const requests: RecordRequest[] = [];
  for (const paper of papers) {
    const label = `${paper.arxivId ? `arXiv ${paper.arxivId}` : paper.origins[0]} "${paper.title}"`;
    if (paper.arxivId)
      requests.push({
        paperKey: paper.key,
        arxivId: paper.arxivId,
        s2Key: s2KeyForArxiv(paper.arxivId),
        label,
        title: paper.title,
      });
    else {
      const s2Key = s2Ids.get(paper.titleKey);
      if (s2Key) requests.push({ paperKey: paper.key, s2Key, label, title: paper.title });
    }
  }
  return requests;
}

/** A paper's references: the detailed list (influence, intents) first, then what only the batch record names. */
export function references(request: RecordRequest, knowledge: Knowledge): S2Reference[] {
  const detailed = knowledge.s2References.get(request.s2Key) ?? [];
  const plain = knowledge.s2.get(request.s2Key)?.references ?? [];
  const seen = new Set(detailed.map((r) => r.paperId ?? r.arxivId));
  return [...detailed, ...plain.filter((r) => !seen.has(r.paperId ?? r.arxivId))];
}

interface GraphIndex {
  byArxiv: Map<string, string>;
  byS2: Map<string, string>;
  byWork: Map<string, string>;
}

function indexGraph(requests: RecordRequest[], knowledge: Knowledge): GraphIndex {
  const index: GraphIndex = { byArxiv: new Map(), byS2: new Map(), byWork: new Map() };
  for (const r of requests) {
    if (r.arxivId) index.byArxiv.set(r.arxivId, r.paperKey);
    const record = knowledge.s2.get(r.s2Key);
    if (record) index.byS2.set(record.paperId, r.paperKey);
    else if (!r.arxivId) index.byS2.set(r.s2Key, r.paperKey);
    const work = r.arxivId ? knowledge.openalex.get(r.arxivId) : undefined;
    if (work) index.byWork.set(work.workId, r.paperKey);
    // Other papers may cite the journal version: its work is the same paper.
    if (work?.twin) index.byWork.set(work.twin.workId, r.paperKey);
  }
  return index;
}

function target(ref: S2Reference, index: GraphIndex): string | undefined {
  const arxivId = ref.arxivId ? normalizeArxivId(ref.arxivId) : null;
  return (arxivId ? index.byArxiv.get(arxivId) : undefined) ?? (ref.paperId ? index.byS2.get(ref.paperId) : undefined);
}

/** Papers whose Semantic Scholar record cites another paper of the graph: worth asking how (influence, intents). */
export function citingInGraph(requests: RecordRequest[], knowledge: Knowledge): RecordRequest[] {
  const index = indexGraph(requests, knowledge);
  return requests.filter((r) =>
    (knowledge.s2.get(r.s2Key)?.references ?? []).some((ref) => {
      const to = target(ref, index);
      return to !== undefined && to !== r.paperKey;
    }),
  );
}

/** arXiv papers Semantic Scholar has no references for: OpenAlex is asked instead. */
export function withoutReferences(requests: RecordRequest[], knowledge: Knowledge): RecordRequest[] {
  return requests.filter(
    (r) => r.arxivId !== undefined && knowledge.s2.has(r.s2Key) && references(r, knowledge).length === 0,
  );
}

function citationText(influential: boolean, intents: string[]): string {
  const how = [influential ? "an influential citation" : "", intents.length ? `intents: ${intents.join(", ")}` : ""];
  const detail = how.filter(Boolean).join("; ");
  return detail ? `cites it (${detail})` : "cites it";
}

/** The `cites` evidence of one Semantic Scholar reference: how it is cited, when the references endpoint said. */
export function citationEvidence(ref: S2Reference, source: string): LineageEvidence {
  const detail = "isInfluential" in ref ? (ref as S2Citation) : undefined;
  const evidence: LineageEvidence = {
    kind: "cites",
    text: citationText(detail?.isInfluential ?? false, detail?.intents ?? []),
    source,
  };
  if (detail?.isInfluential) evidence.influential = true;
  if (detail?.intents.length) evidence.intents = [...detail.intents];
  return evidence;
}

function citations(requests: RecordRequest[], knowledge: Knowledge): { lineage: Lineage[]; openalex: boolean } {
  const index = indexGraph(requests, knowledge);
  const byPair = new Map<string, Lineage>();
  let usedOpenAlex = false;
  const add = (from: string, to: string | undefined, lineage: Omit<Lineage, "from" | "to">) => {
    if (!to || to === from || byPair.has(`${from}\u0000${to}`)) return;
    byPair.set(`${from}\u0000${to}`, { from, to, ...lineage });
  };
  for (const request of requests) {
    const refs = references(request, knowledge);
    for (const ref of refs)
      add(request.paperKey, target(ref, index), { evidence: [citationEvidence(ref, CITATION_SOURCE.s2)] });
    const work = request.arxivId ? knowledge.openalex.get(request.arxivId) : undefined;
    if (refs.length > 0 || !work) continue;
    const { works, detail } = openAlexReferences(work);
    for (const referenced of works) {
      const to = index.byWork.get(referenced);
      if (to && to !== request.paperKey) usedOpenAlex = true;
      const evidence: Lineage["evidence"][number] = {
        kind: "cites",
        text: "cites it",
        source: CITATION_SOURCE.openalex,
      };
      if (detail) evidence.detail = detail;
      add(request.paperKey, to, { evidence: [evidence] });
    }
  }
  return { lineage: [...byPair.values()], openalex: usedOpenAlex };
}

/** A work's references: its own, else its journal twin's (the arXiv-DOI work of a recent preprint lists none). */
export function openAlexReferences(work: OpenAlexRecord): { works: string[]; detail?: string } {
  if (work.referencedWorks.length > 0 || !work.twin?.referencedWorks.length) return { works: work.referencedWorks };
  const { twin } = work;
  return {
    works: twin.referencedWorks,
    detail: `in the references of ${twin.workId} (DOI ${twin.doi}), the journal version of OpenAlex's arXiv work ${work.workId}, which lists none`,
  };
}

/** Papers OpenAlex was asked about but has no references for, even through a journal twin: worth a note. */
function openAlexGaps(requests: RecordRequest[], knowledge: Knowledge): string[] {
  return withoutReferences(requests, knowledge).flatMap((r) => {
    const work = knowledge.openalex.get(r.arxivId!);
    if (!work || openAlexReferences(work).works.length > 0) return [];
    const twin = work.twin === null ? "and a title search found no journal version that does" : "";
    return [`OpenAlex has no references for ${r.label}: its arXiv work ${work.workId} lists none ${twin}`.trim()];
  });
}

function dateOf(text: string | undefined): { year: number; month?: number } | null {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(text ?? "");
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  return month && month >= 1 && month <= 12 ? { year, month } : { year };
}

function applyArxiv(paper: Paper, record: ArxivRecord): void {
  paper.title = cleanTitle(record.title);
  paper.provenance.title = "arxiv";
  if (record.authors.length) {
    paper.authors = [...record.authors];
    paper.provenance.authors = "arxiv";
  }
  if (record.abstract) {
    paper.abstract = record.abstract;
    paper.provenance.abstract = "arxiv";
  }
  if (record.doi) {
    paper.doi = record.doi;
    paper.provenance.doi = "arxiv";
  }
  const published = dateOf(record.published);
  const fromId = arxivIdDate(record.id);
  // The ID's month is the submission month; `published` confirms it (a late-night submission may
  // be stamped with the next month in UTC, so the ID keeps the month when they differ).
  if (published && (!fromId || (fromId.year === published.year && fromId.month === published.month))) {
    paper.year = published.year;
    paper.month = published.month;
    paper.provenance.date = "arxiv";
  }
}

function applyS2(paper: Paper, record: S2Record): void {
  if (record.citationCount !== undefined) paper.citationCount = record.citationCount;
  if (record.tldr) paper.tldr = record.tldr;
  if (!paper.doi && record.doi) {
    paper.doi = record.doi;
    paper.provenance.doi = "semantic-scholar";
  }
  if (paper.provenance.title === "list" && record.title) {
    paper.title = cleanTitle(record.title);
    paper.provenance.title = "semantic-scholar";
  }
  if (!paper.authors && record.authors.length) {
    paper.authors = [...record.authors];
    paper.provenance.authors = "semantic-scholar";
  }
  if (!paper.abstract && record.abstract) {
    paper.abstract = record.abstract;
    paper.provenance.abstract = "semantic-scholar";
  }
  const date = dateOf(record.publicationDate) ?? (record.year ? { year: record.year } : null);
  if (date && (paper.provenance.date === undefined || paper.provenance.date === "list")) {
    if (paper.year !== undefined && paper.year !== date.year)
      paper.dateNotes.push(`the lists give ${paper.year}; Semantic Scholar says ${date.year}`);
    paper.year = date.year;
    if (date.month !== undefined) paper.month = date.month;
    else delete paper.month;
    paper.provenance.date = "semantic-scholar";
  }
}

export interface EnrichResultData {
  papers: Paper[];
  citations: Lineage[];
  /** Sources that contributed (`arxiv`, `semantic-scholar`, `openalex`), in that order. */
  sources: string[];
  /** For the report: IDs the sources do not know, and what the cache lacks. */
  notes: string[];
}

/** Applies `knowledge` to the papers. `requests` comes from `recordRequests` over the same papers. */
export function enrich(papers: Paper[], knowledge: Knowledge, requests: RecordRequest[]): EnrichResultData {
  const byKey = new Map(requests.map((r) => [r.paperKey, r]));
  const notes: string[] = [];
  const used = { arxiv: false, s2: false };
  let uncached = 0;
  const enriched = papers.map((original) => {
    const paper: Paper = {
      ...original,
      dateNotes: [...original.dateNotes],
      provenance: { ...original.provenance },
    };
    const request = byKey.get(paper.key);
    if (!request) return paper;
    if (paper.arxivId) {
      const record = knowledge.arxiv.get(paper.arxivId);
      if (record) {
        applyArxiv(paper, record);
        used.arxiv = true;
      } else if (record === null)
        notes.push(`arXiv does not know ${request.label}; check the link in ${paper.origins[0]}`);
      else uncached += 1;
    }
    const s2 = knowledge.s2.get(request.s2Key);
    if (s2) {
      applyS2(paper, s2);
      used.s2 = true;
    } else if (s2 === null) notes.push(`Semantic Scholar does not know ${request.label}`);
    return paper;
  });
  if (uncached > 0)
    notes.push(`${uncached} papers have no arXiv record in the cache; an online build (--online) fetches them`);
  const { lineage, openalex } = citations(requests, knowledge);
  notes.push(...openAlexGaps(requests, knowledge));
  const sources = [
    ...(used.arxiv ? ["arxiv"] : []),
    ...(used.s2 ? ["semantic-scholar"] : []),
    ...(openalex ? ["openalex"] : []),
  ];
  return { papers: enriched, citations: lineage, sources, notes };
}
