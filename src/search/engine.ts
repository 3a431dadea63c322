// The search engine: MiniSearch over ./documents.ts, loaded on demand (this module is its own
// chunk). Tolerant of case, accents, punctuation (`gpt4` finds GPT-4, `llama 2` finds Llama 2) and
// small typos (one edit in a word of 4–7 letters, two from 8). Terms must all match; when that
// finds nothing, any term may. Never throws: a query is cut to MAX_QUERY_CHARS first.
import MiniSearch, { type Query, type SearchOptions } from "minisearch";

import { type SearchDocument, compactName } from "./documents";
import { processTerm, tokenize } from "./tokenize";

export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;
/** Words of this length or more are matched with typos; shorter ones only exactly or as a prefix. */
export const FUZZY_MIN_LENGTH = 4;
export const FUZZINESS = 0.2;
/** Documents are indexed in chunks of this many, yielding to the page between chunks. */
export const INDEX_CHUNK = 2000;
export const EXACT_NAME_BOOST = 3;

const FIELDS = ["title", "names", "authors", "arxivId", "compact"] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { names: 3, arxivId: 3, compact: 2, title: 1.5, authors: 1 };

export interface SearchHit {
  id: string;
  kind: SearchDocument["kind"];
  score: number;
  /** The document's words the query matched, for highlighting. */
  terms: string[];
}

export interface SearchEngine {
  search(query: string, limit: number): SearchHit[];
  size: number;
}

const fuzzy = (term: string) => (term.length >= FUZZY_MIN_LENGTH && !/^\d/.test(term) ? FUZZINESS : false);

const BASE: SearchOptions = {
  boost: BOOST,
  prefix: true,
  fuzzy,
  weights: { fuzzy: 0.4, prefix: 0.6 },
};

function createMiniSearch(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    storeFields: ["kind", "nameKeys"],
    extractField: (doc, field) =>
      field === "nameKeys" ? doc.nameList.map(compactName) : (doc as unknown as Record<string, unknown>)[field],
    tokenize,
    processTerm,
    searchOptions: BASE,
  });
}

/**
 * The query, cut to MAX_QUERY_CHARS, each word once and at most MAX_QUERY_TERMS words (a word typed
 * twice finds nothing more, and each one costs a pass over the index), or null when it has no word.
 */
export function cleanQuery(raw: string): string | null {
  const terms = [...new Set(tokenize(raw.slice(0, MAX_QUERY_CHARS)))].slice(0, MAX_QUERY_TERMS);
  return terms.length ? terms.join(" ") : null;
}

function wrap(mini: MiniSearch<SearchDocument>): SearchEngine {
  const run = (query: Query, options: SearchOptions, limit: number): SearchHit[] =>
    mini
      .search(query, options)
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), kind: r.kind as SearchHit["kind"], score: r.score, terms: r.terms }));
  return {
    size: mini.documentCount,
    search(raw, limit) {
      const query = cleanQuery(raw);
      if (query === null) return [];
      try {
        // Every word, or the whole query squeezed into one name (`gpt 4` → `gpt4`).
        const compact = compactName(query);
        const all: Query = {
          combineWith: "OR",
          queries: [
            { queries: [query], combineWith: "AND" },
            // Whole words only: a prefix of a squeezed name would match every `model1`, `model2` …
            ...(compact ? [{ queries: [compact], fields: ["compact"], prefix: false }] : []),
          ],
        };
        // A paper whose distinctive name is exactly the query (`Transformer`) comes first.
        const boostDocument = (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
          (stored?.nameKeys as string[] | undefined)?.includes(compact) ? EXACT_NAME_BOOST : 1;
        const hits = run(all, { ...BASE, boostDocument }, limit);
        return hits.length ? hits : run(query, { ...BASE, boostDocument, combineWith: "OR" }, limit);
      } catch {
        // MiniSearch should not throw on any string; if it ever does, no result beats a broken box.
        return [];
      }
    },
  };
}

export function createSearchEngine(documents: readonly SearchDocument[]): SearchEngine {
  const mini = createMiniSearch();
  mini.addAll(documents);
  return wrap(mini);
}

/** Same, indexing in chunks so a large graph does not freeze the page while the index builds. */
export async function createSearchEngineAsync(documents: readonly SearchDocument[]): Promise<SearchEngine> {
  const mini = createMiniSearch();
  await mini.addAllAsync(documents, { chunkSize: INDEX_CHUNK });
  return wrap(mini);
}
