// The Semantic Scholar Academic Graph API (https://api.semanticscholar.org/api-docs/graph):
// `POST /paper/batch` for up to 500 papers a request (`ARXIV:<id>` keys; `null` for a paper it does
// not know), `GET /paper/{id}/references` for how a paper cites each reference (isInfluential,
// intents), and `GET /paper/search/match` for the paper a title names (404 when none). An API key
// goes in the `x-api-key` header; without one the shared pool is slow and often answers 429.
import { normalizeArxivId } from "../../src/model";
import {
  MAX_CITED_AUTHORS,
  MAX_REFERENCES,
  type S2Citation,
  type S2CitedRecord,
  type S2Match,
  type S2Record,
  type S2Reference,
} from "../pipeline/knowledge";
import { BodyError, type HttpClient, type HttpResponse, RateLimiter, checkBaseUrl } from "./http";

export interface SemanticScholarOptions {
  /** Base of the Graph API, without a trailing slash. */
  url: string;
  apiKey?: string;
  /** Papers per batch request (the API takes at most 500). */
  batchSize: number;
  /** References per page of the references endpoint (at most 1000). */
  pageSize: number;
  /** Pages of references read per paper at most. */
  maxPages: number;
  /** Between requests: the unauthenticated pool is shared, so go slower without a key. */
  intervalMs: number;
  intervalWithKeyMs: number;
  /**
   * A 429 carries no Retry-After. Semantic Scholar publishes 100 requests per 5 minutes for the shared
   * pool (one every 3 s) and 1 a second with a key: after a 429, wait at least this long (doubling with
   * each retry), then keep to that pace for the rest of the run.
   */
  rateLimitWaitMs: number;
  rateLimitIntervalMs: number;
  rateLimitIntervalWithKeyMs: number;
}

export const SEMANTIC_SCHOLAR_DEFAULTS: SemanticScholarOptions = {
  url: "https://api.semanticscholar.org/graph/v1",
  batchSize: 500,
  pageSize: 1000,
  maxPages: 10,
  intervalMs: 1_500,
  intervalWithKeyMs: 1_000,
  rateLimitWaitMs: 5_000,
  rateLimitIntervalMs: 3_000,
  rateLimitIntervalWithKeyMs: 1_000,
};

/** What the batch asks for: the issue's fields, the abstract for papers off arXiv, and the references' IDs. */
export const BATCH_FIELDS =
  "externalIds,title,year,publicationDate,authors,abstract,citationCount,tldr,references.externalIds";
export const REFERENCE_FIELDS = "isInfluential,intents,externalIds";
/** What a suggestion (a paper outside the lists) shows: no abstract and no references, so 500 fit one small answer. */
export const CITED_FIELDS = "externalIds,title,year,publicationDate,authors,citationCount";
export const MATCH_FIELDS = "externalIds,title";

export function checkSemanticScholarOptions(options: SemanticScholarOptions): void {
  checkBaseUrl("semantic-scholar", options.url, SEMANTIC_SCHOLAR_DEFAULTS.url);
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 500)
    throw new Error("semantic-scholar: invalid `batchSize`. Expecting an integer from 1 to 500.");
  if (!Number.isInteger(options.pageSize) || options.pageSize < 1 || options.pageSize > 1000)
    throw new Error("semantic-scholar: invalid `pageSize`. Expecting an integer from 1 to 1000.");
  if (!Number.isInteger(options.maxPages) || options.maxPages < 1)
    throw new Error("semantic-scholar: invalid `maxPages`. Expecting a positive integer.");
  const intervals = [
    "intervalMs",
    "intervalWithKeyMs",
    "rateLimitWaitMs",
    "rateLimitIntervalMs",
    "rateLimitIntervalWithKeyMs",
  ] as const;
  for (const field of intervals)
    if (!(options[field] >= 0))
      throw new Error(`semantic-scholar: invalid \`${field}\`. Expecting a non-negative number.`);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function json(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.text);
  } catch {
    throw new BodyError(`Semantic Scholar sent a body that is not JSON (${response.text.length} bytes; cut short?)`);
  }
}

/** arXiv's own DOI for a preprint (`10.48550/arXiv.2312.07559`): an arXiv ID, not a journal DOI. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/**
 * A record's arXiv ID and journal DOI. Semantic Scholar gives some preprints arXiv's DOI as their
 * `DOI`: that one names the arXiv ID (when `ArXiv` is missing) and is never kept as a DOI.
 */
function ids(value: unknown): { arxivId?: string; doi?: string } {
  if (!isObject(value)) return {};
  const doi = typeof value.DOI === "string" && value.DOI ? value.DOI : undefined;
  const fromDoi = doi ? ARXIV_DOI.exec(doi)?.[1] : undefined;
  const arxivId = normalizeArxivId(typeof value.ArXiv === "string" ? value.ArXiv : (fromDoi ?? ""));
  return { ...(arxivId ? { arxivId } : {}), ...(doi && !fromDoi ? { doi } : {}) };
}

function reference(value: unknown): S2Reference {
  if (!isObject(value)) throw new BodyError("a reference is not an object");
  const { arxivId, doi } = ids(value.externalIds);
  const paperId = typeof value.paperId === "string" ? value.paperId : null;
  return { paperId, ...(arxivId ? { arxivId } : {}), ...(doi ? { doi } : {}) };
}

function authorNames(value: unknown): string[] {
  return Array.isArray(value)
    ? value.flatMap((a) => (isObject(a) && typeof a.name === "string" && a.name ? [a.name] : []))
    : [];
}

/** One paper object of the batch answer → our record. */
export function parsePaper(value: unknown): S2Record {
  if (!isObject(value) || typeof value.paperId !== "string") throw new BodyError("a paper has no paperId");
  const record: S2Record = {
    paperId: value.paperId,
    ...ids(value.externalIds),
    title: typeof value.title === "string" ? value.title : "",
    authors: authorNames(value.authors),
  };
  if (Number.isInteger(value.year)) record.year = value.year as number;
  if (typeof value.publicationDate === "string") record.publicationDate = value.publicationDate;
  if (typeof value.abstract === "string" && value.abstract) record.abstract = value.abstract;
  if (Number.isInteger(value.citationCount)) record.citationCount = value.citationCount as number;
  if (isObject(value.tldr) && typeof value.tldr.text === "string" && value.tldr.text) record.tldr = value.tldr.text;
  // An empty list is how the API shows references it withholds; keep it absent so a fallback is tried.
  if (Array.isArray(value.references) && value.references.length > 0) {
    record.references = value.references.slice(0, MAX_REFERENCES).map(reference);
    if (value.references.length > MAX_REFERENCES) record.referenceTotal = value.references.length;
  }
  return record;
}

/** One paper object of a batch asked with CITED_FIELDS → what a suggestion shows. */
export function parseCitedPaper(value: unknown): S2CitedRecord {
  if (!isObject(value) || typeof value.paperId !== "string") throw new BodyError("a paper has no paperId");
  const authors = authorNames(value.authors);
  const record: S2CitedRecord = {
    paperId: value.paperId,
    ...ids(value.externalIds),
    title: typeof value.title === "string" ? value.title : "",
    authors: authors.slice(0, MAX_CITED_AUTHORS),
  };
  if (authors.length > MAX_CITED_AUTHORS) record.authorCount = authors.length;
  if (Number.isInteger(value.year)) record.year = value.year as number;
  if (typeof value.publicationDate === "string") record.publicationDate = value.publicationDate;
  if (Number.isInteger(value.citationCount)) record.citationCount = value.citationCount as number;
  return record;
}

export class SemanticScholarClient {
  readonly options: SemanticScholarOptions;
  readonly limiter: RateLimiter;

  constructor(
    private readonly http: HttpClient,
    options: Partial<SemanticScholarOptions> = {},
  ) {
    this.options = { ...SEMANTIC_SCHOLAR_DEFAULTS, ...options };
    checkSemanticScholarOptions(this.options);
    const o = this.options;
    const interval = o.apiKey ? o.intervalWithKeyMs : o.intervalMs;
    this.limiter = new RateLimiter(new URL(o.url).host, interval, {
      waitMs: o.rateLimitWaitMs,
      slowIntervalMs: o.apiKey ? o.rateLimitIntervalWithKeyMs : o.rateLimitIntervalMs,
    });
  }

  private headers(): Record<string, string> {
    return this.options.apiKey ? { "x-api-key": this.options.apiKey } : {};
  }

  /** Records for up to `batchSize` keys (`ARXIV:2106.09685` or a paperId), null for those it does not know. */
  async fetchBatch(keys: string[]): Promise<Map<string, S2Record | null>> {
    return this.batch(keys, BATCH_FIELDS, parsePaper);
  }

  /** What suggestions show of papers outside the lists, for up to `batchSize` keys (a paperId, `ARXIV:…`, `DOI:…`). */
  async fetchCited(keys: string[]): Promise<Map<string, S2CitedRecord | null>> {
    return this.batch(keys, CITED_FIELDS, parseCitedPaper);
  }

  private async batch<T>(
    keys: string[],
    fields: string,
    parseOne: (value: unknown) => T,
  ): Promise<Map<string, T | null>> {
    const unique = [...new Set(keys)];
    const url = `${this.options.url}/paper/batch?fields=${encodeURIComponent(fields)}`;
    const papers = await this.http.send({
      url,
      method: "POST",
      headers: { ...this.headers(), "content-type": "application/json" },
      body: JSON.stringify({ ids: unique }),
      limiter: this.limiter,
      parse: (response) => {
        const body = json(response);
        if (!Array.isArray(body) || body.length !== unique.length)
          throw new BodyError(`the batch answer is not a list of ${unique.length} papers`);
        return body.map((paper) => (paper === null ? null : parseOne(paper)));
      },
    });
    return new Map(unique.map((key, i) => [key, papers[i]!]));
  }

  /**
   * Every reference of one paper with how it is cited (the first MAX_REFERENCES); an empty list when
   * the API withholds them.
   */
  async fetchReferences(key: string): Promise<S2Citation[]> {
    const citations: S2Citation[] = [];
    let offset = 0;
    for (let page = 0; page < this.options.maxPages && citations.length < MAX_REFERENCES; page += 1) {
      const params = `fields=${encodeURIComponent(REFERENCE_FIELDS)}&offset=${offset}&limit=${this.options.pageSize}`;
      const body = await this.http.send({
        url: `${this.options.url}/paper/${encodeURIComponent(key)}/references?${params}`,
        headers: this.headers(),
        limiter: this.limiter,
        parse: (response) => {
          const data = json(response);
          if (!isObject(data) || !Array.isArray(data.data))
            throw new BodyError("the references answer has no `data` list");
          return data;
        },
      });
      for (const item of body.data as unknown[]) {
        if (!isObject(item)) throw new BodyError("a reference is not an object");
        const intents = Array.isArray(item.intents)
          ? item.intents.filter((i): i is string => typeof i === "string")
          : [];
        citations.push({ ...reference(item.citedPaper), isInfluential: item.isInfluential === true, intents });
      }
      if (typeof body.next !== "number") break;
      offset = body.next;
    }
    return citations.slice(0, MAX_REFERENCES);
  }

  /** The paper Semantic Scholar finds for a title, or null (it answers 404 when nothing matches). */
  async matchTitle(title: string): Promise<S2Match | null> {
    const query = title.replace(/\s+/g, " ").trim();
    const url = `${this.options.url}/paper/search/match?query=${encodeURIComponent(query)}&fields=${encodeURIComponent(MATCH_FIELDS)}`;
    return this.http.send({
      url,
      headers: this.headers(),
      limiter: this.limiter,
      accept: (status) => status === 404,
      parse: (response) => {
        const body = json(response);
        if (response.status === 404) return null;
        const best = isObject(body) && Array.isArray(body.data) ? body.data[0] : undefined;
        if (best === undefined) return null;
        if (!isObject(best) || typeof best.paperId !== "string" || typeof best.title !== "string")
          throw new BodyError("the match has no paperId or title");
        const { arxivId } = ids(best.externalIds);
        return { paperId: best.paperId, title: best.title, ...(arxivId ? { arxivId } : {}) };
      },
    });
  }
}
