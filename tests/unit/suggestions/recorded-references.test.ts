// Suggestions from Semantic Scholar's real reference pages: GAN's references as the API answered them
// on 2023-12-27 (two pages, `next: 100`), replayed byte for byte by the local server (provenance in
// tests/fixtures/real-responses/SOURCES.md). Most of them point outside any reading list. The list
// here and its third paper's record are SYNTHETIC (labelled below); the cited papers' records are the
// recorded `citedPaper` objects, put in the batch endpoint's envelope as SOURCES.md explains.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CITED_FIELDS } from "../../../scripts/sources/semantic-scholar";
import type { ReferenceEdgeAttributes } from "../../../src/model";
import { type LocalServer, startServer } from "../helpers/local-server";
import { assembled, json, replay } from "../helpers/recordings";
import { buildAgainst, suggestionsOf } from "./helpers";

const PAGES = {
  0: "semantic-scholar/references_CorpusID-1033682_offset0_limit100.2023-12-27.json",
  100: "semantic-scholar/references_CorpusID-1033682_offset100_limit100.2023-12-27.json",
} as Record<string, string>;

/** SYNTHETIC list: GAN and Conditional GAN are real papers; the third is made up for this test. */
const LIST = [
  "# Generative models",
  "- [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661)",
  "- [Conditional Generative Adversarial Nets](https://arxiv.org/abs/1411.1784)",
  "- [A Synthetic Follow-up of Variational Models](https://arxiv.org/abs/2101.00050)",
].join("\n");

type Paper = Record<string, unknown> & { paperId: string | null; externalIds: Record<string, unknown> | null };

const recorded = (): Paper[] =>
  Object.values(PAGES).flatMap((file) =>
    json<{ data: Array<{ citedPaper: Paper }> }>(file).data.map((d) => d.citedPaper),
  );

const byPaperId = (id: string) => recorded().find((p) => p.paperId === id)!;
const AEVB = "6bacf99c87991523a97165610b492f28c8cacbb2";
const IMAGENET = "d2c733e34d48784a37d717fe43d9e93277a8c53e";
const NCE = "e3ce36b9deb47aa6bb2aa19c4bfa71283b505025";

function batchRecords(): Record<string, unknown> {
  const refs = recorded();
  const idsOf = (p: Paper) => ({ paperId: p.paperId, externalIds: p.externalIds });
  return {
    // GAN's own record is not recorded: its identity is assembled around its recorded references.
    "ARXIV:1406.2661": {
      paperId: "assembled-gan",
      externalIds: { ArXiv: "1406.2661" },
      title: "Generative Adversarial Networks",
      authors: [],
      references: refs.map(idsOf),
    },
    "ARXIV:1411.1784": refs.find((p) => p.externalIds?.ArXiv === "1411.1784"),
    // SYNTHETIC: a made-up paper citing three of GAN's references.
    "ARXIV:2101.00050": {
      paperId: "synthetic-follow-up",
      externalIds: { ArXiv: "2101.00050" },
      title: "A Synthetic Follow-up of Variational Models",
      authors: [{ name: "Ada Example" }],
      references: [AEVB, IMAGENET, NCE].map((id) => idsOf(byPaperId(id))),
    },
  };
}

describe("suggestions from real Semantic Scholar reference pages", { timeout: 30_000 }, () => {
  let server: LocalServer;
  let dir: string;

  beforeAll(async () => {
    const records = batchRecords();
    const cited = new Map(recorded().flatMap((p) => (p.paperId ? [[p.paperId, p] as const] : [])));
    server = await startServer((q, res) => {
      const path = q.url.pathname;
      if (path === "/arxiv/query") return replay(res, "arxiv/id_list=0000.0000.200.xml");
      if (path === "/s2/paper/batch") {
        const ids = (JSON.parse(q.body) as { ids: string[] }).ids;
        const light = q.url.searchParams.get("fields") === CITED_FIELDS;
        return assembled(
          res,
          ids.map((id) => (light ? (cited.get(id) ?? null) : (records[id] ?? null))),
        );
      }
      if (path === "/s2/paper/ARXIV%3A1406.2661/references") {
        const page = PAGES[q.url.searchParams.get("offset") ?? ""];
        if (page) return replay(res, page);
      }
      res.writeHead(599).end(`unexpected ${path}${q.url.search}`);
    });
    dir = mkdtempSync(join(tmpdir(), "recorded-suggestions-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads both pages and suggests the three papers GAN and another list paper cite, with their real records", async () => {
    const result = await buildAgainst(LIST, { server, cache: join(dir, "cache"), pageSize: 100 });
    const pages = server.requests
      .filter((r) => r.url.pathname.endsWith("/references"))
      .map((r) => r.url.searchParams.get("offset"));
    expect(pages).toEqual(["0", "100"]);

    const suggestions = suggestionsOf(result);
    expect(suggestions.map((s) => [s.rank, s.key, s.title, s.year, s.citationCount])).toEqual([
      [1, "doi:10.1109/cvpr.2009.5206848", "ImageNet: A large-scale hierarchical image database", 2009, 49533],
      [2, "arxiv:1312.6114", "Auto-Encoding Variational Bayes", 2013, 20907],
      [
        3,
        `s2:${NCE}`,
        "Noise-contrastive estimation: A new estimation principle for unnormalized statistical models",
        2010,
        1881,
      ],
    ]);
    expect(suggestions[1]!.authors).toEqual(["Diederik P. Kingma", "M. Welling"]);
    for (const s of suggestions) expect(s.citedBy).toEqual(["arxiv:1406.2661", "arxiv:2101.00050"]);
    // GAN's citation comes from the references pages: the recorded isInfluential and intents.
    const edge = result.file.graph.edges.find((e) => e.key === "r:arxiv:1406.2661>arxiv:1312.6114")!;
    expect((edge.attributes as ReferenceEdgeAttributes).evidence).toEqual([
      { kind: "cites", text: "cites it", source: "Semantic Scholar" },
    ]);
    // Conditional GAN is on the list: GAN's reference to it is a lineage link, not a suggestion.
    expect(result.file.graph.edges.some((e) => e.key === "l:arxiv:1406.2661>arxiv:1411.1784")).toBe(true);
  });

  it("leaves out what only GAN cites, unless asked; a later paper in its 2023 references is flagged", async () => {
    const result = await buildAgainst(LIST, { server, cache: join(dir, "cache"), pageSize: 100 });
    expect(suggestionsOf(result).map((s) => s.key)).not.toContain("arxiv:1511.06434");
    const loose = await buildAgainst(LIST, {
      server,
      cache: join(dir, "cache"),
      pageSize: 100,
      suggest: { minCitedBy: 1, max: 200 },
    });
    const dcgan = suggestionsOf(loose).find((s) => s.key === "arxiv:1511.06434")!;
    expect(dcgan.title).toBe(
      "Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks",
    );
    expect(dcgan.citedBy).toEqual(["arxiv:1406.2661"]);
    // GAN (June 2014) cannot cite DCGAN (November 2015): Semantic Scholar's merged record does.
    const edge = loose.file.graph.edges.find((e) => e.key === "r:arxiv:1406.2661>arxiv:1511.06434")!;
    expect((edge.attributes as ReferenceEdgeAttributes).backwards).toBe(true);
  });
});
