// OpenAlex (https://developers.openalex.org): the fallback for references Semantic Scholar does not
// have. Works are addressed by their arXiv DOI (10.48550/arXiv.<id>), up to 50 in one filter
// request (`filter=doi:a|b|...`); `referenced_works` lists OpenAlex IDs, which the enrich stage
// maps back to papers of the graph through their own works. A key goes in `api_key`.
import type { OpenAlexRecord, OpenAlexTwin } from "../pipeline/knowledge";
import { sameTitle } from "../pipeline/search";
import { BodyError, type HttpClient, RateLimiter, checkBaseUrl } from "./http";

export interface OpenAlexOptions {
  url: string;
  apiKey?: string;
  /** Sent as `mailto`, which OpenAlex asks of polite clients. */
  mailto?: string;
  batchSize: number;
  intervalMs: number;
}

export const OPENALEX_DEFAULTS: OpenAlexOptions = { url: "https://api.openalex.org", batchSize: 50, intervalMs: 200 };

export function checkOpenAlexOptions(options: OpenAlexOptions): void {
  checkBaseUrl("openalex", options.url, OPENALEX_DEFAULTS.url);
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 100)
    throw new Error("openalex: invalid `batchSize`. Expecting an integer from 1 to 100.");
  if (!(options.intervalMs >= 0)) throw new Error("openalex: invalid `intervalMs`. Expecting a non-negative number.");
}

export function arxivDoi(arxivId: string): string {
  return `10.48550/arxiv.${arxivId}`.toLowerCase();
}

const shortId = (url: string) => url.replace(/^https?:\/\/openalex\.org\//, "");
const bareDoi = (doi: string) => doi.replace(/^https?:\/\/doi\.org\//, "").toLowerCase();
const ARXIV_DOI_PREFIX = "10.48550/arxiv.";
/** Works a title search reads: a paper rarely has more than a handful of OpenAlex works. */
const TWIN_CANDIDATES = 10;

function results(text: string): Array<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BodyError("OpenAlex sent a body that is not JSON (cut short?)");
  }
  const list = (body as { results?: unknown })?.results;
  if (!Array.isArray(list)) throw new BodyError("the answer has no `results` list");
  return list as Array<Record<string, unknown>>;
}

const referencedOf = (work: Record<string, unknown>) =>
  (Array.isArray(work.referenced_works) ? work.referenced_works : [])
    .filter((w): w is string => typeof w === "string")
    .map(shortId);

export class OpenAlexClient {
  readonly options: OpenAlexOptions;
  readonly limiter: RateLimiter;

  constructor(
    private readonly http: HttpClient,
    options: Partial<OpenAlexOptions> = {},
  ) {
    this.options = { ...OPENALEX_DEFAULTS, ...options };
    checkOpenAlexOptions(this.options);
    this.limiter = new RateLimiter(new URL(this.options.url).host, this.options.intervalMs);
  }

  /** Works for up to `batchSize` arXiv IDs; null for those OpenAlex does not have. */
  async fetchBatch(arxivIds: string[]): Promise<Map<string, OpenAlexRecord | null>> {
    const unique = [...new Set(arxivIds)];
    const url = new URL(`${this.options.url}/works`);
    url.searchParams.set("filter", `doi:${unique.map(arxivDoi).join("|")}`);
    url.searchParams.set("select", "id,doi,referenced_works");
    url.searchParams.set("per-page", String(Math.max(unique.length, 1)));
    this.polite(url);
    const works = await this.http.send({
      url: url.toString(),
      limiter: this.limiter,
      parse: (response) => {
        const byDoi = new Map<string, OpenAlexRecord>();
        for (const work of results(response.text)) {
          // A work without a DOI (OpenAlex has them) cannot be one asked for by DOI: skipped, not fatal.
          if (typeof work?.id !== "string" || typeof work.doi !== "string") continue;
          byDoi.set(bareDoi(work.doi), { workId: shortId(work.id), referencedWorks: referencedOf(work) });
        }
        return byDoi;
      },
    });
    return new Map(unique.map((id) => [id, works.get(arxivDoi(id)) ?? null]));
  }

  /**
   * The journal (or proceedings) version of a preprint: a work whose title is the paper's, whose DOI
   * is not arXiv's, and which lists references. OpenAlex's arXiv-DOI work of a recent preprint often
   * has `referenced_works: []` while this twin holds them. Null when the title search finds none.
   */
  async findTwin(title: string): Promise<OpenAlexTwin | null> {
    const url = new URL(`${this.options.url}/works`);
    // `title.search` reads words; a comma or colon inside the value would split or end the filter.
    url.searchParams.set(
      "filter",
      `title.search:${title
        .replace(/[,:|]+/g, " ")
        .replace(/\s+/g, " ")
        .trim()}`,
    );
    url.searchParams.set("select", "id,doi,title,referenced_works");
    url.searchParams.set("per-page", String(TWIN_CANDIDATES));
    this.polite(url);
    return this.http.send({
      url: url.toString(),
      limiter: this.limiter,
      parse: (response) => {
        for (const work of results(response.text)) {
          if (typeof work?.id !== "string" || typeof work.title !== "string" || typeof work.doi !== "string") continue;
          const doi = bareDoi(work.doi);
          const referencedWorks = referencedOf(work);
          if (doi.startsWith(ARXIV_DOI_PREFIX) || referencedWorks.length === 0 || !sameTitle(title, work.title))
            continue;
          return { workId: shortId(work.id), doi, title: work.title, referencedWorks };
        }
        return null;
      },
    });
  }

  private polite(url: URL): void {
    if (this.options.apiKey) url.searchParams.set("api_key", this.options.apiKey);
    if (this.options.mailto) url.searchParams.set("mailto", this.options.mailto);
  }
}
