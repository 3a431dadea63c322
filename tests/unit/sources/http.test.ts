import { afterEach, describe, expect, it } from "vitest";

import {
  BodyError,
  HttpClient,
  HttpFailure,
  type HttpOptions,
  RateLimiter,
  parseRetryAfter,
} from "../../../scripts/sources/http";
import { type Handler, type LocalServer, fakeClock, send, sendTruncated, startServer } from "../helpers/local-server";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that answers the n-th request with the n-th handler (the last one repeats). */
async function serve(...handlers: Handler[]): Promise<LocalServer> {
  server = await startServer((req, res) =>
    handlers[Math.min(server!.requests.length - 1, handlers.length - 1)]!(req, res),
  );
  return server;
}

function client(options: Partial<HttpOptions> = {}) {
  const clock = fakeClock();
  const http = new HttpClient({ now: clock.now, sleep: clock.sleep, random: () => 0, ...options });
  return { http, clock, limiter: new RateLimiter("test", 0) };
}

const text = (response: { text: string }) => response.text;

describe("HttpClient.send", () => {
  it("retries a 503 with capped exponential backoff and returns the answer that follows", async () => {
    const s = await serve(
      (_, res) => send(res, 503, "busy"),
      (_, res) => send(res, 503, "busy"),
      (_, res) => send(res, 200, "ok"),
    );
    const { http, clock, limiter } = client();
    expect(await http.send({ url: `${s.origin}/x`, limiter, parse: text })).toBe("ok");
    expect(s.requests).toHaveLength(3);
    // random() = 0 gives the lower half of the jitter range: 1000/2, then 2000/2.
    expect(clock.sleeps).toEqual([500, 1000]);
    expect([http.requests, http.retries]).toEqual([3, 2]);
  });

  it("waits as long as a 429's Retry-After asks, in seconds", async () => {
    const s = await serve(
      (_, res) => send(res, 429, "slow down", { "retry-after": "7" }),
      (_, res) => send(res, 200, "ok"),
    );
    const { http, clock, limiter } = client();
    expect(await http.send({ url: `${s.origin}/x`, limiter, parse: text })).toBe("ok");
    expect(clock.sleeps).toEqual([7000]);
  });

  it("reads a Retry-After given as an HTTP date", () => {
    expect(parseRetryAfter(new Date(1_005_000).toUTCString(), 1_000_000)).toBe(5000);
    expect(parseRetryAfter("soon", 0)).toBeNull();
  });

  it("backs off on a 429 without Retry-After", async () => {
    const s = await serve(
      (_, res) => send(res, 429, ""),
      (_, res) => send(res, 200, "ok"),
    );
    const { http, clock, limiter } = client({ random: () => 0.5 });
    await http.send({ url: `${s.origin}/x`, limiter, parse: text });
    expect(clock.sleeps).toEqual([750]);
  });

  it("gives up at once when Retry-After is over the cap", async () => {
    const s = await serve((_, res) => send(res, 429, "", { "retry-after": "3600" }));
    const { http, limiter } = client({ retryAfterMaxMs: 60_000 });
    await expect(http.send({ url: `${s.origin}/x`, limiter, parse: text })).rejects.toThrow(
      "rate limited (HTTP 429); asked to wait 3600 s, over the 60 s cap",
    );
    expect(s.requests).toHaveLength(1);
  });

  it("gives up on a 429 after the last retry", async () => {
    const s = await serve((_, res) => send(res, 429, ""));
    const { http, limiter } = client({ retries: 2 });
    await expect(http.send({ url: `${s.origin}/x`, limiter, parse: text })).rejects.toThrow(
      "rate limited (HTTP 429) (gave up after 3 attempts)",
    );
    expect(s.requests).toHaveLength(3);
  });

  it("never retries a 4xx other than 429, and quotes the body", async () => {
    const s = await serve((_, res) => send(res, 400, '{"error":"Unrecognized field"}'));
    const { http, limiter } = client();
    const failure = await http.send({ url: `${s.origin}/x`, limiter, parse: text }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpFailure);
    expect((failure as HttpFailure).message).toBe('HTTP 400: {"error":"Unrecognized field"}');
    expect(s.requests).toHaveLength(1);
  });

  it("hands statuses the caller accepts to its parser", async () => {
    const s = await serve((_, res) => send(res, 404, "none"));
    const { http, limiter } = client();
    const parse = (r: { status: number; text: string }) => `${r.status} ${r.text}`;
    expect(await http.send({ url: `${s.origin}/x`, limiter, accept: (st) => st === 404, parse })).toBe("404 none");
  });

  it("times out a request that never answers, and retries it", async () => {
    const s = await serve(() => {});
    // The server runs in this process: the timeout must leave its event loop time to take each
    // request in, even on a busy machine, or the count below would be short.
    const { http, limiter } = client({ timeoutMs: 400, retries: 1 });
    await expect(http.send({ url: `${s.origin}/x`, limiter, parse: text })).rejects.toThrow(
      "timed out after 0.4 s (gave up after 2 attempts)",
    );
    expect(s.requests).toHaveLength(2);
  });

  it("retries a body cut short", async () => {
    const s = await serve(
      (_, res) => sendTruncated(res, '{"partial":'),
      (_, res) => send(res, 200, "whole"),
    );
    const { http, limiter } = client();
    expect(await http.send({ url: `${s.origin}/x`, limiter, parse: text })).toBe("whole");
    expect(s.requests).toHaveLength(2);
  });

  it("retries a malformed body once, then reports it", async () => {
    const s = await serve((_, res) => send(res, 200, "<html>"));
    const { http, limiter } = client();
    const parse = () => {
      throw new BodyError("not JSON");
    };
    await expect(http.send({ url: `${s.origin}/x`, limiter, parse })).rejects.toThrow("malformed response: not JSON");
    expect(s.requests).toHaveLength(2);
  });

  it("gives up on a host after repeated connection failures, without asking it again", async () => {
    const s = await serve((_, res) => send(res, 200, "never"));
    const url = `${s.origin}/x`;
    await s.close();
    server = undefined;
    const { http, limiter } = client({ retries: 1, unreachableAfter: 2 });
    await expect(http.send({ url, limiter, parse: text })).rejects.toThrow(
      /^network error \(.*ECONNREFUSED.*\) \(gave up after 2 attempts\)$/,
    );
    await expect(http.send({ url, limiter, parse: text })).rejects.toThrow(
      /^not asked: test is unreachable \(ECONNREFUSED\)$/,
    );
    expect(http.requests).toBe(2);
  });

  it("does not retry a name that does not resolve", async () => {
    const dns = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.example"), { code: "ENOTFOUND" }),
    });
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      throw dns;
    }) as unknown as typeof globalThis.fetch;
    const { http, limiter } = client({ fetch });
    await expect(http.send({ url: "http://api.example/x", limiter, parse: text })).rejects.toThrow(
      "network error (getaddrinfo ENOTFOUND api.example)",
    );
    expect(calls).toBe(1);
    expect(limiter.unreachable).toBe("ENOTFOUND");
  });

  it("throws when an option is out of range", () => {
    expect(() => new HttpClient({ timeoutMs: -1 })).toThrow("http: invalid `timeoutMs`. Expecting a positive number.");
    expect(() => new HttpClient({ retries: -1 })).toThrow("http: invalid `retries`. Expecting a non-negative number.");
    expect(() => new HttpClient({ unreachableAfter: 0 })).toThrow(
      "http: invalid `unreachableAfter`. Expecting a positive integer.",
    );
  });
});

describe("RateLimiter", () => {
  it("spaces requests to one host by its interval, without sleeping for real", async () => {
    const s = await serve((_, res) => send(res, 200, "ok"));
    const { http, clock } = client();
    const limiter = new RateLimiter("arxiv", 3000);
    for (let i = 0; i < 3; i += 1) await http.send({ url: `${s.origin}/x`, limiter, parse: text });
    expect(clock.sleeps).toEqual([3000, 3000]);
  });
});
