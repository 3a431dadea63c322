// OpenAlex (https://developers.openalex.org): the fallback for references Semantic Scholar does not
// have. Works are addressed by their arXiv DOI (10.48550/arXiv.<id>), up to 50 in one filter
// request (`filter=doi:a|b|...`); `referenced_works` lists OpenAlex IDs, which the enrich stage
// maps back to papers of the graph through their own works. A key goes in `api_key`.
import type { OpenAlexRecord } from "../pipeline/knowledge";
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
    if (this.options.apiKey) url.searchParams.set("api_key", this.options.apiKey);
    if (this.options.mailto) url.searchParams.set("mailto", this.options.mailto);
    const works = await this.http.send({
      url: url.toString(),
      limiter: this.limiter,
      parse: (response) => {
        let body: unknown;
        try {
          body = JSON.parse(response.text);
        } catch {
          throw new BodyError("OpenAlex sent a body that is not JSON (cut short?)");
        }
        const results = (body as { results?: unknown })?.results;
        if (!Array.isArray(results)) throw new BodyError("the answer has no `results` list");
        const byDoi = new Map<string, OpenAlexRecord>();
        for (const work of results as Array<Record<string, unknown>>) {
          if (typeof work?.id !== "string" || typeof work.doi !== "string")
            throw new BodyError("a work has no id or doi");
          const referenced = Array.isArray(work.referenced_works) ? work.referenced_works : [];
          byDoi.set(work.doi.replace(/^https?:\/\/doi\.org\//, "").toLowerCase(), {
            workId: shortId(work.id),
            referencedWorks: referenced.filter((w): w is string => typeof w === "string").map(shortId),
          });
        }
        return byDoi;
      },
    });
    return new Map(unique.map((id) => [id, works.get(arxivDoi(id)) ?? null]));
  }
}
