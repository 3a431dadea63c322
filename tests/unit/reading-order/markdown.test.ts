import { describe, expect, it } from "vitest";

import { markdownLine, toMarkdownList } from "../../../src/reading-order/markdown";
import { tinyGraph } from "../lineage/tiny-graph";

const graph = tinyGraph(
  [
    { key: "arxiv", year: 2017, title: "Attention Is All You Need", arxivId: "1706.03762" },
    {
      key: "web",
      year: 2023,
      title: "Model card [draft] for *Claude*",
      links: [
        { label: "bad", url: "javascript:alert(1)" },
        { label: "card", url: "https://example.org/card_(v2).pdf" },
      ],
    },
    { key: "bare", title: "Notes on instruction tuning" },
  ],
  [],
);

describe("reading order as markdown", () => {
  it("links an arXiv paper to its abstract and gives the year", () => {
    expect(markdownLine(graph, "arxiv", 1)).toBe(
      "1. [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)",
    );
  });

  it("falls back to the first http(s) link, escaping what would break the markdown", () => {
    expect(markdownLine(graph, "web", 2)).toBe(
      "2. [Model card \\[draft\\] for \\*Claude\\*](https://example.org/card_%28v2%29.pdf) (2023)",
    );
  });

  it("writes an undated paper with no link as its title alone", () => {
    expect(markdownLine(graph, "bare", 3)).toBe("3. Notes on instruction tuning");
  });

  it("numbers a whole list in the given order, one line each", () => {
    expect(toMarkdownList(graph, ["bare", "arxiv"])).toBe(
      "1. Notes on instruction tuning\n2. [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)\n",
    );
  });
});
