import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { buildGraph } from "../../../scripts/pipeline/build";
import { parseBibtex, parseCslJson } from "../../../scripts/pipeline/parse-bibliography";
import { resolve } from "../../../scripts/pipeline/resolve";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");

describe("parseBibtex", () => {
  const parsed = parseBibtex(fixture("synthetic-library.bib"), { list: "library", file: "synthetic-library.bib" });

  it("reads every entry into a section named after the file", () => {
    expect(parsed.entries.map((e) => [e.title, e.section, e.line])).toEqual([
      ["Attention Is All You Need", ["synthetic-library"], 3],
      ["LoRA: Low-Rank Adaptation of Large Language Models", ["synthetic-library"], 12],
      ["Deep Residual Learning for Image Recognition", ["synthetic-library"], 19],
      ["Highly accurate protein structure prediction with AlphaFold", ["synthetic-library"], 27],
    ]);
  });

  it.each([
    ["eprint and archivePrefix", 0, "1706.03762"],
    ["the arXiv DOI 10.48550/arXiv.*", 1, "2106.09685"],
    ["the URL", 2, "1512.03385"],
  ])("takes the arXiv ID from %s", (_how, index, id) => {
    expect(resolve(parsed.entries).entries[index]!.resolution).toEqual({ kind: "paper", arxivId: id, by: "url" });
  });

  it("keeps authors, year, DOI and abstract", () => {
    expect(parsed.entries[3]).toMatchObject({
      authors: ["John Jumper"],
      yearHint: { year: 2021 },
      doi: "10.1038/s41586-021-03819-2",
      summary: "Proteins are essential to life.",
      url: "https://doi.org/10.1038/s41586-021-03819-2",
    });
  });

  it("throws a clear error naming the file, line and entry of a syntax error", () => {
    const broken = "@article{good, title={A}}\n\n@article{broken title={B}}\n";
    expect(() => parseBibtex(broken, { list: "x", file: "broken.bib" })).toThrow(
      'broken.bib:3: malformed BibTeX in entry "broken": expected "comma", got "label"',
    );
  });

  it("reports an entry with no title", () => {
    const parsed = parseBibtex("@misc{untitled, year={2020}}", { list: "x", file: "x.bib" });
    expect(parsed.issues).toEqual([{ file: "x.bib", line: 1, message: 'entry "untitled" has no title; skipped' }]);
  });
});

describe("parseCslJson", () => {
  it("reads CSL-JSON items, with the arXiv ID from the URL or an `arXiv:` number", () => {
    const parsed = parseCslJson(fixture("synthetic-library.json"), { list: "lib", file: "synthetic-library.json" });
    expect(parsed.entries.map((e) => [e.url, e.yearHint])).toEqual([
      ["https://arxiv.org/abs/1810.04805", { year: 2019, month: 6 }],
      ["https://arxiv.org/abs/1910.10683", { year: 2020 }],
    ]);
  });

  it("throws a clear error for JSON that is not a list of items", () => {
    expect(() => parseCslJson('{"title": "x"}', { list: "x", file: "x.json" })).toThrow(
      'x.json:1: not a CSL-JSON list; expected an array of items like {"id": ..., "title": ...}',
    );
    expect(() => parseCslJson("[{", { list: "x", file: "x.json" })).toThrow(/^x\.json:1: not valid JSON/);
  });
});

describe("a bibliography beside the markdown lists", () => {
  it("merges its papers with the same papers in a markdown list", async () => {
    const { file } = await buildGraph([
      { file: "canon.md", text: "- [Attention is all you need](https://arxiv.org/abs/1706.03762): the transformer." },
      { file: "synthetic-library.bib", text: fixture("synthetic-library.bib") },
    ]);
    const attention = file.graph.nodes.find((n) => n.key === "arxiv:1706.03762")!.attributes!;
    expect(attention).toMatchObject({
      lists: ["canon", "synthetic-library"],
      authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
      provenance: { authors: "list" },
    });
    expect(file.header.counts.papers).toBe(4);
  });
});
