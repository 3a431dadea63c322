// A whole online build (the same sources, HTTP client and cache an `--online` run wires) against a
// local server answering with the real recordings: what they show about Semantic Scholar's references
// (they name papers that came out after the citing one), its 429 (no Retry-After), its arXiv DOIs, and
// OpenAlex's empty arXiv-DOI works beside their journal twins. Provenance: fixtures/real-responses/SOURCES.md.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type BuildResult, buildGraph } from "../../../scripts/pipeline/build";
import { createOnlineSetup } from "../../../scripts/sources/online-config";
import { Progress } from "../../../scripts/sources/progress";
import type { LineageEdgeAttributes, PaperAttributes } from "../../../src/model";
import { type LocalServer, fakeClock, startServer } from "../helpers/local-server";
import { assembled, json, replay } from "../helpers/recordings";

const LIST = [
  "# Papers",
  "- [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661)",
  "- [Can We Scale Transformers to Predict Parameters of Diverse ImageNet Models?](https://arxiv.org/abs/2303.04143)",
  "- [ChemCrow: Augmenting large-language models with chemistry tools](https://arxiv.org/abs/2304.05376)",
  "- [PaperQA: Retrieval-Augmented Generative Agent for Scientific Research](https://arxiv.org/abs/2312.07559)",
].join("\n");

type Work = Record<string, unknown>;
const GAN_REFERENCES = "semantic-scholar/references_CorpusID-1033682_offset0_limit1000.2023-12-01.json";
const CHEM_SEARCH = "openalex/works_title.search_Augmenting-LLMs-chemistry-tools.200.json";
const PAPERQA_SEARCH = "openalex/works_title.search_PaperQA.200.json";

/** S2 records for the batch: recorded paper objects; GAN's own record is not recorded, so its identity is assembled around its recorded references. */
function s2Records(): Record<string, unknown> {
  const refs = json<{ data: Array<{ citedPaper: Work }> }>(GAN_REFERENCES).data.map((d) => d.citedPaper);
  const scaling = refs.find((p) => (p.externalIds as Work | null)?.ArXiv === "2303.04143")!;
  return {
    "ARXIV:1406.2661": {
      paperId: "assembled-gan",
      externalIds: { ArXiv: "1406.2661" },
      title: "Generative Adversarial Networks",
      authors: [],
      references: refs.map((p) => ({ paperId: p.paperId, externalIds: p.externalIds })),
    },
    "ARXIV:2303.04143": scaling,
    "ARXIV:2304.05376": json<{ data: Work[] }>(
      "semantic-scholar/match_Augmenting-LLMs-chemistry-tools_fields-externalIds-title.200.json",
    ).data[0],
    "ARXIV:2312.07559": json("semantic-scholar/paper_DOI-10.48550-arxiv.2312.07559.200.json"),
  };
}

let server: LocalServer;
let dir: string;
let result: BuildResult;
const clock = fakeClock();
let batchCalls = 0;

beforeAll(async () => {
  const records = s2Records();
  const arxivWorks = [
    json<{ results: Work[] }>(CHEM_SEARCH).results[1],
    json<{ results: Work[] }>(PAPERQA_SEARCH).results[0],
  ];
  server = await startServer((q, res) => {
    const path = q.url.pathname;
    if (path === "/arxiv") return replay(res, "arxiv/id_list=0000.0000.200.xml");
    if (path === "/s2/paper/batch") {
      if (batchCalls++ === 0) return replay(res, "semantic-scholar/rate_limited.429.json");
      return assembled(
        res,
        (JSON.parse(q.body) as { ids: string[] }).ids.map((id) => records[id] ?? null),
      );
    }
    if (path.startsWith("/s2/paper/") && path.endsWith("/references"))
      return replay(res, "semantic-scholar/rate_limited.429.json");
    const filter = q.url.searchParams.get("filter") ?? "";
    if (path === "/openalex/works" && filter.startsWith("doi:"))
      return assembled(res, { meta: { count: arxivWorks.length }, results: arxivWorks });
    if (path === "/openalex/works" && filter.includes("chemistry")) return replay(res, CHEM_SEARCH);
    if (path === "/openalex/works" && filter.includes("PaperQA")) return replay(res, PAPERQA_SEARCH);
    res.writeHead(599).end(`unexpected ${path}`);
  });
  dir = mkdtempSync(join(tmpdir(), "real-online-"));
  const online = createOnlineSetup({
    env: {
      ARXIV_API_URL: `${server.origin}/arxiv`,
      SEMANTIC_SCHOLAR_API_URL: `${server.origin}/s2`,
      OPENALEX_API_URL: `${server.origin}/openalex`,
    },
    cacheDir: join(dir, "cache"),
    refresh: false,
    openalex: true,
    progress: new Progress(null),
    // S2's real pace and backoff, on a clock that does not really wait.
    http: { now: clock.now, sleep: clock.sleep, random: () => 0.5 },
  });
  result = await buildGraph([{ file: "real.md", text: LIST }], { online: online.sources });
}, 30_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const edge = (from: string, to: string) =>
  result.file.graph.edges.find((e) => e.source === `arxiv:${from}` && e.target === `arxiv:${to}`)
    ?.attributes as LineageEdgeAttributes;
const paper = (id: string) =>
  result.file.graph.nodes.find((n) => n.key === `arxiv:${id}`)!.attributes as PaperAttributes;

describe("an online build on real responses", () => {
  it("keeps GAN's citation of a 2023 paper (a record revised after 2014) but flags it as citing a later paper", () => {
    expect(edge("1406.2661", "2303.04143")).toMatchObject({ kinds: ["cites"], backwards: true });
    expect(result.report).toContain("## Citations of a later paper (1)");
  });

  it("waits out S2's 429 without Retry-After for its published pace, and keeps the run going when it persists", () => {
    expect(batchCalls).toBeGreaterThanOrEqual(2);
    expect(clock.sleeps.some((ms) => ms >= 5_000)).toBe(true);
    expect(result.enrichment!.failures.map((f) => f.message)).toContain(
      "Semantic Scholar: rate limited (HTTP 429) (gave up after 5 attempts)",
    );
    expect(paper("2312.07559").provenance.title).toBe("semantic-scholar");
  });

  it("never takes arXiv's 10.48550 DOI for a journal DOI, and says where each DOI came from", () => {
    expect(paper("2312.07559").doi).toBeUndefined();
    expect(paper("2304.05376")).toMatchObject({
      doi: "10.1038/s42256-024-00832-8",
      provenance: { doi: "semantic-scholar" },
    });
  });

  it("finds ChemCrow's journal twin by title and caches it with the arXiv work", () => {
    const cached = JSON.parse(readFileSync(join(dir, "cache/openalex/2304.05376.json"), "utf8")) as {
      record: { workId: string; twin: { workId: string; referencedWorks: string[] } };
    };
    expect(cached.record.workId).toBe("W4365597205");
    expect(cached.record.twin.workId).toBe("W4396723768");
    expect(cached.record.twin.referencedWorks).toHaveLength(57);
  });

  it('says "OpenAlex has no references" for PaperQA, whose only work lists none', () => {
    expect(result.enrichment!.notes).toContain(
      'OpenAlex has no references for arXiv 2312.07559 "PaperQA: Retrieval-Augmented Generative Agent for Scientific Research": its arXiv work W4389761608 lists none and a title search found no journal version that does',
    );
  });
});
