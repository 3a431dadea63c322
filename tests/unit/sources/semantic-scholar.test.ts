import { afterEach, describe, expect, it } from "vitest";

import { HttpClient } from "../../../scripts/sources/http";
import { BATCH_FIELDS, SemanticScholarClient, parsePaper } from "../../../scripts/sources/semantic-scholar";
import { syntheticApis } from "../../fixtures/online/synthetic-api";
import { ALPHA, BETA, GAMMA, IOTA_IMPOSTOR, SYNTHETIC_PAPERS } from "../../fixtures/online/synthetic-papers";
import { type Handler, type LocalServer, fakeClock, send, sendJson, startServer } from "../helpers/local-server";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const synthetic: Handler = (req, res) => syntheticApis(SYNTHETIC_PAPERS).handle(req, res);

async function s2At(handler: Handler, options: { apiKey?: string; pageSize?: number } = {}) {
  server = await startServer(handler);
  const clock = fakeClock();
  const http = new HttpClient({ now: clock.now, sleep: clock.sleep, random: () => 0, retries: 1 });
  return { client: new SemanticScholarClient(http, { url: `${server.origin}/s2`, ...options }), clock, server };
}

describe("SemanticScholarClient.fetchBatch", () => {
  it("POSTs the ARXIV: keys with the fields in the query string", async () => {
    const { client, server } = await s2At(synthetic);
    await client.fetchBatch(["ARXIV:2101.00001"]);
    const request = server.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url.pathname).toBe("/s2/paper/batch");
    expect(request.url.searchParams.get("fields")).toBe(BATCH_FIELDS);
    expect(JSON.parse(request.body)).toEqual({ ids: ["ARXIV:2101.00001"] });
    expect(request.headers["x-api-key"]).toBeUndefined();
  });

  it("sends the API key in x-api-key, and goes faster with one", async () => {
    const { client } = await s2At(synthetic, { apiKey: "synthetic-key" });
    await client.fetchBatch(["ARXIV:2101.00001"]);
    expect(server!.requests[0]!.headers["x-api-key"]).toBe("synthetic-key");
    expect(client.limiter.intervalMs).toBe(1000);
  });

  it("reads each paper, and null for a paper it does not know", async () => {
    const { client } = await s2At(synthetic);
    const records = await client.fetchBatch(["ARXIV:2102.00002", "ARXIV:2104.00004"]);
    expect(records.get("ARXIV:2104.00004")).toBeNull();
    expect(records.get("ARXIV:2102.00002")).toEqual({
      paperId: BETA.s2Id,
      arxivId: "2102.00002",
      title: "Beta: Building on Alpha",
      year: 2021,
      authors: ["Cy Placeholder"],
      abstract: "Beta extends Alpha. Synthetic.",
      citationCount: 40,
      references: [
        { paperId: ALPHA.s2Id, arxivId: "2101.00001" },
        { paperId: "90".repeat(20), arxivId: "1901.00090" },
      ],
    });
  });

  it("treats an answer of the wrong length as malformed", async () => {
    const { client } = await s2At((_, res) => sendJson(res, 200, [null]));
    await expect(client.fetchBatch(["ARXIV:2101.00001", "ARXIV:2102.00002"])).rejects.toThrow(
      "malformed response: the batch answer is not a list of 2 papers",
    );
  });
});

describe("parsePaper", () => {
  it("keeps an empty reference list absent, so the fallback is tried", () => {
    expect(parsePaper({ paperId: "p", title: "T", authors: [], references: [] })).toEqual({
      paperId: "p",
      title: "T",
      authors: [],
    });
  });

  it("reads the tldr's text and the publication date", () => {
    const record = parsePaper({
      paperId: "p",
      tldr: { model: "tldr@v2.0.0", text: "Short." },
      publicationDate: "2021-01-04",
    });
    expect([record.tldr, record.publicationDate]).toEqual(["Short.", "2021-01-04"]);
  });
});

describe("SemanticScholarClient.fetchReferences", () => {
  it("keeps isInfluential and intents, and follows `next` across pages", async () => {
    const { client, server } = await s2At(synthetic, { pageSize: 1 });
    expect(await client.fetchReferences("ARXIV:2102.00002")).toEqual([
      { paperId: ALPHA.s2Id, arxivId: "2101.00001", isInfluential: true, intents: ["methodology", "background"] },
      { paperId: "90".repeat(20), arxivId: "1901.00090", isInfluential: false, intents: [] },
    ]);
    expect(server.requests.map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "1"]);
    expect(server.requests[0]!.url.searchParams.get("fields")).toBe("isInfluential,intents,externalIds");
  });
});

describe("SemanticScholarClient.matchTitle", () => {
  it("returns the best match with its arXiv ID", async () => {
    const { client } = await s2At(synthetic);
    expect(await client.matchTitle("Gamma: A Paper Hosted Elsewhere")).toEqual({
      paperId: GAMMA.s2Id,
      title: "Gamma: A Paper Hosted Elsewhere",
      arxivId: "2103.00003",
    });
  });

  it("returns whatever it matched, even another paper: the caller checks the title", async () => {
    const { client } = await s2At(synthetic);
    expect((await client.matchTitle("Iota: A Workshop Paper"))?.paperId).toBe(IOTA_IMPOSTOR.s2Id);
  });

  it("reads a 404 as no match", async () => {
    const { client, server } = await s2At(synthetic);
    expect(await client.matchTitle("Nothing Like This")).toBeNull();
    expect(server.requests).toHaveLength(1);
  });

  it("treats a body that is not JSON as malformed", async () => {
    const { client } = await s2At((_, res) => send(res, 200, "<html>gateway</html>"));
    await expect(client.matchTitle("Alpha")).rejects.toThrow(
      "malformed response: Semantic Scholar sent a body that is not JSON (20 bytes; cut short?)",
    );
  });
});

describe("SemanticScholarClient options", () => {
  it("throws when the batch size is over the API's 500", () => {
    expect(() => new SemanticScholarClient(new HttpClient(), { batchSize: 501 })).toThrow(
      "semantic-scholar: invalid `batchSize`. Expecting an integer from 1 to 500.",
    );
  });
});
