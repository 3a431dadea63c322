// Wires the online sources for the CLI from the environment: API keys, base URLs (tests point
// them at a local server), and the pace. Every variable is checked before any request, with an
// error that names it.
import { ARXIV_DEFAULTS, ArxivClient } from "./arxiv";
import { CacheWriter } from "./cache";
import { HTTP_DEFAULTS, HttpClient, type HttpOptions } from "./http";
import { createOnline } from "./online";
import { OPENALEX_DEFAULTS, OpenAlexClient } from "./openalex";
import type { Progress } from "./progress";
import { SEMANTIC_SCHOLAR_DEFAULTS, SemanticScholarClient } from "./semantic-scholar";

/** The variables the online build reads, with what each does (shown by --help). */
export const ONLINE_ENV = {
  SEMANTIC_SCHOLAR_API_KEY: "Semantic Scholar API key (x-api-key); faster, fewer 429s",
  OPENALEX_API_KEY: "OpenAlex API key (api_key)",
  OPENALEX_MAILTO: "e-mail address OpenAlex may contact (mailto)",
  ARXIV_API_URL: `arXiv query endpoint (default ${ARXIV_DEFAULTS.url})`,
  SEMANTIC_SCHOLAR_API_URL: `Semantic Scholar Graph API base (default ${SEMANTIC_SCHOLAR_DEFAULTS.url})`,
  OPENALEX_API_URL: `OpenAlex API base (default ${OPENALEX_DEFAULTS.url})`,
  ONLINE_TIMEOUT_MS: `timeout per request attempt (default ${HTTP_DEFAULTS.timeoutMs})`,
  ONLINE_RETRIES: `retries after a failed attempt (default ${HTTP_DEFAULTS.retries})`,
  ONLINE_DELAY_SCALE: "multiplies every rate-limit interval and backoff delay (default 1; 0 for tests)",
} as const;

type Env = Record<string, string | undefined>;

function number(env: Env, name: keyof typeof ONLINE_ENV, check: (n: number) => boolean, expected: string) {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) throw new Error(`${name}="${raw}": expecting ${expected}`);
  return value;
}

export interface OnlineSetup {
  http: HttpClient;
  cache: CacheWriter;
  sources: ReturnType<typeof createOnline>;
}

export interface OnlineSetupOptions {
  env: Env;
  cacheDir: string;
  refresh: boolean;
  openalex: boolean;
  progress: Progress;
  /** For tests: the transport and the clock. */
  http?: Partial<HttpOptions>;
}

export function createOnlineSetup(options: OnlineSetupOptions): OnlineSetup {
  const { env, progress } = options;
  const scale = number(env, "ONLINE_DELAY_SCALE", (n) => n >= 0, "a number ≥ 0") ?? 1;
  const timeoutMs = number(env, "ONLINE_TIMEOUT_MS", (n) => n > 0, "a positive number of milliseconds");
  const retries = number(env, "ONLINE_RETRIES", (n) => Number.isInteger(n) && n >= 0, "a whole number ≥ 0");
  const http = new HttpClient({
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(retries !== undefined ? { retries } : {}),
    backoffBaseMs: HTTP_DEFAULTS.backoffBaseMs * scale,
    backoffMaxMs: HTTP_DEFAULTS.backoffMaxMs * scale,
    onRequest: () => progress.request(),
    ...options.http,
  });
  const url = (name: "ARXIV_API_URL" | "SEMANTIC_SCHOLAR_API_URL" | "OPENALEX_API_URL", fallback: string) =>
    (env[name] || fallback).replace(/\/+$/, "");
  const arxiv = new ArxivClient(http, {
    url: url("ARXIV_API_URL", ARXIV_DEFAULTS.url),
    intervalMs: ARXIV_DEFAULTS.intervalMs * scale,
  });
  const s2 = new SemanticScholarClient(http, {
    url: url("SEMANTIC_SCHOLAR_API_URL", SEMANTIC_SCHOLAR_DEFAULTS.url),
    intervalMs: SEMANTIC_SCHOLAR_DEFAULTS.intervalMs * scale,
    intervalWithKeyMs: SEMANTIC_SCHOLAR_DEFAULTS.intervalWithKeyMs * scale,
    rateLimitWaitMs: SEMANTIC_SCHOLAR_DEFAULTS.rateLimitWaitMs * scale,
    rateLimitIntervalMs: SEMANTIC_SCHOLAR_DEFAULTS.rateLimitIntervalMs * scale,
    rateLimitIntervalWithKeyMs: SEMANTIC_SCHOLAR_DEFAULTS.rateLimitIntervalWithKeyMs * scale,
    ...(env.SEMANTIC_SCHOLAR_API_KEY ? { apiKey: env.SEMANTIC_SCHOLAR_API_KEY } : {}),
  });
  const openalex = options.openalex
    ? new OpenAlexClient(http, {
        url: url("OPENALEX_API_URL", OPENALEX_DEFAULTS.url),
        intervalMs: OPENALEX_DEFAULTS.intervalMs * scale,
        ...(env.OPENALEX_API_KEY ? { apiKey: env.OPENALEX_API_KEY } : {}),
        ...(env.OPENALEX_MAILTO ? { mailto: env.OPENALEX_MAILTO } : {}),
      })
    : undefined;
  const cache = new CacheWriter(options.cacheDir);
  const sources = createOnline({
    arxiv,
    s2,
    ...(openalex ? { openalex } : {}),
    cache,
    refresh: options.refresh,
    progress,
  });
  return { http, cache, sources };
}
