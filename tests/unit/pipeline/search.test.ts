import { describe, expect, it } from "vitest";

import { emptyKnowledge } from "../../../scripts/pipeline/knowledge";
import { resolveBySearch, sameTitle, titleQueries } from "../../../scripts/pipeline/search";
import type { Entry, Resolution, ResolvedEntry } from "../../../scripts/pipeline/types";

function item(title: string, resolution: Resolution, extra: Partial<Entry> = {}): ResolvedEntry {
  const entry: Entry = {
    list: "l",
    file: "l.md",
    line: 3,
    section: ["S"],
    title,
    extraLinks: [],
    summary: "",
    ...extra,
  };
  return {
    entry,
    resolution,
    titleKey: title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim(),
  };
}

const HOSTED = item(
  "Gamma: A Paper Hosted Elsewhere",
  { kind: "paper", by: "host" },
  { url: "https://openreview.net/x" },
);
const LINKLESS = item("Kosmos-2: Grounding Multimodal Large Language Models to the World", {
  kind: "unresolved",
  reason: "no usable link",
});

describe("sameTitle", () => {
  it("accepts the same title in another case and punctuation", () => {
    expect(
      sameTitle(
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "Lora: low rank adaptation of large language models.",
      ),
    ).toBe(true);
  });

  it("accepts a title without the short name the list put before it", () => {
    expect(
      sameTitle(
        "InstructGPT : Training language models to follow instructions with human feedback",
        "Training language models to follow instructions with human feedback",
      ),
    ).toBe(true);
  });

  it("accepts a typo in a long title", () => {
    expect(
      sameTitle(
        "Attention Is All You Needd in Neural Machine Translation",
        "Attention Is All You Need in Neural Machine Translation",
      ),
    ).toBe(true);
  });

  it("rejects a different paper with a similar start", () => {
    expect(sameTitle("Iota: A Workshop Paper", "Iota Functions in Workshop Scheduling")).toBe(false);
  });

  it("rejects titles whose numbers differ", () => {
    expect(
      sameTitle(
        "Llama 2: Open Foundation and Fine-Tuned Chat Models",
        "Llama 3: Open Foundation and Fine-Tuned Chat Models",
      ),
    ).toBe(false);
  });
});

describe("titleQueries", () => {
  it("asks about papers off arXiv and link-less entries, once per title", () => {
    expect(titleQueries([HOSTED, LINKLESS, HOSTED])).toEqual([
      { key: "gamma a paper hosted elsewhere", title: "Gamma: A Paper Hosted Elsewhere", at: "l.md:3" },
      {
        key: "kosmos 2 grounding multimodal large language models to the world",
        title: "Kosmos-2: Grounding Multimodal Large Language Models to the World",
        at: "l.md:3",
      },
    ]);
  });

  it("skips papers with an arXiv ID, resources and short link-less entries", () => {
    const withId = item("Alpha", { kind: "paper", arxivId: "2101.00001", by: "url" });
    const resource = item(
      "A Blog Post About Things",
      { kind: "resource", resourceKind: "post" },
      { url: "https://x.y" },
    );
    const short = item("Books", { kind: "unresolved", reason: "no usable link" });
    expect(titleQueries([withId, resource, short])).toEqual([]);
  });

  it("throws when an option is out of range", () => {
    expect(() => titleQueries([], { minSimilarity: 2 })).toThrow(
      "search: invalid `minSimilarity`. Expecting a number in (0, 1].",
    );
  });
});

describe("resolveBySearch", () => {
  it("resolves by a Semantic Scholar match that carries an arXiv ID", () => {
    const knowledge = emptyKnowledge();
    knowledge.s2Match.set("gamma a paper hosted elsewhere", {
      paperId: "s2-gamma",
      title: "Gamma: A Paper Hosted Elsewhere",
      arxivId: "2103.00003",
    });
    expect(resolveBySearch([HOSTED], knowledge).entries[0]!.resolution).toEqual({
      kind: "paper",
      arxivId: "2103.00003",
      by: "search",
      matchedTitle: "Gamma: A Paper Hosted Elsewhere",
    });
  });

  it("resolves by an arXiv title-search candidate with the same title", () => {
    const knowledge = emptyKnowledge();
    knowledge.arxivSearch.set("kosmos 2 grounding multimodal large language models to the world", [
      { id: "2306.00001", title: "Kosmos-1: Something Else Entirely" },
      { id: "2306.14824", title: "Kosmos-2: Grounding Multimodal Large Language Models to the World" },
    ]);
    const result = resolveBySearch([LINKLESS], knowledge);
    expect(result.entries[0]!.resolution).toMatchObject({ kind: "paper", arxivId: "2306.14824", by: "search" });
    expect(result.found).toEqual([
      'l.md:3 "Kosmos-2: Grounding Multimodal Large Language Models to the World" → arXiv 2306.14824 (arXiv title search)',
    ]);
  });

  it("makes a link-less entry a paper off arXiv when only Semantic Scholar knows it", () => {
    const knowledge = emptyKnowledge();
    knowledge.s2Match.set(LINKLESS.titleKey, { paperId: "s2-k", title: LINKLESS.entry.title });
    const result = resolveBySearch([LINKLESS], knowledge);
    expect(result.entries[0]!.resolution).toEqual({ kind: "paper", by: "search", matchedTitle: LINKLESS.entry.title });
    expect([...result.s2Ids]).toEqual([[LINKLESS.titleKey, "s2-k"]]);
  });

  it("keeps a hosted paper's resolution and link, and remembers its Semantic Scholar ID", () => {
    const knowledge = emptyKnowledge();
    knowledge.s2Match.set(HOSTED.titleKey, { paperId: "s2-gamma", title: HOSTED.entry.title });
    const result = resolveBySearch([HOSTED], knowledge);
    expect(result.entries[0]).toBe(HOSTED);
    expect(result.s2Ids.get(HOSTED.titleKey)).toBe("s2-gamma");
  });

  it("never uses a match with another title, and says so", () => {
    const knowledge = emptyKnowledge();
    knowledge.s2Match.set("iota a workshop paper", {
      paperId: "s2-x",
      title: "Iota Functions in Workshop Scheduling",
      arxivId: "1901.00001",
    });
    const iota = item("Iota: A Workshop Paper", { kind: "paper", by: "host" }, { url: "https://example.org/iota.pdf" });
    const result = resolveBySearch([iota], knowledge);
    expect(result.entries[0]).toBe(iota);
    expect(result.rejected).toEqual([
      `l.md:3 "Iota: A Workshop Paper": Semantic Scholar's best match is "Iota Functions in Workshop Scheduling", a different title; not used`,
    ]);
  });
});
