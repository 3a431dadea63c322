// Stage 2b, resolve by search: entries the lists give no arXiv ID (papers hosted elsewhere, and
// link-less entries like `[Kosmos-2: ...]`) are looked up by title online; this stage reads the
// answers from the knowledge and accepts one only when its title is the entry's title. A search
// that returns a different paper is reported and never used. Pure: the CLI did the fetching.
import { distance } from "fastest-levenshtein";

import type { Knowledge, S2Match, TitleQuery } from "./knowledge";
import { splitPrefix, titleKey, titleVariants } from "./titles";
import type { ResolvedEntry } from "./types";

export interface SearchOptions {
  /** 1 − edits / length at or above which two titles are the same (numbers must agree exactly). */
  minSimilarity: number;
  /** Link-less entries with fewer words than this are not searched (they are rarely papers). */
  minWordsUnlinked: number;
  /** Titles shorter than this (letters and digits only) must match exactly. */
  exactBelow: number;
}

export const SEARCH_DEFAULTS: SearchOptions = { minSimilarity: 0.9, minWordsUnlinked: 3, exactBelow: 20 };

export function checkSearchOptions(options: SearchOptions): void {
  const { minSimilarity, minWordsUnlinked, exactBelow } = options;
  if (typeof minSimilarity !== "number" || !(minSimilarity > 0 && minSimilarity <= 1))
    throw new Error("search: invalid `minSimilarity`. Expecting a number in (0, 1].");
  if (!Number.isInteger(minWordsUnlinked) || minWordsUnlinked < 1)
    throw new Error("search: invalid `minWordsUnlinked`. Expecting a positive integer.");
  if (!Number.isInteger(exactBelow) || exactBelow < 0)
    throw new Error("search: invalid `exactBelow`. Expecting a non-negative integer.");
}

function numbersOf(key: string): string {
  return key
    .split(" ")
    .filter((word) => /\d/.test(word))
    .join(" ");
}

/**
 * True when `found` is the paper `listed` names: the same normalised title, or the same after a
 * short prefix (`InstructGPT: Training ...`), or within a few typos — never with different numbers.
 */
export function sameTitle(listed: string, found: string, options: SearchOptions = SEARCH_DEFAULTS): boolean {
  // `Llama 2: Open ...` is not `Llama 3: Open ...`, though the parts after the prefixes agree.
  const prefixes = [splitPrefix(listed), splitPrefix(found)];
  if (prefixes[0] && prefixes[1] && numbersOf(titleKey(prefixes[0].prefix)) !== numbersOf(titleKey(prefixes[1].prefix)))
    return false;
  const candidates = titleVariants(found);
  for (const a of titleVariants(listed)) {
    for (const b of candidates) {
      if (a === b) return true;
      if (numbersOf(a) !== numbersOf(b)) continue;
      const x = a.replace(/ /g, "");
      const y = b.replace(/ /g, "");
      const length = Math.max(x.length, y.length);
      if (length < options.exactBelow) continue;
      if (1 - distance(x, y) / length >= options.minSimilarity) return true;
    }
  }
  return false;
}

function wantsSearch(item: ResolvedEntry, options: SearchOptions): boolean {
  const { resolution, entry } = item;
  if (resolution.kind === "paper") return resolution.arxivId === undefined;
  if (resolution.kind !== "unresolved" || entry.url) return false;
  return titleKey(entry.title).split(" ").length >= options.minWordsUnlinked;
}

/** The titles to look up online: papers without an arXiv ID, and link-less entries that may be papers. */
export function titleQueries(resolved: ResolvedEntry[], options: Partial<SearchOptions> = {}): TitleQuery[] {
  const settings = { ...SEARCH_DEFAULTS, ...options };
  checkSearchOptions(settings);
  const queries = new Map<string, TitleQuery>();
  for (const item of resolved) {
    if (!wantsSearch(item, settings)) continue;
    const key = titleKey(item.entry.title);
    if (key && !queries.has(key))
      queries.set(key, { key, title: item.entry.title.trim(), at: `${item.entry.file}:${item.entry.line}` });
  }
  return [...queries.values()];
}

export interface SearchResult {
  entries: ResolvedEntry[];
  /** Merge key (titleKey) of a paper off arXiv → its Semantic Scholar paperId. */
  s2Ids: Map<string, string>;
  /** Entries resolved by search, for the report. */
  found: string[];
  /** Matches the sources offered that were not the paper asked for. */
  rejected: string[];
}

/** Applies the title matches in `knowledge` to the entries that wanted a search. */
export function resolveBySearch(
  resolved: ResolvedEntry[],
  knowledge: Pick<Knowledge, "s2Match" | "arxivSearch">,
  options: Partial<SearchOptions> = {},
): SearchResult {
  const settings = { ...SEARCH_DEFAULTS, ...options };
  checkSearchOptions(settings);
  const s2Ids = new Map<string, string>();
  const found: string[] = [];
  const rejected: string[] = [];
  const seenRejections = new Set<string>();
  const entries = resolved.map((item): ResolvedEntry => {
    if (!wantsSearch(item, settings)) return item;
    const { entry } = item;
    const key = titleKey(entry.title);
    const at = `${entry.file}:${entry.line}`;
    const s2 = knowledge.s2Match.get(key);
    let offArxiv: S2Match | undefined;
    if (s2 && sameTitle(entry.title, s2.title, settings)) {
      if (s2.arxivId) {
        found.push(`${at} "${entry.title}" → arXiv ${s2.arxivId} (Semantic Scholar title match)`);
        return { ...item, resolution: { kind: "paper", arxivId: s2.arxivId, by: "search", matchedTitle: s2.title } };
      }
      offArxiv = s2;
    } else if (s2 && !seenRejections.has(key)) {
      seenRejections.add(key);
      rejected.push(
        `${at} "${entry.title}": Semantic Scholar's best match is "${s2.title}", a different title; not used`,
      );
    }
    const candidate = (knowledge.arxivSearch.get(key) ?? []).find((c) => sameTitle(entry.title, c.title, settings));
    if (candidate) {
      found.push(`${at} "${entry.title}" → arXiv ${candidate.id} (arXiv title search)`);
      return {
        ...item,
        resolution: { kind: "paper", arxivId: candidate.id, by: "search", matchedTitle: candidate.title },
      };
    }
    if (!offArxiv) return item;
    if (!s2Ids.has(item.titleKey)) s2Ids.set(item.titleKey, offArxiv.paperId);
    if (item.resolution.kind === "paper") return item; // already a paper (hosted elsewhere): keeps its link
    found.push(`${at} "${entry.title}" → a paper off arXiv (Semantic Scholar ${offArxiv.paperId})`);
    return { ...item, resolution: { kind: "paper", by: "search", matchedTitle: offArxiv.title } };
  });
  return { entries, s2Ids, found, rejected };
}
