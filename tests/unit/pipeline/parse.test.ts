import { describe, expect, it } from "vitest";

import { parse } from "../../../scripts/pipeline/parse";

const list = (text: string) => parse(text, { list: "test", file: "test.md" });
const only = (text: string) => {
  const { entries } = list(text);
  expect(entries).toHaveLength(1);
  return entries[0]!;
};

describe("parse: entries", () => {
  it("reads an AI Canon entry: bold title link, year, description, blog link", () => {
    const entry = only(
      "* **[Attention is all you need](https://arxiv.org/abs/1706.03762)** (2017): The original transformer work. ([blog post](https://ai.googleblog.com/x))",
    );
    expect(entry).toMatchObject({
      title: "Attention is all you need",
      url: "https://arxiv.org/abs/1706.03762",
      yearHint: { year: 2017 },
      summary: "The original transformer work.",
      extraLinks: [{ label: "blog post", url: "https://ai.googleblog.com/x" }],
      line: 1,
    });
  });

  it("reads an AGI-Papers entry: [YYYY/MM] prefix and a *ShortName* annotation", () => {
    const entry = only(
      "- [2019/07] **[ERNIE 2.0: A Continual Pre-training Framework](https://arxiv.org/abs/1907.12412)** : *ERNIE 2.0*",
    );
    expect(entry).toMatchObject({
      title: "ERNIE 2.0: A Continual Pre-training Framework",
      yearHint: { year: 2019, month: 7 },
      nameHint: "ERNIE 2.0",
    });
    expect(entry.summary).toBe("");
  });

  it("takes the year out of a title written `Constitutional AI (2022)`", () => {
    const entry = only("* **[Constitutional AI (2022)](https://arxiv.org/abs/2212.08073)**: The Anthropic team.");
    expect(entry).toMatchObject({
      title: "Constitutional AI",
      yearHint: { year: 2022 },
      summary: "The Anthropic team.",
    });
  });

  it("survives an unclosed bold: `**[LoRA](url) (2021): text`", () => {
    const entry = only("* **[LoRA: Low-rank adaptation](https://arxiv.org/abs/2106.09685) (2021): This research.");
    expect(entry).toMatchObject({
      title: "LoRA: Low-rank adaptation",
      yearHint: { year: 2021 },
      summary: "This research.",
    });
  });

  it("attaches the block-quoted abstract that follows an entry", () => {
    const entry = only("- [LLM-Blender: Ensembling](https://arxiv.org/abs/2306.02561)\n> We present LLM-Blender.\n");
    expect(entry.abstract).toBe("We present LLM-Blender.");
  });

  it("reads an abstract written as a lazy continuation line as the description", () => {
    const entry = only(
      "- [Unleashing Cognitive Synergy](https://arxiv.org/abs/2307.05300)\nHuman intelligence thrives.",
    );
    expect(entry.summary).toBe("Human intelligence thrives.");
  });

  it("keeps a title that has no link at all, without a URL", () => {
    const entry = only("- [Kosmos-2: Grounding Multimodal Large Language Models to the World]");
    expect(entry.title).toBe("Kosmos-2: Grounding Multimodal Large Language Models to the World");
    expect(entry.url).toBeUndefined();
  });

  it("splits a line of separate links into one entry each", () => {
    const { entries } = list(
      "- [LLaMA-7B](https://huggingface.co/spaces/x/LLaMA-7B), [LLaMA: INT8 edition](https://github.com/tloen/llama-int8)",
    );
    expect(entries.map((e) => e.title)).toEqual(["LLaMA-7B", "LLaMA: INT8 edition"]);
  });

  it("keeps a generic second link as an extra link of one entry", () => {
    const entry = only(
      "- [Flamingo: a Visual Language Model](https://arxiv.org/abs/2204.14198), [Blog](https://www.deepmind.com/blog/x)",
    );
    expect(entry.extraLinks).toEqual([{ label: "Blog", url: "https://www.deepmind.com/blog/x" }]);
  });

  it("reads `Title. Authors. Venue Year. [paper](url)`", () => {
    const entry = only(
      "1. Deep Residual Learning for Image Recognition. He et al. CVPR 2016. [paper](https://arxiv.org/abs/1512.03385)",
    );
    expect(entry).toMatchObject({
      title: "Deep Residual Learning for Image Recognition",
      url: "https://arxiv.org/abs/1512.03385",
      yearHint: { year: 2016 },
    });
  });

  it("ignores table-of-contents links and prose bullets", () => {
    expect(list("- [Intro](#intro)\n- a curated list of resources\n").entries).toEqual([]);
  });
});

describe("parse: sections", () => {
  it("gives each entry its full heading path, skipping missing levels", () => {
    const parsed = list(
      "# Landmark research\n### **Large language models**\n#### New models\n* [BERT](https://arxiv.org/abs/1810.04805)\n",
    );
    expect(parsed.entries[0]!.section).toEqual(["Landmark research", "Large language models", "New models"]);
  });

  it("names entries above the first heading after the list's title", () => {
    const parsed = list(
      '<h1 align="center"> 🌟  AGI-Papers 🌟 </h1>\n\n- [BERT](https://arxiv.org/abs/1810.04805)\n\n## before 2023\n- [T5](https://arxiv.org/abs/1910.10683)\n',
    );
    expect(parsed.title).toBe("AGI-Papers");
    expect(parsed.entries.map((e) => e.section)).toEqual([["AGI-Papers"], ["before 2023"]]);
  });

  it("uses the file's list name when the list has no title", () => {
    expect(list("- [BERT](https://arxiv.org/abs/1810.04805)").entries[0]!.section).toEqual(["test"]);
  });

  it("keeps a section's introduction as its description", () => {
    const parsed = list("## Explainers\n\n> get up to speed quickly.\n\n- [A](https://a.example/)\n");
    expect(parsed.sections[0]).toMatchObject({ path: ["Explainers"], description: "get up to speed quickly." });
  });

  it("turns a link-less list item holding a nested list into a sub-section", () => {
    const parsed = list("## Vision\n- **Detection**\n  - [YOLO](https://arxiv.org/abs/1506.02640)\n");
    expect(parsed.entries[0]!.section).toEqual(["Vision", "Detection"]);
  });
});

describe("parse: bad input", () => {
  it("reports a javascript: link and never keeps it", () => {
    const parsed = list("- [Evil](javascript:alert(1))");
    expect(parsed.entries[0]!.url).toBeUndefined();
    expect(parsed.issues).toEqual([
      { file: "test.md", line: 1, message: 'link "javascript:alert(1)" is not http(s); not kept' },
    ]);
  });

  it("reports an empty link with its line", () => {
    const parsed = list("\n\n- [Can Language Models Teach Weaker Agents?]()");
    expect(parsed.issues).toEqual([
      { file: "test.md", line: 3, message: 'empty link "[Can Language Models Teach Weaker Agents?]()"' },
    ]);
  });

  it("reports an empty list", () => {
    expect(list("").issues).toEqual([{ file: "test.md", line: 0, message: "the list is empty" }]);
  });

  it("reports text that holds no entries", () => {
    expect(list('{"not": "markdown"}').issues[0]!.message).toBe("no entries found (is this a markdown reading list?)");
  });

  it("cuts a 100 KB title and says so", () => {
    const parsed = list(`- [${"a".repeat(100_000)}](https://example.com/)`);
    expect(parsed.entries[0]!.title).toHaveLength(300);
    expect(parsed.issues[0]!.message).toBe("title is 100000 characters long; cut to 300");
  });

  it("drops a link with no title or URL and keeps one with a URL only", () => {
    const parsed = list("- [](https://arxiv.org/abs/1706.03762)");
    expect(parsed.entries[0]!.title).toBe("https://arxiv.org/abs/1706.03762");
    expect(parsed.issues[0]!.message).toBe(
      "entry has no title (link https://arxiv.org/abs/1706.03762); kept with its link as title",
    );
  });

  it("reads raw HTML as text only: tags vanish, <a href> becomes a link", () => {
    const entry = only(
      '- <b>Bold</b> <a href="https://arxiv.org/abs/1706.03762">Attention</a> <img src=x onerror="alert(1)">',
    );
    expect(entry.url).toBe("https://arxiv.org/abs/1706.03762");
    expect(entry.title).toBe("Attention");
    expect(JSON.stringify(entry)).not.toContain("onerror");
  });

  it("throws when options are invalid", () => {
    expect(() => parse("", { list: "", file: "x.md" })).toThrow(
      "parse: invalid `list`. Expecting a non-empty list name.",
    );
    expect(() => parse("", { list: "x", file: "x.md", maxTitleLength: 5 })).toThrow(
      "parse: invalid `maxTitleLength`. Expecting an integer of at least 20.",
    );
  });
});
