import { describe, expect, it } from "vitest";

import { citationKeyBase, citationKeys, cslName, paperToCsl } from "../../../src/cite/csl";
import { tinyGraph, tinyPaper } from "../lineage/tiny-graph";

describe("a paper as CSL-JSON", () => {
  it("makes an arXiv paper a preprint with the arXiv DOI, number and abstract page", () => {
    const paper = tinyPaper({
      key: "t",
      title: "Attention Is All You Need",
      year: 2017,
      month: 6,
      arxivId: "1706.03762",
      authors: ["Ashish Vaswani", "Noam Shazeer"],
    });
    expect(paperToCsl(paper, "vaswani2017attention")).toEqual({
      id: "vaswani2017attention",
      "citation-key": "vaswani2017attention",
      type: "article",
      title: "Attention Is All You Need",
      author: [
        { given: "Ashish", family: "Vaswani" },
        { given: "Noam", family: "Shazeer" },
      ],
      issued: { "date-parts": [[2017, 6]] },
      publisher: "arXiv",
      number: "1706.03762",
      DOI: "10.48550/arXiv.1706.03762",
      URL: "https://arxiv.org/abs/1706.03762",
    });
  });

  it("invents no author and no date, and takes the first http(s) link of a paper off arXiv", () => {
    const paper = tinyPaper({
      key: "c",
      title: "Model Card and Evaluations for Claude Models",
      links: [
        { label: "x", url: "javascript:void(0)" },
        { label: "pdf", url: "https://example.org/claude.pdf" },
      ],
    });
    expect(paperToCsl(paper, "claude")).toEqual({
      id: "claude",
      "citation-key": "claude",
      type: "article",
      title: "Model Card and Evaluations for Claude Models",
      URL: "https://example.org/claude.pdf",
    });
  });

  it("keeps a one-word author (an organisation) whole and a particle apart", () => {
    expect(cslName("OpenAI")).toEqual({ literal: "OpenAI" });
    expect(cslName("Ludwig van Beethoven")).toEqual({
      given: "Ludwig",
      "non-dropping-particle": "van",
      family: "Beethoven",
    });
  });
});

describe("citation keys", () => {
  it("are first author, year and first title word", () => {
    const paper = tinyPaper({
      key: "t",
      title: "On the Attention Is All You Need",
      year: 2017,
      authors: ["Łukasz Kaiser"],
    });
    expect(citationKeyBase(paper)).toBe("kaiser2017attention");
  });

  it("use the short name and year when no author is known, with an underscore after a digit", () => {
    expect(
      citationKeyBase(tinyPaper({ key: "g", title: "GPT-4 technical report", shortName: "GPT-4", year: 2023 })),
    ).toBe("gpt4_2023");
    expect(citationKeyBase(tinyPaper({ key: "c", title: "Training Compute-Optimal LLMs", year: 2022 }))).toBe(
      "training2022",
    );
  });

  it("tell papers with the same base apart by a, b… in date order, the same whatever the filters", () => {
    const graph = tinyGraph(
      [
        { key: "late", title: "Scaling laws II", year: 2020, month: 9, authors: ["Jared Kaplan"] },
        { key: "early", title: "Scaling laws", year: 2020, month: 1, authors: ["Jared Kaplan"] },
        { key: "other", title: "Other", year: 2020, authors: ["Jared Kaplan"] },
      ],
      [],
    );
    expect(Object.fromEntries(citationKeys(graph))).toEqual({
      early: "kaplan2020scalinga",
      late: "kaplan2020scalingb",
      other: "kaplan2020other",
    });
  });
});
