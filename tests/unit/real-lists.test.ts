// The whole build on the two real reading lists and the real citation file, as a fresh clone builds
// them offline with no cache, checked against facts a reader can verify in data/ by eye.
import { readFileSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { type BuildResult, buildGraph } from "../../scripts/pipeline/build";
import { isLater } from "../../scripts/pipeline/dates";
import { type LineageEdgeAttributes, type PaperAttributes, decodeGraph, validateCoreFile } from "../../src/model";
import { encodeGraph } from "../../src/model/encode";

const files = ["agi-papers.md", "ai-canon.md"];
const inputs = files.map((file) => ({
  file,
  text: readFileSync(new URL(`../../data/lists/${file}`, import.meta.url), "utf8"),
}));

const CITATIONS = "data/citations/reference-lists.tsv";
const citations = [{ file: CITATIONS, text: readFileSync(new URL(`../../${CITATIONS}`, import.meta.url), "utf8") }];
/** Data rows of the citation file (its first two lines are a comment and the header). */
const citationRows = citations[0]!.text.split("\n").filter((l) => l.trim()).length - 2;

let result: BuildResult;
let papers: Map<string, PaperAttributes>;
beforeAll(async () => {
  result = await buildGraph(inputs, { citations });
  papers = new Map(
    result.file.graph.nodes
      .filter((n) => n.attributes?.kind === "paper")
      .map((n) => [n.key, n.attributes as PaperAttributes]),
  );
}, 60_000);

const paper = (arxivId: string) => papers.get(`arxiv:${arxivId}`)!;
const lineage = (from: string, to: string) =>
  result.file.graph.edges.find((e) => e.source === `arxiv:${from}` && e.target === `arxiv:${to}`)?.attributes as
    LineageEdgeAttributes | undefined;

describe("build on the real lists", () => {
  it('dates "Attention is all you need" 1706.03762 to 2017-06 and keeps both lists\' notes', () => {
    expect(paper("1706.03762")).toMatchObject({ year: 2017, month: 6, lists: ["agi-papers", "ai-canon"] });
    expect(paper("1706.03762").summaries.map((s) => s.list)).toEqual(["ai-canon"]);
    expect(paper("1706.03762").summaries[0]!.text).toContain("The original transformer work");
  });

  it("merges the AGI list's LLaMA PDF with the AI Canon's 2302.13971", () => {
    const llama = paper("2302.13971");
    expect(llama.lists).toEqual(["agi-papers", "ai-canon"]);
    expect(llama.links.map((l) => l.url)).toContain(
      "https://research.facebook.com/file/1574548786327032/LLaMA--Open-and-Efficient-Foundation-Language-Models.pdf",
    );
    expect(
      [...papers.values()].filter((p) => p.title.toLowerCase().startsWith("llama: open and efficient")),
    ).toHaveLength(1);
  });

  it("links ERNIE 2.0 to ERNIE as a later version, Llama 2 to LLaMA and PaLM 2 to PaLM", () => {
    expect(lineage("1907.12412", "1904.09223")?.kinds).toContain("version");
    expect(lineage("2307.09288", "2302.13971")?.kinds).toContain("version");
    expect(lineage("2305.10403", "2204.02311")?.kinds).toContain("version");
  });

  it("keeps ERNIE, ERNIE 2.0 and ERNIE 3.0 as three papers", () => {
    expect(["1904.09223", "1907.12412", "2107.02137"].map((id) => paper(id).shortName)).toEqual([
      "ERNIE",
      "ERNIE 2.0",
      "ERNIE 3.0",
    ]);
  });

  it("links DreamFusion to NeRF with the words that made the link", () => {
    expect(lineage("2209.14988", "2003.08934")?.evidence).toEqual([
      { kind: "mentions", text: 'names "NeRF" in its summary', source: "ai-canon.md:341" },
    ]);
  });

  it("gives entries under `## before 2023` that section", () => {
    expect(paper("1810.04805").sections.map((s) => s.path)).toContainEqual(["before 2023"]);
  });

  it("gives entries above the AGI list's first heading a section named after the list", () => {
    expect(paper("2306.02561").sections).toEqual([
      { id: "section:agi-papers/agi-papers", list: "agi-papers", path: ["AGI-Papers"] },
    ]);
  });

  it("reads the Chinchilla paper's name from its description", () => {
    expect(paper("2203.15556").shortName).toBe("Chinchilla");
  });

  it("strips the junk after .pdf in 2205.11916.pdf%EC%97%90%EC%84%9C", () => {
    expect(paper("2205.11916").title).toBe("Large Language Models are Zero-Shot Reasoners");
  });

  it("counts what the report counts", () => {
    const [agi, canon] = result.counts;
    expect(agi).toMatchObject({ file: "agi-papers.md", entries: 271, papers: 208, resources: 58, unresolved: 5 });
    expect(canon).toMatchObject({ file: "ai-canon.md", entries: 96, papers: 46, resources: 50, unresolved: 0 });
    expect(result.file.header.counts.papers).toBe(papers.size);
    expect(result.report).toContain("| agi-papers.md | 271 | 208 | 58 |");
  });

  it("never emits a link that is not http(s)", () => {
    for (const p of papers.values()) for (const l of p.links) expect(l.url).toMatch(/^https?:\/\//);
  });

  it("writes the same bytes on a second build", async () => {
    const again = await buildGraph(inputs, { citations });
    expect(JSON.stringify(again.file)).toBe(JSON.stringify(result.file));
  }, 60_000);
});

describe("the real citation file on the real lists", () => {
  const lineageEdges = () => result.file.graph.edges.filter((e) => e.attributes?.kind === "lineage");

  it("accounts for every one of its 219 pairs: each is drawn as a cites link", () => {
    expect(citationRows).toBe(219);
    const { resolution, files } = result.citations;
    expect(files[0]!.issues).toEqual([]);
    expect(resolution.offMap).toEqual([]);
    expect(resolution.drawn).toHaveLength(219);
    const cites = lineageEdges().filter((e) => (e.attributes as LineageEdgeAttributes).kinds.includes("cites"));
    expect(cites).toHaveLength(219);
  });

  it("draws LLaMA's citation of the Transformer with the reference entry and the file's line", () => {
    const evidence = lineage("2302.13971", "1706.03762")!.evidence.find((e) => e.kind === "cites");
    expect(evidence).toMatchObject({
      text: "in the reference list of LLaMA (arXiv:2302.13971v1)",
      source: expect.stringMatching(/^data\/citations\/reference-lists\.tsv:\d+$/),
      citingVersion: "v1",
      detail: expect.stringContaining("Attention is all you need"),
    });
  });

  it("has at least 250 lineage links and at least 100 papers with one", () => {
    const edges = lineageEdges();
    expect(edges.length).toBeGreaterThanOrEqual(250);
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    expect(linked.size).toBeGreaterThanOrEqual(100);
  });

  it("marks the 5 citations of a later paper (Reflexion v4 cites StarCoder) and no other link runs forwards", () => {
    const marked = lineageEdges().filter((e) => (e.attributes as LineageEdgeAttributes).backwards);
    expect(marked.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      "arxiv:2112.04426>arxiv:2112.11446",
      "arxiv:2303.11366>arxiv:2303.17580",
      "arxiv:2303.11366>arxiv:2303.17651",
      "arxiv:2303.11366>arxiv:2304.03442",
      "arxiv:2303.11366>arxiv:2305.06161",
    ]);
    const dated = (key: string) => {
      const p = papers.get(key)!;
      return { year: p.year, month: p.month, arxivId: p.arxivId };
    };
    const forwards = lineageEdges().filter(
      (e) => isLater(dated(e.target), dated(e.source)) && !(e.attributes as LineageEdgeAttributes).backwards,
    );
    expect(forwards).toEqual([]);
  });

  it("gives the precision and recall of the name links in the report", () => {
    expect(result.report).toContain("## Lineage quality");
    expect(result.report).toMatch(/\| precision of the name links \| \d+\.\d % \(\d+ of \d+\) \|/);
    expect(result.report).toMatch(/\| recall of the name links \| \d+\.\d % \(\d+ of 219\) \|/);
  });

  it("writes a compact graph file that reads back as the same graph, node for node and edge for edge", () => {
    const { core, details } = encodeGraph(result.file);
    const checked = validateCoreFile(JSON.parse(JSON.stringify(core)));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const back = decodeGraph(checked.core, details);
    expect(back.header).toEqual(result.file.header);
    expect(back.graph.nodes).toEqual(result.file.graph.nodes);
    // The build's edge keys follow the compact file's rule, so they come back too.
    const byKey = (edges: typeof back.graph.edges) => new Map(edges.map((e) => [e.key, e]));
    expect(byKey(back.graph.edges)).toEqual(byKey(result.file.graph.edges));
    expect(back.graph.edges).toHaveLength(result.file.graph.edges.length);
  });
});
