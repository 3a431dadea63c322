import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type Knowledge, type RecordRequest, addKnowledge, emptyKnowledge } from "../../../scripts/pipeline/knowledge";
import { ArxivClient } from "../../../scripts/sources/arxiv";
import { CacheWriter, loadCache } from "../../../scripts/sources/cache";
import { HttpClient } from "../../../scripts/sources/http";
import { createOnline } from "../../../scripts/sources/online";
import { Progress } from "../../../scripts/sources/progress";
import { SemanticScholarClient } from "../../../scripts/sources/semantic-scholar";
import { type SyntheticApis, syntheticApis } from "../../fixtures/online/synthetic-api";
import { SYNTHETIC_PAPERS } from "../../fixtures/online/synthetic-papers";
import { type LocalServer, fakeClock, startServer } from "../helpers/local-server";

let server: LocalServer;
let apis: SyntheticApis;
let dir: string;
beforeEach(async () => {
  apis = syntheticApis(SYNTHETIC_PAPERS);
  server = await startServer((req, res) => apis.handle(req, res));
  dir = mkdtempSync(join(tmpdir(), "online-test-"));
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function online(refresh = false) {
  const clock = fakeClock();
  const progress = new Progress(null);
  const http = new HttpClient({
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0,
    retries: 1,
    onRequest: () => progress.request(),
  });
  const sources = createOnline({
    arxiv: new ArxivClient(http, { url: `${server.origin}/arxiv/query` }),
    s2: new SemanticScholarClient(http, { url: `${server.origin}/s2` }),
    cache: new CacheWriter(dir),
    refresh,
    progress,
  });
  return { sources, progress };
}

const ALPHA: RecordRequest = {
  paperKey: "arxiv:2101.00001",
  arxivId: "2101.00001",
  s2Key: "ARXIV:2101.00001",
  label: "Alpha",
  title: "Alpha",
};
const BETA: RecordRequest = {
  paperKey: "arxiv:2102.00002",
  arxivId: "2102.00002",
  s2Key: "ARXIV:2102.00002",
  label: "Beta",
  title: "Beta",
};

async function fetchAll(requests: RecordRequest[], known: Knowledge, refresh = false) {
  const { sources, progress } = online(refresh);
  const step = await sources.fetchRecords(requests, known);
  return { step, counts: progress.counts, knowledge: addKnowledge(known, step.knowledge) };
}

describe("online records", () => {
  it("fetches arXiv and Semantic Scholar records, then how the citing paper cites", async () => {
    const { knowledge, step } = await fetchAll([ALPHA, BETA], emptyKnowledge());
    expect(step.failures).toEqual([]);
    expect(server.requests.map((r) => `${r.method} ${r.url.pathname}`).sort()).toEqual([
      "GET /arxiv/query",
      "GET /s2/paper/ARXIV%3A2102.00002/references",
      "POST /s2/paper/batch",
    ]);
    expect(knowledge.s2References.get("ARXIV:2102.00002")?.[0]).toMatchObject({ isInfluential: true });
    expect(loadCache(dir).files).toBe(5);
  });

  it("asks nothing when the cache has every answer, and counts the hits", async () => {
    const first = await fetchAll([ALPHA, BETA], emptyKnowledge());
    const before = server.requests.length;
    const { counts } = await fetchAll([ALPHA, BETA], loadCache(dir).knowledge);
    expect(server.requests.length).toBe(before);
    expect([counts.requests, counts.cacheHits]).toEqual([0, 5]);
    expect(first.counts.cacheHits).toBe(0);
  });

  it("leaves the cache as it was when a refetch fails", async () => {
    await fetchAll([ALPHA], emptyKnowledge());
    const file = join(dir, "arxiv", "2101.00001.json");
    const before = readFileSync(file, "utf8");
    apis.faults.push({ match: "/arxiv/query", kind: "status", status: 503 });
    const { step } = await fetchAll([ALPHA], loadCache(dir).knowledge, true);
    expect(step.failures).toEqual([
      { file: "Alpha", line: 0, message: "arXiv API: HTTP 503 (gave up after 2 attempts)" },
    ]);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("keeps a record the source once gave when a refetch says it does not know the paper", async () => {
    await fetchAll([ALPHA], emptyKnowledge());
    const forgetful = syntheticApis(SYNTHETIC_PAPERS.filter((p) => p.arxivId !== "2101.00001"));
    server.handler = (req, res) => forgetful.handle(req, res);
    const { knowledge } = await fetchAll([ALPHA], loadCache(dir).knowledge, true);
    expect(knowledge.arxiv.get("2101.00001")?.title).toBe("Alpha: A Synthetic Base Model");
    expect(loadCache(dir).knowledge.arxiv.get("2101.00001")?.title).toBe("Alpha: A Synthetic Base Model");
  });
});

describe("online title search", () => {
  it("asks arXiv only for titles Semantic Scholar did not place on arXiv, and caches both answers", async () => {
    const { sources } = online();
    const step = await sources.searchTitles(
      [
        { key: "gamma a paper hosted elsewhere", title: "Gamma: A Paper Hosted Elsewhere", at: "l.md:9" },
        { key: "delta a link less synthetic paper", title: "Delta: A Link-less Synthetic Paper", at: "l.md:13" },
      ],
      emptyKnowledge(),
    );
    expect(server.requests.map((r) => r.url.pathname)).toEqual([
      "/s2/paper/search/match",
      "/s2/paper/search/match",
      "/arxiv/query",
    ]);
    expect(step.knowledge.s2Match?.get("delta a link less synthetic paper")).toBeNull();
    expect(step.knowledge.arxivSearch?.get("delta a link less synthetic paper")).toEqual([
      { id: "2104.00004", title: "Delta: A Link-less Synthetic Paper" },
    ]);
    expect(loadCache(dir).files).toBe(3);
  });
});
