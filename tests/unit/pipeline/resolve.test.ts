import { describe, expect, it } from "vitest";

import { parse } from "../../../scripts/pipeline/parse";
import { resolve } from "../../../scripts/pipeline/resolve";

function resolveText(...lists: string[]) {
  const entries = lists.flatMap((text, i) => parse(text, { list: `list-${i}`, file: `list-${i}.md` }).entries);
  return resolve(entries);
}

describe("resolve", () => {
  it("takes the arXiv ID from the entry's own link", () => {
    const { entries } = resolveText("- [LoRA](https://arxiv.org/abs/2106.09685v2)");
    expect(entries[0]!.resolution).toEqual({ kind: "paper", arxivId: "2106.09685", by: "url" });
  });

  it("takes the arXiv ID from a [paper] link beside a project page", () => {
    const { entries } = resolveText(
      "- [NeRF](https://www.matthewtancik.com/nerf) ([paper](https://arxiv.org/abs/2003.08934))",
    );
    expect(entries[0]!.resolution).toEqual({ kind: "paper", arxivId: "2003.08934", by: "url" });
  });

  it("does not take a related paper's link as the entry's own", () => {
    const { entries } = resolveText(
      "- **[PaLM: Scaling language modeling](https://ai.googleblog.com/palm)**: see also the [PaLM-2 technical report](https://arxiv.org/abs/2305.10403).",
    );
    expect(entries[0]!.resolution.kind).toBe("resource");
  });

  it("resolves the AGI list's LLaMA PDF to the arXiv ID the AI Canon gives it", () => {
    const { entries } = resolveText(
      "- [LLaMA: Open and Efficient Foundation Language Models](https://research.facebook.com/file/1574548786327032/LLaMA--Open-and-Efficient-Foundation-Language-Models.pdf)",
      "* **[LLaMA: Open and efficient foundation language models](https://arxiv.org/abs/2302.13971)** (2023): The model from Meta.",
    );
    expect(entries[0]!.resolution).toEqual({
      kind: "paper",
      arxivId: "2302.13971",
      by: "title",
      matchedTitle: "LLaMA: Open and efficient foundation language models",
    });
  });

  it("matches titles through a publisher prefix", () => {
    const { entries } = resolveText(
      "- [Deepmind: Improving language models by retrieving from trillions of tokens](https://www.deepmind.com/publications/x)\n- [Improving language models by retrieving from trillions of tokens](https://arxiv.org/pdf/2112.04426.pdf)",
    );
    expect(entries[0]!.resolution).toMatchObject({ kind: "paper", arxivId: "2112.04426", by: "title" });
  });

  it("keeps ERNIE, ERNIE 2.0 and ERNIE 3.0 apart", () => {
    const { entries } = resolveText(
      [
        "- [ERNIE: Enhanced Representation through Knowledge Integration](https://arxiv.org/abs/1904.09223)",
        "- [ERNIE 2.0: A Continual Pre-training Framework for Language Understanding](https://arxiv.org/abs/1907.12412)",
        "- [ERNIE 3.0: A Continual Pre-training Framework for Language Understanding](https://example.org/ernie3.pdf)",
      ].join("\n"),
    );
    expect(entries[2]!.resolution).toEqual({ kind: "paper", by: "host" });
  });

  it("classifies papers hosted off arXiv by their host", () => {
    const { entries } = resolveText(
      [
        "- [A path towards autonomous machine intelligence](https://openreview.net/pdf?id=BZ5a1r-kVsf)",
        "- [Dependency-Based Word Embeddings](https://www.aclweb.org/anthology/P14-2050.pdf)",
        "- [Improved protein structure prediction](https://www.nature.com/articles/s41586-019-1923-7)",
      ].join("\n"),
    );
    expect(entries.map((e) => e.resolution)).toEqual([
      { kind: "paper", by: "host" },
      { kind: "paper", by: "host" },
      { kind: "paper", by: "host" },
    ]);
  });

  it.each([
    ["https://www.youtube.com/watch?v=kCc8FmEb1nY", "video"],
    ["https://github.com/Significant-Gravitas/Auto-GPT", "repository"],
    ["https://course.fast.ai/", "course"],
    ["https://www.cnbc.com/2023/06/27/baidu.html", "news"],
    ["https://karpathy.medium.com/software-2-0-a64152b37c35", "post"],
  ])("keeps %s as a %s resource", (url, kind) => {
    const { entries } = resolveText(`- [Something](${url})`);
    expect(entries[0]!.resolution).toEqual({ kind: "resource", resourceKind: kind });
  });

  it("leaves a link-less entry unresolved, with the reason", () => {
    const { entries } = resolveText("- [Kosmos-2: Grounding Multimodal Large Language Models to the World]");
    expect(entries[0]!.resolution).toEqual({
      kind: "unresolved",
      reason: "no usable link, and no other entry has this title",
    });
  });

  it("resolves a link-less entry that another list links", () => {
    const { entries } = resolveText(
      "- [Kosmos-2: Grounding Multimodal Large Language Models to the World]",
      "- [Kosmos-2: Grounding Multimodal Large Language Models to the World](https://arxiv.org/abs/2306.14824)",
    );
    expect(entries[0]!.resolution).toMatchObject({ kind: "paper", arxivId: "2306.14824", by: "title" });
  });

  it("reports a title two arXiv papers share instead of guessing", () => {
    const { entries, ambiguities } = resolveText(
      "- [A Survey of Large Language Models](https://example.org/survey.html)\n- [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)\n- [A Survey of Large Language Models](https://arxiv.org/abs/2307.06435)",
    );
    expect(entries[0]!.resolution).toEqual({ kind: "resource", resourceKind: "post" });
    expect(ambiguities[0]!.candidates).toEqual(["2303.18223", "2307.06435"]);
  });
});
