// What the online sources told us, as plain data: the CLI loads it from the cache (and, online,
// adds what it fetches), and the stages read it. Because every stage reads only this, an
// offline build over a warm cache gives the same graph as the online build that filled it.
// Each map holds `null` for a negative answer (an ID the source does not know, no title match),
// so a second run knows not to ask again.
import type { Issue } from "./types";

/** One paper as the arXiv API describes it (`id_list` query). */
export interface ArxivRecord {
  /** Without version. */
  id: string;
  version?: number;
  title: string;
  authors: string[];
  abstract: string;
  /** First version's submission time (ISO 8601), the `<published>` element. */
  published: string;
  /** The journal DOI the authors gave (`<arxiv:doi>`), when there is one. */
  doi?: string;
}

/** A paper an arXiv title query returned; whether it is the one asked for is decided later. */
export interface ArxivCandidate {
  id: string;
  title: string;
}

/** A reference in a Semantic Scholar record: the cited paper's identities. */
export interface S2Reference {
  paperId: string | null;
  arxivId?: string;
  /** A journal DOI (never arXiv's own `10.48550/arXiv.…`), kept so a reference can meet a citation file's DOI. */
  doi?: string;
}

/** A reference from the per-paper references endpoint, with how it is cited. */
export interface S2Citation extends S2Reference {
  isInfluential: boolean;
  intents: string[];
}

/** One paper as the Semantic Scholar batch endpoint describes it. */
export interface S2Record {
  paperId: string;
  arxivId?: string;
  doi?: string;
  title: string;
  year?: number;
  /** YYYY-MM-DD when known. */
  publicationDate?: string;
  authors: string[];
  abstract?: string;
  citationCount?: number;
  tldr?: string;
  /** Absent when Semantic Scholar gave none (it withholds some publishers' references). */
  references?: S2Reference[];
  /** How many references Semantic Scholar listed, when more than the MAX_REFERENCES kept. */
  referenceTotal?: number;
}

/**
 * The most references kept per paper (a batch record's or the references endpoint's). A survey
 * with thousands of references would otherwise make a cache file of megabytes; 1,000 keeps every
 * reference of all but the largest surveys (each kept one is ~100 bytes on disk).
 */
export const MAX_REFERENCES = 1_000;

/** The most authors kept for a paper outside the lists (a report with 1,000 authors stays small). */
export const MAX_CITED_AUTHORS = 10;

/**
 * A paper outside the lists that papers of the lists cite, as Semantic Scholar's batch endpoint
 * describes it: only what a suggestion shows (no abstract, no references of its own).
 */
export interface S2CitedRecord {
  paperId: string;
  arxivId?: string;
  doi?: string;
  title: string;
  year?: number;
  /** YYYY-MM-DD when known. */
  publicationDate?: string;
  /** The first MAX_CITED_AUTHORS authors. */
  authors: string[];
  /** How many authors the paper has, when more than those kept. */
  authorCount?: number;
  citationCount?: number;
}

/** Semantic Scholar's best title match for a query. */
export interface S2Match {
  paperId: string;
  title: string;
  arxivId?: string;
}

/** The same paper's other OpenAlex work (its journal or proceedings version), found by title. */
export interface OpenAlexTwin {
  workId: string;
  doi: string;
  title: string;
  referencedWorks: string[];
}

/** One paper's OpenAlex work, found by its arXiv DOI. */
export interface OpenAlexRecord {
  /** `W2741809807`, the short form of https://openalex.org/W2741809807. */
  workId: string;
  referencedWorks: string[];
  /**
   * OpenAlex's arXiv-DOI work of a recent preprint often lists no references while its journal twin
   * holds them: the twin found by title, or null when a title search found none. Absent: not searched.
   */
  twin?: OpenAlexTwin | null;
}

export interface Knowledge {
  /** arXiv ID → record. */
  arxiv: Map<string, ArxivRecord | null>;
  /** Normalised title (titleKey) → what an arXiv title query returned. */
  arxivSearch: Map<string, ArxivCandidate[]>;
  /** S2 key (`ARXIV:<id>` or a Semantic Scholar paperId) → record. */
  s2: Map<string, S2Record | null>;
  /** S2 key → references with influence and intents. */
  s2References: Map<string, S2Citation[]>;
  /** Normalised title → Semantic Scholar's title match. */
  s2Match: Map<string, S2Match | null>;
  /** arXiv ID → OpenAlex work. */
  openalex: Map<string, OpenAlexRecord | null>;
  /** S2 key (a paperId, `ARXIV:<id>` or `DOI:<doi>`) of a paper outside the lists → what suggestions show. */
  s2Cited: Map<string, S2CitedRecord | null>;
}

export type KnowledgeSource = keyof Knowledge;

export const KNOWLEDGE_SOURCES: readonly KnowledgeSource[] = [
  "arxiv",
  "arxivSearch",
  "s2",
  "s2References",
  "s2Match",
  "openalex",
  "s2Cited",
];

export function emptyKnowledge(): Knowledge {
  return {
    arxiv: new Map(),
    arxivSearch: new Map(),
    s2: new Map(),
    s2References: new Map(),
    s2Match: new Map(),
    openalex: new Map(),
    s2Cited: new Map(),
  };
}

/** `base` with `extra`'s entries added (extra wins); neither is changed. */
export function addKnowledge(base: Knowledge, extra: Partial<Knowledge>): Knowledge {
  const out = emptyKnowledge();
  for (const source of KNOWLEDGE_SOURCES) {
    const merged = new Map<string, unknown>(base[source]);
    for (const [key, value] of extra[source] ?? []) merged.set(key, value);
    (out as unknown as Record<string, Map<string, unknown>>)[source] = merged;
  }
  return out;
}

/** The key a paper has at Semantic Scholar's batch endpoint. */
export function s2KeyForArxiv(arxivId: string): string {
  return `ARXIV:${arxivId}`;
}

/** A paper to fetch records for: its key in the graph, arXiv ID, Semantic Scholar key, and a name for messages. */
export interface RecordRequest {
  paperKey: string;
  arxivId?: string;
  s2Key: string;
  label: string;
  /** The title the lists give (a source's canonical title, when known, is preferred for searches). */
  title: string;
}

/** A title to look up online, for entries that have no arXiv ID. */
export interface TitleQuery {
  /** Normalised title: the cache key. */
  key: string;
  title: string;
  /** Where the entry is (`agi-papers.md:95`), for messages. */
  at: string;
}

/** What one online step fetched (already written to the cache) and what it could not fetch. */
export interface OnlineStep {
  knowledge: Partial<Knowledge>;
  failures: Issue[];
}

/**
 * The online half of a build, wired by the CLI to the real sources: each step is given what
 * the build needs and what is already known, fetches only the rest, and returns it.
 */
export interface OnlineSources {
  searchTitles(queries: TitleQuery[], knowledge: Knowledge): Promise<OnlineStep>;
  fetchRecords(requests: RecordRequest[], knowledge: Knowledge): Promise<OnlineStep>;
  /** Records of papers outside the lists (suggestion candidates), by S2 key; `labels` name them in messages. */
  fetchCited(keys: string[], knowledge: Knowledge, labels: Map<string, string>): Promise<OnlineStep>;
}
