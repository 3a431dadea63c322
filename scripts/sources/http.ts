// The one HTTP client the online sources share: a timeout on every request (AbortController),
// retries with capped exponential backoff and jitter for what may pass (timeouts, network errors,
// 429, 5xx, a malformed body), Retry-After honoured up to a cap, and a per-host rate limiter.
// The clock, sleep, randomness and fetch are injected, so tests never wait for real.

export interface HttpOptions {
  /** Per attempt, from sending the request to the last byte of the body. */
  timeoutMs: number;
  /** Retries after the first attempt, for timeouts, network errors, 429 and 5xx. */
  retries: number;
  /** A malformed body is retried this many times (a proxy may have cut it short). */
  bodyRetries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A Retry-After longer than this is not waited for: the request fails at once. */
  retryAfterMaxMs: number;
  /** Consecutive network failures after which a host is given up on for the rest of the run. */
  unreachableAfter: number;
  userAgent: string;
  fetch: typeof fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter. */
  random: () => number;
  /** Called before each attempt is sent (the progress display counts requests). */
  onRequest?: (url: string) => void;
}

export const HTTP_DEFAULTS: HttpOptions = {
  timeoutMs: 30_000,
  retries: 4,
  bodyRetries: 1,
  backoffBaseMs: 1_000,
  backoffMaxMs: 30_000,
  retryAfterMaxMs: 120_000,
  unreachableAfter: 3,
  userAgent: "ai-reading-graph (citation graph of AI reading lists; build script)",
  fetch: (...args) => globalThis.fetch(...args),
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Throws unless `url` is absolute; `source` and `example` make the message (`arxiv: invalid \`url\` ...`). */
export function checkBaseUrl(source: string, url: string, example: string): void {
  try {
    new URL(url);
  } catch {
    throw new Error(`${source}: invalid \`url\` "${url}". Expecting an absolute URL such as ${example}.`);
  }
}

export function checkHttpOptions(options: HttpOptions): void {
  const positive = ["timeoutMs"] as const;
  const counts = ["retries", "bodyRetries", "backoffBaseMs", "backoffMaxMs", "retryAfterMaxMs"] as const;
  for (const field of positive)
    if (!(Number.isFinite(options[field]) && options[field] > 0))
      throw new Error(`http: invalid \`${field}\`. Expecting a positive number.`);
  for (const field of counts)
    if (!(Number.isFinite(options[field]) && options[field] >= 0))
      throw new Error(`http: invalid \`${field}\`. Expecting a non-negative number.`);
  if (!Number.isInteger(options.unreachableAfter) || options.unreachableAfter < 1)
    throw new Error("http: invalid `unreachableAfter`. Expecting a positive integer.");
  for (const field of ["fetch", "now", "sleep", "random"] as const)
    if (typeof options[field] !== "function") throw new Error(`http: invalid \`${field}\`. Expecting a function.`);
}

/** `server`: 5xx, retried; `status`: any other refusal (4xx), never retried. */
export type FailureKind = "timeout" | "network" | "unreachable" | "server" | "status" | "rate-limited" | "body";

/** A request that failed for good; `message` is written for the build report. */
export class HttpFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    /** The system error code of a network failure (`ENOTFOUND`, `ECONNREFUSED`). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** A response body the source's parser could not read. Thrown by parsers; retried, then reported. */
export class BodyError extends Error {}

/**
 * What to do when a host answers 429 without saying how long to wait (Semantic Scholar's shared pool
 * does): wait at least `waitMs` (doubling with each retry), and from then on keep to `slowIntervalMs`
 * between requests, the host's published pace.
 */
export interface RateLimitPolicy {
  waitMs: number;
  slowIntervalMs: number;
}

/** One host's pace: at most one request per `intervalMs`, pushed back by 429s; and whether it answers at all. */
export class RateLimiter {
  private next = 0;
  networkFailures = 0;
  unreachable?: string;
  /** 429s answered without a Retry-After, for the report. */
  rateLimited = 0;

  constructor(
    readonly host: string,
    public intervalMs: number,
    readonly policy?: RateLimitPolicy,
  ) {}

  /** After a 429 without Retry-After: how long to wait before this retry, and a slower pace from now on. */
  throttled(attempt: number, backoff: number): number {
    this.rateLimited += 1;
    if (!this.policy) return backoff;
    this.intervalMs = Math.max(this.intervalMs, this.policy.slowIntervalMs);
    return Math.max(backoff, this.policy.waitMs * 2 ** attempt);
  }

  /** Waits until a request may be sent, and books the slot. */
  async take(clock: Pick<HttpOptions, "now" | "sleep">): Promise<void> {
    const now = clock.now();
    const wait = Math.max(0, this.next - now);
    this.next = Math.max(now, this.next) + this.intervalMs;
    if (wait > 0) await clock.sleep(wait);
  }

  /** No request before `time` (a Retry-After, or backoff after a 429). */
  holdUntil(time: number): void {
    this.next = Math.max(this.next, time);
  }
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface HttpRequest<T> {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  limiter: RateLimiter;
  /** Statuses other than 2xx that carry an answer (a 404 "no match"), given to `parse`. */
  accept?: (status: number) => boolean;
  /** Reads the body; throws BodyError when it is malformed. */
  parse: (response: HttpResponse) => T;
}

/** Seconds or an HTTP date → milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const DNS_FAILURE = new Set(["ENOTFOUND", "EAI_NONAME"]);

function networkCause(error: unknown): { code?: string; text: string } {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const text = cause?.message ?? (error as Error)?.message ?? String(error);
  return cause?.code ? { code: cause.code, text } : { text };
}

export class HttpClient {
  readonly options: HttpOptions;
  requests = 0;
  retries = 0;

  constructor(options: Partial<HttpOptions> = {}) {
    this.options = { ...HTTP_DEFAULTS, ...options };
    checkHttpOptions(this.options);
  }

  private backoff(attempt: number): number {
    const { backoffBaseMs, backoffMaxMs, random } = this.options;
    const capped = Math.min(backoffMaxMs, backoffBaseMs * 2 ** attempt);
    return Math.round(capped / 2 + (capped / 2) * random()); // "equal jitter": never less than half
  }

  async send<T>(request: HttpRequest<T>): Promise<T> {
    const { limiter } = request;
    const o = this.options;
    let bodyFailures = 0;
    for (let attempt = 0; ; attempt += 1) {
      if (limiter.unreachable)
        throw new HttpFailure("unreachable", `not asked: ${limiter.host} is unreachable (${limiter.unreachable})`);
      if (attempt > 0) this.retries += 1;
      await limiter.take(o);
      const outcome = await this.attempt(request);
      if ("value" in outcome) {
        limiter.networkFailures = 0;
        return outcome.value;
      }
      const { failure, retryAfter } = outcome;
      const tried = ` (gave up after ${attempt + 1} attempt${attempt === 0 ? "" : "s"})`;
      if (failure.kind === "network" || failure.kind === "timeout") {
        limiter.networkFailures += 1;
        // A name that does not resolve will not resolve in a second; a host that keeps failing is skipped.
        const dns = failure.code !== undefined && DNS_FAILURE.has(failure.code);
        if (dns || limiter.networkFailures >= o.unreachableAfter) limiter.unreachable = failure.code ?? failure.kind;
        if (dns) throw failure;
      } else limiter.networkFailures = 0;
      if (failure.kind === "status") throw failure;
      if (failure.kind === "body" && ++bodyFailures > o.bodyRetries) throw failure;
      let wait = this.backoff(attempt);
      if (retryAfter !== null && retryAfter !== undefined) {
        if (retryAfter > o.retryAfterMaxMs) {
          const asked = Math.round(retryAfter / 1000);
          const cap = Math.round(o.retryAfterMaxMs / 1000);
          throw new HttpFailure(
            failure.kind,
            `${failure.message}; asked to wait ${asked} s, over the ${cap} s cap`,
            failure.status,
          );
        }
        wait = retryAfter;
      } else if (failure.kind === "rate-limited") wait = limiter.throttled(attempt, wait);
      if (attempt >= o.retries)
        throw new HttpFailure(failure.kind, `${failure.message}${tried}`, failure.status, failure.code);
      limiter.holdUntil(o.now() + wait);
    }
  }

  private async attempt<T>(
    request: HttpRequest<T>,
  ): Promise<{ value: T } | { failure: HttpFailure; retryAfter?: number | null }> {
    const o = this.options;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), o.timeoutMs);
    this.requests += 1;
    o.onRequest?.(request.url);
    let response: HttpResponse;
    let answered = false;
    try {
      const res = await o.fetch(request.url, {
        method: request.method ?? "GET",
        headers: { "user-agent": o.userAgent, ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: controller.signal,
      });
      answered = true;
      response = { status: res.status, headers: res.headers, text: await res.text() };
    } catch (error) {
      if (controller.signal.aborted)
        return { failure: new HttpFailure("timeout", `timed out after ${o.timeoutMs / 1000} s`) };
      const { code, text } = networkCause(error);
      // Headers came, then the connection dropped: the body was cut short. Worth another try.
      const what = answered ? "the response was cut short" : "network error";
      return { failure: new HttpFailure("network", `${what} (${text})`, undefined, code) };
    } finally {
      clearTimeout(timer);
    }
    const { status } = response;
    const ok = (status >= 200 && status < 300) || request.accept?.(status) === true;
    if (!ok) {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), o.now());
      if (status === 429)
        return { failure: new HttpFailure("rate-limited", "rate limited (HTTP 429)", status), retryAfter };
      if (status >= 500) return { failure: new HttpFailure("server", `HTTP ${status}`, status), retryAfter };
      return { failure: new HttpFailure("status", `HTTP ${status}${snippet(response.text)}`, status) };
    }
    try {
      return { value: request.parse(response) };
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      return { failure: new HttpFailure("body", `malformed response: ${error.message}`, status) };
    }
  }
}

/** The start of an error body, for the report (`HTTP 400: {"error":"Unrecognized field"}`). */
function snippet(text: string): string {
  // OpenAlex answers an unknown work with an HTML page: its title says more than its markup.
  const title = /^\s*<(?:!doctype html|html)[\s\S]*?<title>([^<]*)<\/title>/i.exec(text)?.[1];
  if (title) return ` (an HTML page: "${title.trim()}")`;
  const short = text.replace(/\s+/g, " ").trim().slice(0, 160);
  return short ? `: ${short}` : "";
}
