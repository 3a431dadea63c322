// The arXiv API (https://info.arxiv.org/help/api/user-manual.html): the `query` endpoint answers
// with an Atom feed. Metadata comes from `id_list` in batches; a title query (`ti:"..."`) finds
// candidates for entries with no arXiv link. arXiv asks for one request every three seconds,
// which the caller's rate limiter enforces. An ID arXiv does not know is simply absent from
// the feed; a malformed one gets an error entry (HTTP 400) naming it.
import { XMLParser, XMLValidator } from "fast-xml-parser";

import { normalizeArxivId } from "../../src/model";
import type { ArxivCandidate, ArxivRecord } from "../pipeline/knowledge";
import { titleKey } from "../pipeline/titles";
import { BodyError, type HttpClient, HttpFailure, type HttpResponse, RateLimiter, checkBaseUrl } from "./http";

export interface ArxivOptions {
  /** The query endpoint. */
  url: string;
  /** IDs per `id_list` request. */
  batchSize: number;
  /** Candidates asked for per title query. */
  searchResults: number;
  /** arXiv's published limit: one request every 3 s. */
  intervalMs: number;
}

export const ARXIV_DEFAULTS: ArxivOptions = {
  url: "https://export.arxiv.org/api/query",
  batchSize: 100,
  searchResults: 5,
  intervalMs: 3_000,
};

export function checkArxivOptions(options: ArxivOptions): void {
  checkBaseUrl("arxiv", options.url, ARXIV_DEFAULTS.url);
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 2000)
    throw new Error("arxiv: invalid `batchSize`. Expecting an integer from 1 to 2000.");
  if (!Number.isInteger(options.searchResults) || options.searchResults < 1)
    throw new Error("arxiv: invalid `searchResults`. Expecting a positive integer.");
  if (!(options.intervalMs >= 0)) throw new Error("arxiv: invalid `intervalMs`. Expecting a non-negative number.");
}

const ERROR_ID = /^https?:\/\/arxiv\.org\/api\/errors/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "author", "link", "category"].includes(name),
  parseTagValue: false,
  trimValues: true,
});

export interface ArxivFeed {
  entries: ArxivRecord[];
  /** Error entries: the API's complaint, and the ID it names when it names one. */
  errors: Array<{ message: string; id?: string }>;
}

const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "object" && value
      ? String((value as { "#text"?: unknown })["#text"] ?? "")
      : "";
const squash = (value: string) => value.replace(/\s+/g, " ").trim();

/** Reads an Atom feed from the API. Throws BodyError when it is not one (cut short, HTML, garbage). */
export function parseArxivFeed(xml: string): ArxivFeed {
  if (XMLValidator.validate(xml) !== true) throw new BodyError("arXiv sent XML that does not parse (cut short?)");
  const feed = (parser.parse(xml) as { feed?: { entry?: unknown[] } }).feed;
  if (!feed || typeof feed !== "object") throw new BodyError("arXiv sent XML that is not an Atom feed");
  const entries: ArxivRecord[] = [];
  const errors: ArxivFeed["errors"] = [];
  for (const raw of feed.entry ?? []) {
    const entry = raw as Record<string, unknown>;
    const idUrl = squash(text(entry.id));
    if (ERROR_ID.test(idUrl)) {
      const named = /incorrect_id_format_for_(.+)$/.exec(idUrl)?.[1];
      errors.push({ message: squash(text(entry.summary)) || "error", ...(named ? { id: named } : {}) });
      continue;
    }
    const match = /\/abs\/(.+?)(v(\d+))?$/.exec(idUrl);
    const id = match ? normalizeArxivId(match[1]!) : null;
    const title = squash(text(entry.title));
    if (!id) throw new BodyError(`arXiv sent an entry without a readable ID ("${idUrl}")`);
    if (!title) continue; // the old API's answer for an ID it does not know: an entry with no title
    const authors = ((entry.author as unknown[]) ?? []).map((a) => squash(text((a as { name?: unknown }).name)));
    const record: ArxivRecord = {
      id,
      title,
      authors: authors.filter(Boolean),
      abstract: squash(text(entry.summary)),
      published: squash(text(entry.published)),
    };
    if (match?.[3]) record.version = Number(match[3]);
    const doi = squash(text(entry["arxiv:doi"]));
    if (doi) record.doi = doi;
    entries.push(record);
  }
  return { entries, errors };
}

function feedOf(response: HttpResponse): ArxivFeed {
  const feed = parseArxivFeed(response.text);
  // The API answers a bad query with HTTP 400 and an error entry; anything else at 400 is garbage.
  if (response.status === 400 && feed.errors.length === 0)
    throw new BodyError("arXiv answered HTTP 400 without an error entry");
  return feed;
}

export class ArxivClient {
  readonly options: ArxivOptions;
  readonly limiter: RateLimiter;

  constructor(
    private readonly http: HttpClient,
    options: Partial<ArxivOptions> = {},
  ) {
    this.options = { ...ARXIV_DEFAULTS, ...options };
    checkArxivOptions(this.options);
    this.limiter = new RateLimiter(new URL(this.options.url).host, this.options.intervalMs);
  }

  private query(params: Record<string, string>): Promise<ArxivFeed> {
    const url = new URL(this.options.url);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return this.http.send({ url: url.toString(), limiter: this.limiter, accept: (s) => s === 400, parse: feedOf });
  }

  /**
   * Records for up to `batchSize` IDs, in one request: each ID maps to its record, or to null when
   * arXiv does not know it. An ID arXiv rejects as malformed is mapped to null and the rest asked again.
   */
  async fetchBatch(ids: string[]): Promise<Map<string, ArxivRecord | null>> {
    const result = new Map<string, ArxivRecord | null>();
    let pending = [...new Set(ids)];
    while (pending.length > 0) {
      const feed = await this.query({ id_list: pending.join(","), max_results: String(pending.length) });
      const rejected = feed.errors.flatMap((e) => (e.id && pending.includes(e.id) ? [e.id] : []));
      if (feed.errors.length > 0 && rejected.length === 0)
        throw new HttpFailure("status", `arXiv refused the query: ${feed.errors.map((e) => e.message).join("; ")}`);
      if (rejected.length > 0) {
        for (const id of rejected) result.set(id, null);
        pending = pending.filter((id) => !rejected.includes(id));
        continue;
      }
      const byId = new Map(feed.entries.map((e) => [e.id, e]));
      for (const id of pending) result.set(id, byId.get(id) ?? null);
      pending = [];
    }
    return result;
  }

  /** Papers whose title contains the words of `title`, best first (arXiv's relevance order). */
  async searchTitle(title: string): Promise<ArxivCandidate[]> {
    const words = titleKey(title);
    if (!words) return [];
    const feed = await this.query({
      search_query: `ti:"${words}"`,
      start: "0",
      max_results: String(this.options.searchResults),
    });
    if (feed.errors.length > 0)
      throw new HttpFailure("status", `arXiv refused the query: ${feed.errors.map((e) => e.message).join("; ")}`);
    return feed.entries.map((e) => ({ id: e.id, title: e.title }));
  }
}
