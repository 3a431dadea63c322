// The shapes other reading lists use, on a synthetic awesome-list fixture.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { buildGraph } from "../../../scripts/pipeline/build";
import { parse } from "../../../scripts/pipeline/parse";
import { resolve } from "../../../scripts/pipeline/resolve";

const file = "synthetic-awesome-list.md";
const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8");
const parsed = parse(text, { list: "awesome", file });
const byTitle = (start: string) => parsed.entries.find((e) => e.title.startsWith(start));

describe("parse: other reading lists (synthetic fixture)", () => {
  it("finds every paper and nothing from badges, anchors or the contents line", () => {
    expect(parsed.entries.map((e) => e.title)).toEqual([
      "You Only Look Once: Unified, Real-Time Object Detection",
      "Mask R-CNN",
      "Deep Residual Learning for Image Recognition",
      "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
      "Segment Anything",
      "BERT: Pre-training of Deep Bidirectional Transformers",
      "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
      "XLNet: Generalized Autoregressive Pretraining",
      "T5: Exploring the Limits of Transfer Learning",
      "ERNIE：知识增强的语义表示模型",
      "A Survey of Large Language Models 😀",
    ]);
  });

  it("uses nested list labels as sub-sections and keeps emoji out of the way", () => {
    expect(byTitle("You Only Look Once")!.section).toEqual(["Awesome Synthetic Papers", "🚀 Vision", "Detection"]);
    expect(byTitle("Deep Residual")!.section).toEqual(["Awesome Synthetic Papers", "🚀 Vision", "Classification"]);
  });

  it("resolves a reference-style link", () => {
    expect(byTitle("Mask R-CNN")!.url).toBe("https://arxiv.org/abs/1703.06870");
  });

  it("reads citation-style entries: title, authors, venue year, [paper] link", () => {
    expect(byTitle("Deep Residual")).toMatchObject({
      url: "https://arxiv.org/pdf/1512.03385.pdf",
      yearHint: { year: 2016 },
      authors: ["Kaiming He", "Xiangyu Zhang"],
      venue: "CVPR",
    });
    expect(byTitle("An Image is Worth")).toMatchObject({
      url: "https://openreview.net/pdf?id=YicbFdNTTy",
      yearHint: { year: 2021 },
    });
  });

  it("makes an entry of a heading that links a paper, in its own section", () => {
    expect(byTitle("Segment Anything")).toMatchObject({
      url: "https://arxiv.org/abs/2304.02643",
      section: ["Awesome Synthetic Papers", "🚀 Vision", "Segment Anything"],
      summary: "Meta's promptable segmentation model.",
    });
  });

  it("reads table rows as entries by their columns: the venue is the venue, never the description", () => {
    expect(byTitle("BERT:")).toMatchObject({
      url: "https://arxiv.org/abs/1810.04805",
      venue: "NAACL",
      summary: "",
      yearHint: { year: 2019 },
    });
    expect(byTitle("RoBERTa")).toMatchObject({
      url: "https://arxiv.org/abs/1907.11692",
      venue: "arXiv",
      summary: "",
      yearHint: { year: 2019 },
    });
  });

  it("reads lists inside <details>, in a sub-section named by the summary, and HTML anchors", () => {
    expect(byTitle("XLNet")!.url).toBe("https://arxiv.org/abs/1906.08237");
    expect(byTitle("XLNet")!.section).toEqual(["Awesome Synthetic Papers", "Language", "More language models"]);
    expect(byTitle("T5")!.url).toBe("https://arxiv.org/abs/1910.10683");
  });

  it("keeps non-Latin titles and descriptions", () => {
    expect(byTitle("ERNIE")).toMatchObject({
      summary: "百度",
      yearHint: { year: 2019 },
      section: ["Awesome Synthetic Papers", "中文资源"],
    });
  });

  it("resolves every entry to an arXiv ID or a hosted paper", () => {
    const kinds = resolve(parsed.entries).entries.map((r) => r.resolution.kind);
    expect(kinds.every((k) => k === "paper")).toBe(true);
  });

  it("builds a graph from it", async () => {
    const { file: graph } = await buildGraph([{ file, text }]);
    expect(graph.header.counts.papers).toBe(11);
    expect(graph.header.topSections.map((s) => s.label)).toEqual(["Awesome Synthetic Papers"]);
  });
});
