// The online clients against real recorded responses of arXiv, Semantic Scholar and OpenAlex, served
// by a local server through the same HTTP client an online build uses. Provenance of every body:
// tests/fixtures/real-responses/SOURCES.md. Requests answered with `assembled(...)` wrap recorded
// records in the envelope this project's request gets (SOURCES.md, "How the recordings relate").
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ArxivClient, parseArxivFeed } from "../../../scripts/sources/arxiv";
import { HttpClient } from "../../../scripts/sources/http";
import { OpenAlexClient } from "../../../scripts/sources/openalex";
import { SemanticScholarClient } from "../../../scripts/sources/semantic-scholar";
import { type Handler, type LocalServer, fakeClock, startServer } from "../helpers/local-server";
import { MANIFEST, RECORDINGS, assembled, body, json, recordedFiles, replay, used } from "../helpers/recordings";

let server: LocalServer;
let clock: ReturnType<typeof fakeClock>;
beforeAll(async () => {
  server = await startServer(() => {});
});
afterAll(() => server.close());

function serve(handler: Handler) {
  server.handler = handler;
  server.requests.length = 0;
  clock = fakeClock();
  return new HttpClient({ now: clock.now, sleep: clock.sleep, random: () => 0.5, retries: 2 });
}

const arxiv = (file: string) =>
  new ArxivClient(
    serve((_q, res) => replay(res, file)),
    { url: `${server.origin}/api/query` },
  );
const s2 = (handler: Handler, options = {}) =>
  new SemanticScholarClient(serve(handler), { url: `${server.origin}/graph/v1`, ...options });
const openalex = (handler: Handler) => new OpenAlexClient(serve(handler), { url: server.origin });

describe("the recordings", () => {
  it("are the files of the manifest, byte for byte", () => {
    // The one body that is not a recording, a user's pasted API output, is described in SOURCES.md only.
    const PASTED = "openalex/issue-ourresearch-OpenAlex-7_W4385245566.json";
    expect([...MANIFEST.map((e) => e.file), PASTED].sort()).toEqual(recordedFiles());
    // The manifest's hash is of the body as served: a gzip-stored body is hashed uncompressed.
    for (const e of MANIFEST) {
      const bytes = readFileSync(join(RECORDINGS, e.file));
      const served = e.gzip ? gunzipSync(bytes) : bytes;
      expect(createHash("sha256").update(served).digest("hex"), e.file).toBe(e.sha256);
    }
  });
});

describe("arXiv, replayed", () => {
  it("reads 1707.08567 with its 34 authors (UTF-8 names intact), abstract and first-version date", async () => {
    const record = (await arxiv("arxiv/id_list=1707.08567.200.xml").fetchBatch(["1707.08567"])).get("1707.08567")!;
    expect(record).toMatchObject({ id: "1707.08567", version: 1, published: "2017-07-27T08:18:33Z" });
    expect(record.title).toBe("Proceedings of Workshop AEW10: Concepts in Information Theory and Communications");
    expect(record.authors).toHaveLength(34);
    expect(record.authors).toContain("Dirk Wübben");
    expect(record.abstract.length).toBeGreaterThan(100);
  });

  it("reads 1605.08386, and asks with id_list and max_results", async () => {
    const client = arxiv("arxiv/id_list=1605.08386.200.xml");
    const record = (await client.fetchBatch(["1605.08386"])).get("1605.08386")!;
    expect(record.title).toBe("Heat-bath random walks with Markov bases");
    expect(server.requests[0]!.url.searchParams.get("id_list")).toBe("1605.08386");
  });

  it('keeps a paper titled "0"', async () => {
    const record = (await arxiv("arxiv/id_list=2104.12255v1.200.xml").fetchBatch(["2104.12255"])).get("2104.12255");
    expect(record).toMatchObject({ id: "2104.12255", title: "0", version: 1 });
  });

  it("reads old-style IDs: astro-ph/0601001 and quant-ph/0201082", async () => {
    const astro = await arxiv("arxiv/id_list=astro-ph_0601001.200.xml").fetchBatch(["astro-ph/0601001"]);
    expect(astro.get("astro-ph/0601001")).toMatchObject({ published: "2006-01-02T14:57:58Z" });
    expect(astro.get("astro-ph/0601001")!.authors).toHaveLength(4);
    const quant = await arxiv("arxiv/id_list=quant-ph_0201082v1.200.xml").fetchBatch(["quant-ph/0201082"]);
    expect(quant.get("quant-ph/0201082")!.title).toMatch(/^Quantum Computers and Quantum Computer Languages/);
  });

  it("maps an ID arXiv does not have (an empty feed, HTTP 200) to null", async () => {
    expect((await arxiv("arxiv/id_list=0808.05394.200.xml").fetchBatch(["0808.05394"])).get("0808.05394")).toBeNull();
    // The recorded empty feed of a malformed ID answers a well-formed one here.
    expect((await arxiv("arxiv/id_list=0000.0000.200.xml").fetchBatch(["2101.00001"])).get("2101.00001")).toBeNull();
  });

  it("gives the one known paper of two and null for the other", async () => {
    const records = await arxiv("arxiv/id_list=0808.05394,1707.08567.200.xml").fetchBatch(["0808.05394", "1707.08567"]);
    expect(records.get("0808.05394")).toBeNull();
    expect(records.get("1707.08567")!.authors).toHaveLength(34);
  });

  it("maps a malformed ID, which arXiv answers with HTTP 400 and an error entry, to null", async () => {
    expect((await arxiv("arxiv/id_list=abc.400.xml").fetchBatch(["abc"])).get("abc")).toBeNull();
  });

  it("reads a search feed's candidates (the recorded `testing` query answers a title query) and its DOIs", async () => {
    const candidates = await arxiv("arxiv/search_query=testing_max10.200.xml").searchTitle("testing");
    expect(candidates).toHaveLength(10);
    expect(candidates[0]).toEqual({
      id: "2202.12139",
      title: "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques",
    });
    const feed = parseArxivFeed(body("arxiv/search_query=testing_max100.200.xml"));
    expect(feed.entries).toHaveLength(100);
    expect(feed.entries.filter((e) => e.doi)).toHaveLength(32);
    expect(feed.entries[0]!.doi).toBe("10.1109/ICSTW55395.2022.00035");
  });
});

describe("Semantic Scholar, replayed", () => {
  const GAN = "CorpusID:1033682";
  type Page = { data: unknown[]; next?: number };

  it("reads GAN's 35 references (2023-01) with the influential one and the intents", async () => {
    const client = s2((_q, res) =>
      replay(res, "semantic-scholar/references_CorpusID-1033682_offset0_limit1000.2023-01-22.json"),
    );
    const refs = await client.fetchReferences(GAN);
    expect(refs).toHaveLength(35);
    expect(refs.filter((r) => r.isInfluential)).toHaveLength(1);
    expect(refs.filter((r) => r.intents.length > 0)).toHaveLength(32);
    expect(refs.filter((r) => r.arxivId)).toHaveLength(11);
  });

  it("reads the 168 references of the 2023-12 record, which name papers from after GAN", async () => {
    const client = s2((_q, res) =>
      replay(res, "semantic-scholar/references_CorpusID-1033682_offset0_limit1000.2023-12-01.json"),
    );
    const refs = await client.fetchReferences(GAN);
    expect(refs).toHaveLength(168);
    expect(refs.filter((r) => r.isInfluential)).toHaveLength(7);
    expect(refs.some((r) => r.arxivId === "2303.04143")).toBe(true);
  });

  it("follows `next` across pages: 100, then 56", async () => {
    const client = s2(
      (q, res) =>
        replay(
          res,
          q.url.searchParams.get("offset") === "100"
            ? "semantic-scholar/references_CorpusID-1033682_offset100_limit100.2023-12-27.json"
            : "semantic-scholar/references_CorpusID-1033682_offset0_limit100.2023-12-27.json",
        ),
      { pageSize: 100 },
    );
    const refs = await client.fetchReferences(GAN);
    expect(refs).toHaveLength(156);
    expect(server.requests.map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "100"]);
    expect(json<Page>("semantic-scholar/references_CorpusID-1033682_offset0_limit100.2023-12-27.json").next).toBe(100);
  });

  it("maps the batch's null to null and reads the other records", async () => {
    const ids = [
      "CorpusId:211530585",
      "CorpusId:470667",
      "10.2139/ssrn.2250500",
      "0f40b1f08821e22e859c6050916cec3667778613",
    ];
    const client = s2((_q, res) => replay(res, "semantic-scholar/batch_with_unknown_id.200.json"));
    const records = await client.fetchBatch(ids);
    expect(records.get("CorpusId:211530585")).toBeNull();
    expect(records.get("CorpusId:470667")).toMatchObject({
      paperId: "c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce",
      title: "How Much Should We Trust Differences-in-Differences Estimates?",
      doi: "10.2139/ssrn.288970",
    });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ ids });
  });

  it("reads the Turing paper's full record: its TLDR, its DOI, and references without IDs", async () => {
    const turing = json("semantic-scholar/paper_10.1093-mind-lix.236.433_all_fields.200.json.gz");
    const client = s2((_q, res) => assembled(res, [turing]));
    const record = (await client.fetchBatch(["DOI:10.1093/mind/lix.236.433"])).get("DOI:10.1093/mind/lix.236.433")!;
    expect(record).toMatchObject({ title: "Computing Machinery and Intelligence", doi: "10.1093/MIND/LIX.236.433" });
    expect(record.tldr).toMatch(/^If the meaning of the words “machine” and “think”/);
    expect(record.references).toHaveLength(14);
    expect(record.references!.filter((r) => r.paperId === null)).toHaveLength(6);
  });

  it("takes arXiv's own 10.48550 DOI for the arXiv ID it is, never for a journal DOI", async () => {
    const paperqa = json("semantic-scholar/paper_DOI-10.48550-arxiv.2312.07559.200.json");
    const client = s2((_q, res) => assembled(res, [paperqa]));
    const record = (await client.fetchBatch(["ARXIV:2312.07559"])).get("ARXIV:2312.07559")!;
    expect(record.arxivId).toBe("2312.07559");
    expect(record.doi).toBeUndefined();
  });

  it("matches titles, with 404 for no match", async () => {
    const files: Record<string, string> = {
      "Attention is All you Need": "semantic-scholar/match_Attention-is-All-you-Need.200.json",
      "Augmenting large language models with chemistry tools":
        "semantic-scholar/match_Augmenting-LLMs-chemistry-tools_fields-externalIds-title.200.json",
      askldjrq3rjaw938h: "semantic-scholar/match_askldjrq3rjaw938h.404.json",
    };
    const client = s2((q, res) => replay(res, files[q.url.searchParams.get("query")!]!));
    expect(await client.matchTitle("Attention is All you Need")).toMatchObject({ arxivId: "1706.03762" });
    expect(await client.matchTitle("Augmenting large language models with chemistry tools")).toMatchObject({
      arxivId: "2304.05376",
      title: "Augmenting large language models with chemistry tools",
    });
    expect(await client.matchTitle("askldjrq3rjaw938h")).toBeNull();
  });

  it("fails at once on a 400 (an unknown field) and a 404 (an unknown paper), quoting the answer", async () => {
    const bad = s2((_q, res) => replay(res, "semantic-scholar/paper_unknown_field.400.json"));
    await expect(bad.fetchBatch(["ARXIV:1706.03762"])).rejects.toThrow(
      'HTTP 400: {"error":"Unrecognized or unsupported fields: [unknown]"}',
    );
    expect(server.requests).toHaveLength(1);
    const missing = s2((_q, res) => replay(res, "semantic-scholar/paper_not_found.404.json"));
    await expect(missing.fetchReferences("0")).rejects.toThrow('HTTP 404: {"error":"Paper with id 0 not found"}');
    expect(server.requests).toHaveLength(1);
  });

  it("backs off for S2's published limits on a 429 without Retry-After, then keeps its pace", async () => {
    let calls = 0;
    const client = s2((_q, res) =>
      calls++ === 0
        ? replay(res, "semantic-scholar/rate_limited.429.json")
        : assembled(res, [json("semantic-scholar/paper_DOI-10.48550-arxiv.2312.07559.200.json")]),
    );
    const records = await client.fetchBatch(["ARXIV:2312.07559"]);
    expect(records.get("ARXIV:2312.07559")).toMatchObject({ arxivId: "2312.07559" });
    expect(server.requests).toHaveLength(2);
    expect(Math.max(...clock.sleeps)).toBeGreaterThanOrEqual(5_000);
    expect(client.limiter.intervalMs).toBe(3_000);
    expect(client.limiter.rateLimited).toBe(1);
  });
});

describe("OpenAlex, replayed", () => {
  type Results = { meta: unknown; results: Array<Record<string, unknown>> };

  it("finds the journal twin of ChemCrow by title: W4396723768 with 57 references, not the empty arXiv work", async () => {
    const client = openalex((_q, res) =>
      replay(res, "openalex/works_title.search_Augmenting-LLMs-chemistry-tools.200.json"),
    );
    const twin = await client.findTwin("ChemCrow: Augmenting large-language models with chemistry tools");
    expect(twin).toMatchObject({ workId: "W4396723768", doi: "10.1038/s42256-024-00832-8" });
    expect(twin!.referencedWorks).toHaveLength(57);
    expect(server.requests[0]!.url.searchParams.get("filter")).toBe(
      "title.search:ChemCrow Augmenting large-language models with chemistry tools",
    );
  });

  it("finds no twin for PaperQA, whose only work is the arXiv one with no references", async () => {
    const client = openalex((_q, res) => replay(res, "openalex/works_title.search_PaperQA.200.json"));
    expect(await client.findTwin("PaperQA: Retrieval-Augmented Generative Agent for Scientific Research")).toBeNull();
  });

  it("reads arXiv-DOI works from a filter answer, and skips a work that has no DOI", async () => {
    const chem = json<Results>("openalex/works_title.search_Augmenting-LLMs-chemistry-tools.200.json");
    const pasted = json<Record<string, unknown>>("openalex/issue-ourresearch-OpenAlex-7_W4385245566.json");
    const client = openalex((_q, res) => assembled(res, { meta: chem.meta, results: [chem.results[1], pasted] }));
    const works = await client.fetchBatch(["2304.05376", "1706.03762"]);
    expect(works.get("2304.05376")).toEqual({ workId: "W4365597205", referencedWorks: [] });
    expect(works.get("1706.03762")).toBeNull();
  });

  it("reports OpenAlex's HTML 404 by its title, not its markup", async () => {
    const client = openalex((_q, res) => replay(res, "openalex/work_unknown_doi.404.html"));
    await expect(client.fetchBatch(["2304.05376"])).rejects.toThrow('HTTP 404 (an HTML page: "404 Not Found")');
  });
});

describe("coverage", () => {
  it("served or read every recorded file", () => {
    expect(recordedFiles().filter((f) => !used.has(f))).toEqual([]);
  });
});
