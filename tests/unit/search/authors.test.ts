// Authors a list gives (`Title. Authors. Venue Year. [paper](url)`) are searchable; a map without
// any author does not promise them.
import { describe, expect, it } from "vitest";

import { buildGraph } from "../../../scripts/pipeline/build";
import { importGraph } from "../../../src/load";
import { buildSearchDocuments } from "../../../src/search/documents";
import { createSearchEngine } from "../../../src/search/engine";
import { noMatchText, searchPlaceholder } from "../../../src/search/index";

const LIST = [
  "# Classics",
  "1. Attention Is All You Need. Ashish Vaswani, Noam Shazeer, Niki Parmar. NeurIPS 2017. [paper](https://arxiv.org/abs/1706.03762)",
  "2. ImageNet Classification with Deep Convolutional Neural Networks. Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton. NeurIPS 2012. [paper](https://papers.nips.cc/paper/4824.pdf)",
].join("\n");

describe("search: authors from the list", () => {
  it("finds papers by the authors a reference line names", async () => {
    const { file } = await buildGraph([{ file: "classics.md", text: LIST }]);
    const imported = importGraph(file);
    if (!imported.ok) throw new Error(imported.error.detail);
    const engine = createSearchEngine(buildSearchDocuments(imported.graph));
    expect(engine.search("vaswani", 8)[0]?.id).toBe("arxiv:1706.03762");
    expect(engine.search("Hinton", 8)[0]?.id).toMatch(/^title:imagenet-classification/);
  });
});

describe("search box: what it promises", () => {
  it("offers authors only when the map has some", () => {
    expect(searchPlaceholder(true)).toBe("Search titles, names, authors, arXiv IDs");
    expect(searchPlaceholder(false)).toBe("Search titles, names, arXiv IDs");
  });

  it("says why a name finds nothing on a map without authors", () => {
    expect(noMatchText("vaswani", false)).toBe(
      "Nothing matches “vaswani” (this map has no authors: the lists name none; an online build adds them)",
    );
    expect(noMatchText("vaswani", true)).toBe("Nothing matches “vaswani”");
  });
});
