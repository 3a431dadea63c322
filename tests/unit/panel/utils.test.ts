import { describe, expect, it } from "vitest";

import type { PaperAttributes } from "../../../src/model";
import {
  formatDate,
  lineageOf,
  paperLinks,
  papersOf,
  sectionTrail,
  shorten,
  subsectionsOf,
} from "../../../src/panel/utils";
import { syntheticGraph } from "../helpers-app";
import { tinyGraph } from "../lineage/tiny-graph";

const { graph, index } = syntheticGraph();

describe("formatDate", () => {
  it.each([
    [2017, 6, "June 2017"],
    [2017, undefined, "2017"],
    [undefined, undefined, "Undated"],
    [2017, 13, "2017"],
  ])("formats %s/%s as %s", (year, month, text) => {
    expect(formatDate(year, month)).toBe(text);
  });
});

describe("paperLinks", () => {
  const base = graph.getNodeAttributes("arxiv:1706.03762") as PaperAttributes;

  it("puts the arXiv abstract and PDF first", () => {
    expect(paperLinks(base).slice(0, 2)).toEqual([
      { label: "arXiv abstract", url: "https://arxiv.org/abs/1706.03762" },
      { label: "PDF", url: "https://arxiv.org/pdf/1706.03762" },
    ]);
  });

  it("keeps only http(s) links and drops duplicates", () => {
    const paper: PaperAttributes = {
      ...base,
      doi: "10.1000/xyz",
      links: [
        { label: "js", url: "javascript:alert(1)" },
        { label: "data", url: "data:text/html,x" },
        { label: "blog post", url: "https://example.org/post" },
        { label: "again", url: "https://example.org/post" },
        { label: base.title, url: "https://arxiv.org/abs/1706.03762" },
      ],
    };
    expect(paperLinks(paper)).toEqual([
      { label: "arXiv abstract", url: "https://arxiv.org/abs/1706.03762" },
      { label: "PDF", url: "https://arxiv.org/pdf/1706.03762" },
      { label: "DOI", url: "https://doi.org/10.1000/xyz" },
      { label: "blog post", url: "https://example.org/post" },
    ]);
  });

  it("calls the title link of an off-arXiv paper the original link", () => {
    const paper: PaperAttributes = {
      ...base,
      arxivId: undefined,
      links: [{ label: base.title, url: "https://x.org/p.pdf" }],
    };
    expect(paperLinks(paper)).toEqual([{ label: "Original link", url: "https://x.org/p.pdf" }]);
  });
});

describe("lineageOf", () => {
  it("splits lineage into what a paper builds on and what builds on it, oldest first, with evidence", () => {
    const { buildsOn, builtOnBy } = lineageOf(graph, "arxiv:2302.13971");
    expect(buildsOn.map((r) => r.label)).toEqual(["Chinchilla"]);
    expect(buildsOn[0]?.evidence).toEqual([
      { kind: "mentions", text: 'names "Chinchilla" in its summary', source: "ai-canon.md:1" },
    ]);
    expect(builtOnBy.map((r) => r.label)).toEqual(["Llama 2"]);
  });

  it("lists a citation of a later paper apart on both sides, never as lineage", () => {
    const tiny = tinyGraph(
      [
        { key: "R", year: 2023, month: 3 },
        { key: "C", year: 2023, month: 5 },
        { key: "L", year: 2023, month: 2 },
      ],
      [
        { link: "R>C", kinds: ["cites"], backwards: true },
        { link: "R>L", kinds: ["cites"] },
      ],
    );
    const reflexion = lineageOf(tiny, "R");
    expect(reflexion.buildsOn.map((r) => r.key)).toEqual(["L"]);
    expect(reflexion.citesLater.map((r) => r.key)).toEqual(["C"]);
    const starcoder = lineageOf(tiny, "C");
    expect(starcoder.builtOnBy).toEqual([]);
    expect(starcoder.citedByEarlier.map((r) => r.key)).toEqual(["R"]);
  });

  it("orders neighbours by year", () => {
    const years = lineageOf(graph, "arxiv:1706.03762").builtOnBy.map((r) => r.year);
    expect(years).toEqual([...years].sort());
  });
});

describe("sections", () => {
  const newModels = "section:ai-canon/Landmark research results/Large language models/New models";

  it("walks a section's trail up to its top level", () => {
    expect(sectionTrail(graph, newModels)).toEqual([
      "section:ai-canon/Landmark research results",
      "section:ai-canon/Landmark research results/Large language models",
    ]);
  });

  it("lists direct sub-sections in list order and every paper below", () => {
    const llm = "section:ai-canon/Landmark research results/Large language models";
    expect(subsectionsOf(graph, llm).map((s) => s.label)).toEqual(["New models", "Model improvements"]);
    expect(papersOf(graph, index, llm).map((p) => p.label)).toContain("BERT");
  });
});

describe("shorten", () => {
  it("leaves a short text alone", () => {
    expect(shorten("short text", 20)).toBeNull();
  });

  it("cuts a long text at a word boundary and marks the cut", () => {
    expect(shorten("one two three four five", 12)).toBe("one two…");
  });

  it("cuts inside a very long word rather than losing most of the text", () => {
    expect(shorten("a supercalifragilistic", 10)).toBe("a supercal…");
  });
});
