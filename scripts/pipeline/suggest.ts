// Suggestions: the papers outside the lists that at least `minCitedBy` papers of the lists cite,
// ranked by how many list papers cite them, then by their citation count, then by title. What the
// lists may be missing, with who cites each and from which sections. Pure: candidates (from
// ./cited-outside.ts) and the knowledge of their records in; ranked suggestions out.
import { type LineageEvidence, type SectionRef, arxivIdDate } from "../../src/model";
import { mapLabel } from "./assemble";
import { type CitedOutside, idOfS2Key, s2KeyOf } from "./cited-outside";
import type { Knowledge, S2CitedRecord } from "./knowledge";
import { sectionAncestry } from "./sections";
import { cleanTitle, titleKey } from "./titles";
import type { Paper } from "./types";

export interface SuggestOptions {
  /** A paper outside the lists is suggested when at least this many papers of the lists cite it. */
  minCitedBy: number;
  /** The most suggestions kept (the top of the ranking): the map and the report stay readable. */
  max: number;
}

export const SUGGEST_DEFAULTS: SuggestOptions = { minCitedBy: 2, max: 100 };

/**
 * Records are fetched for this many times `max` candidates, the most cited-by first: enough to rank
 * ties at the cut by citation count without asking about thousands of papers cited twice.
 */
export const FETCH_FACTOR = 4;

export function checkSuggestOptions(options: SuggestOptions): void {
  if (!Number.isInteger(options.minCitedBy) || options.minCitedBy < 1)
    throw new Error("suggest: invalid `minCitedBy`. Expecting a positive integer.");
  if (!Number.isInteger(options.max) || options.max < 0)
    throw new Error("suggest: invalid `max`. Expecting a non-negative integer.");
}

/** A suggestion before it becomes a graph node. */
export interface Suggestion {
  /** `arxiv:<id>` (the key the paper gets if a list adds it), else `doi:<doi>`, else `s2:<paperId>`. */
  key: string;
  title: string;
  /** False when no record was fetched yet: the title is the paper's ID. */
  titled: boolean;
  label: string;
  arxivId?: string;
  doi?: string;
  s2Id?: string;
  year?: number;
  month?: number;
  authors?: string[];
  authorCount?: number;
  citationCount?: number;
  /** Paper keys of the citing papers, in the lists' order. */
  citedBy: string[];
  /** The evidence of each citation, by citing paper. */
  evidence: Map<string, LineageEvidence[]>;
  sections: SectionRef[];
  topSection: string;
  rank: number;
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** Papers outside the lists cited by at least `minCitedBy` papers (before the `max` cut). */
  eligible: number;
  /** Papers outside the lists cited by fewer: not suggested. */
  below: number;
  /** Eligible papers whose record turned out to be a paper of the lists (same title), left out. */
  listed: number;
  options: SuggestOptions;
}

/** The candidates at or above the threshold, most cited-by first. */
export function eligible(candidates: CitedOutside[], options: SuggestOptions): CitedOutside[] {
  return candidates.filter((c) => c.citers.size >= options.minCitedBy);
}

/** Semantic Scholar keys whose records the ranking needs, with a name for messages; at most FETCH_FACTOR × max. */
export function citedRecordsWanted(candidates: CitedOutside[], options: SuggestOptions): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const candidate of eligible(candidates, options).slice(0, FETCH_FACTOR * options.max)) {
    const key = s2KeyOf(candidate.ids);
    if (key) wanted.set(key, `a paper cited by ${candidate.citers.size} papers of the lists (${key})`);
  }
  return wanted;
}

/** Each fetched record under every ID it answers to (the key it was asked by, and its own IDs). */
function indexRecords(knowledge: Knowledge): Map<string, S2CitedRecord> {
  const index = new Map<string, S2CitedRecord>();
  for (const [key, record] of [...knowledge.s2Cited].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!record) continue;
    for (const id of [idOfS2Key(key), `s2:${record.paperId}`]) if (!index.has(id)) index.set(id, record);
  }
  return index;
}

function recordOf(candidate: CitedOutside, records: Map<string, S2CitedRecord>): S2CitedRecord | undefined {
  for (const id of [...candidate.ids].sort()) {
    const record = records.get(id);
    if (record) return record;
  }
  return undefined;
}

function idFor(candidate: CitedOutside, prefix: string): string | undefined {
  return [...candidate.ids]
    .filter((id) => id.startsWith(prefix))
    .sort()[0]
    ?.slice(prefix.length);
}

function dateOf(record: S2CitedRecord | undefined, arxivId: string | undefined): { year?: number; month?: number } {
  const match = /^(\d{4})-(\d{2})/.exec(record?.publicationDate ?? "");
  if (match) return { year: Number(match[1]), month: Number(match[2]) };
  if (record?.year !== undefined) return { year: record.year };
  const fromId = arxivId ? arxivIdDate(arxivId) : null;
  return fromId ?? {};
}

/** The top section most of the citing papers are coloured by; ties go to the earlier one in `order`. */
function topSectionOf(citing: Paper[], order: string[]): string {
  const votes = new Map<string, number>();
  for (const paper of citing) {
    const first = paper.sections[0]!;
    const top = sectionAncestry(first.list, first.path)[0]!.id;
    votes.set(top, (votes.get(top) ?? 0) + 1);
  }
  let best = "";
  for (const top of order) if ((votes.get(top) ?? 0) > (votes.get(best) ?? 0)) best = top;
  return best || [...votes.keys()][0]!;
}

function compare(a: Suggestion, b: Suggestion): number {
  return (
    b.citedBy.length - a.citedBy.length ||
    (b.citationCount ?? -1) - (a.citationCount ?? -1) ||
    (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : a.title.toLowerCase() > b.title.toLowerCase() ? 1 : 0) ||
    (a.key < b.key ? -1 : 1)
  );
}

function toSuggestion(
  candidate: CitedOutside,
  record: S2CitedRecord | undefined,
  papers: Map<string, { paper: Paper; index: number }>,
  order: string[],
): Suggestion {
  const arxivId = record?.arxivId ?? idFor(candidate, "arxiv:");
  const doi = record?.doi?.toLowerCase() ?? idFor(candidate, "doi:");
  const s2Id = record?.paperId ?? idFor(candidate, "s2:");
  const key = arxivId ? `arxiv:${arxivId}` : doi ? `doi:${doi}` : `s2:${s2Id}`;
  const title = record?.title ? cleanTitle(record.title) : arxivId ? `arXiv:${arxivId}` : doi ? `doi:${doi}` : key;
  const citing = [...candidate.citers.keys()]
    .flatMap((key) => (papers.has(key) ? [papers.get(key)!] : []))
    .sort((a, b) => a.index - b.index)
    .map((p) => p.paper);
  const sections: SectionRef[] = [];
  for (const paper of citing)
    for (const ref of paper.sections) if (!sections.some((s) => s.id === ref.id)) sections.push(ref);
  const suggestion: Suggestion = {
    key,
    title,
    titled: Boolean(record?.title),
    label: mapLabel({ names: [], title }),
    ...dateOf(record, arxivId),
    citedBy: citing.map((p) => p.key),
    evidence: candidate.citers,
    sections,
    topSection: topSectionOf(citing, order),
    rank: 0,
  };
  if (arxivId) suggestion.arxivId = arxivId;
  if (doi) suggestion.doi = doi;
  if (s2Id) suggestion.s2Id = s2Id;
  if (record?.authors.length) suggestion.authors = [...record.authors];
  if (record?.authorCount !== undefined) suggestion.authorCount = record.authorCount;
  if (record?.citationCount !== undefined) suggestion.citationCount = record.citationCount;
  return suggestion;
}

/**
 * The ranked suggestions. `topSections` is the lists' order of top-level sections (the colour
 * groups). A candidate whose record has the title of a paper of the lists is that paper (the list
 * entry is known to Semantic Scholar under another ID) and is never suggested.
 */
export function suggest(
  candidates: CitedOutside[],
  papers: Paper[],
  knowledge: Knowledge,
  topSections: string[],
  options: Partial<SuggestOptions> = {},
): SuggestResult {
  const settings: SuggestOptions = { ...SUGGEST_DEFAULTS, ...options };
  checkSuggestOptions(settings);
  const byKey = new Map(papers.map((paper, index) => [paper.key, { paper, index }]));
  const records = indexRecords(knowledge);
  const listedTitles = new Set(papers.map((p) => titleKey(p.title)));
  const above = eligible(candidates, settings);
  let listed = 0;
  const ranked: Suggestion[] = [];
  for (const candidate of above) {
    const record = recordOf(candidate, records);
    if (record?.title && listedTitles.has(titleKey(record.title))) {
      listed += 1;
      continue;
    }
    ranked.push(toSuggestion(candidate, record, byKey, topSections));
  }
  ranked.sort(compare);
  const suggestions = ranked.slice(0, settings.max).map((s, i) => ({ ...s, rank: i + 1 }));
  return {
    suggestions,
    eligible: above.length - listed,
    below: candidates.length - above.length,
    listed,
    options: settings,
  };
}
