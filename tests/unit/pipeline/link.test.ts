import { describe, expect, it } from "vitest";

import { link } from "../../../scripts/pipeline/link";
import { papersFrom } from "./helpers";

function lineageOf(...lists: string[]) {
  const { papers } = papersFrom(...lists);
  return link(papers, { files: { "list-0": "list-0.md" } });
}

const ERNIE = [
  "- [2019/04] **[ERNIE: Enhanced Representation through Knowledge Integration](https://arxiv.org/abs/1904.09223)** : *ERNIE*",
  "- [2019/07] **[ERNIE 2.0: A Continual Pre-training Framework](https://arxiv.org/abs/1907.12412)** : *ERNIE 2.0*",
  "- [2021/07] **[ERNIE 3.0: Large-scale Knowledge Enhanced Pre-training](https://arxiv.org/abs/2107.02137)** : *ERNIE 3.0*",
].join("\n");

describe("link: versions", () => {
  it("links each ERNIE to the version before it", () => {
    const versions = lineageOf(ERNIE).lineage.filter((l) => l.evidence.some((e) => e.kind === "version"));
    expect(versions.map((l) => [l.from, l.to])).toEqual([
      ["arxiv:1907.12412", "arxiv:1904.09223"],
      ["arxiv:2107.02137", "arxiv:1907.12412"],
    ]);
    expect(versions[0]!.evidence[0]).toEqual({
      kind: "version",
      text: '"ERNIE 2.0" is a later version of "ERNIE"',
      source: "list-0.md:2",
    });
  });

  it("links Llama 2 to LLaMA despite the different casing", () => {
    const { lineage } = lineageOf(
      "- [LLaMA: Open and Efficient Foundation Language Models](https://arxiv.org/abs/2302.13971)\n- [Llama 2: Open Foundation and Fine-Tuned Chat Models](https://arxiv.org/pdf/2307.09288.pdf)",
    );
    expect(lineage.map((l) => [l.from, l.to, l.evidence.map((e) => e.kind)])).toEqual([
      ["arxiv:2307.09288", "arxiv:2302.13971", ["version", "mentions"]],
    ]);
  });
});

describe("link: mentions", () => {
  it("links a paper to an earlier one its summary names", () => {
    const { lineage } = lineageOf(
      "* **[NeRF: Representing scenes as neural radiance fields](https://arxiv.org/abs/2003.08934)** (2020): Research.\n" +
        "* **[DreamFusion: Text-to-3D using 2D diffusion](https://arxiv.org/pdf/2209.14988.pdf)** (2022): Work that builds on NeRF to generate 3D images.",
    );
    expect(lineage).toEqual([
      {
        from: "arxiv:2209.14988",
        to: "arxiv:2003.08934",
        evidence: [{ kind: "mentions", text: 'names "NeRF" in its summary', source: "list-0.md:2" }],
      },
    ]);
  });

  it("links names built on other names: SciBERT, Med-PaLM, QLoRA", () => {
    const { lineage } = lineageOf(
      [
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)",
        "- [SciBERT: A Pretrained Language Model for Scientific Text](https://arxiv.org/abs/1903.10676)",
        "- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)",
        "- [QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314)",
      ].join("\n"),
    );
    expect(lineage.map((l) => [l.from, l.to])).toEqual([
      ["arxiv:1903.10676", "arxiv:1810.04805"],
      ["arxiv:2305.14314", "arxiv:2106.09685"],
    ]);
  });

  it("reads a name inside a longer word only with the name's capitals: SciBERT builds on BERT, Scibert does not", () => {
    const { lineage } = lineageOf(
      [
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)",
        "- [Domain adaptation for science](https://arxiv.org/abs/1903.10676): We adapt Scibert to chemistry.",
        "- [Domain adaptation for law](https://arxiv.org/abs/1904.10676): We adapt LegalBERT to contracts.",
      ].join("\n"),
    );
    expect(lineage.map((l) => [l.from, l.to])).toEqual([["arxiv:1904.10676", "arxiv:1810.04805"]]);
  });

  it("never links through a generic name such as Transformer or GPT", () => {
    const { lineage } = lineageOf(
      "- [2017/06] **[Attention Is All You Need](https://arxiv.org/abs/1706.03762)** : *Transformer*\n" +
        "- [Reformer: The Efficient Transformer](https://arxiv.org/abs/2001.04451)",
    );
    expect(lineage).toEqual([]);
  });

  it("never links to a later paper", () => {
    const { lineage } = lineageOf(
      "- [PaLM: Scaling Language Modeling with Pathways](https://arxiv.org/abs/2204.02311): see also PaLM-3 and Gemini.\n- [Gemini: A Family of Models](https://arxiv.org/abs/2312.11805)",
    );
    expect(lineage).toEqual([]);
  });

  it("makes no edge from a name two papers claim, and reports it", () => {
    const { lineage, ambiguousNames } = lineageOf(
      "- [2019/01] **[Multi-Task Deep Neural Networks](https://arxiv.org/abs/1901.11504)** : *MT-DNN*\n" +
        "- [2019/04] **[Improving Multi-Task Deep Neural Networks via Distillation](https://arxiv.org/abs/1904.09482)** : *MT-DNN*\n" +
        "- [A study of MT-DNN](https://arxiv.org/abs/2001.00001)",
    );
    expect(lineage).toEqual([]);
    expect([...ambiguousNames.keys()]).toEqual(["MT-DNN"]);
  });

  it("throws when options are invalid", () => {
    expect(() => link([], { maxEvidence: 0 })).toThrow("link: invalid `maxEvidence`. Expecting a positive integer.");
  });
});

describe("link: full titles and landmarks", () => {
  it("links a summary that names another paper by its whole title", () => {
    const { lineage } = lineageOf(
      [
        "- [Learning to summarize from human feedback](https://arxiv.org/abs/2009.01325)",
        "- [Training language models to follow instructions](https://arxiv.org/abs/2203.02155): builds on Learning to Summarize from Human Feedback.",
      ].join("\n"),
    );
    expect(lineage).toEqual([
      {
        from: "arxiv:2203.02155",
        to: "arxiv:2009.01325",
        evidence: [
          {
            kind: "mentions",
            text: 'names "Learning to summarize from human feedback" by its title in its summary',
            source: "list-0.md:2",
          },
        ],
      },
    ]);
  });

  it("never links a title to a later paper, nor a short title that is a phrase", () => {
    const { lineage } = lineageOf(
      [
        "- [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361): see Training Compute-Optimal Large Language Models.",
        "- [Training Compute-Optimal Large Language Models](https://arxiv.org/abs/2203.15556)",
        "- [Deep Learning](https://example.org/deep-learning)",
        "- [Something Else](https://arxiv.org/abs/2204.00001): a survey of deep learning.",
      ].join("\n"),
    );
    expect(lineage).toEqual([]);
  });

  it('links "the Transformer" and "a Transformer variant" to the paper the lists call Transformer, not "transformers"', () => {
    const { lineage } = lineageOf(
      [
        "- **[Attention is all you need](https://arxiv.org/abs/1706.03762)** (2017): *Transformer*",
        "- [LongNet: Scaling Transformers](https://arxiv.org/abs/2307.02486): we introduce LongNet, a Transformer variant.",
        "- [BERT: Pre-training](https://arxiv.org/abs/1810.04805): pre-trains the Transformer encoder.",
        "- [ViT: An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929): transformers for images.",
      ].join("\n"),
    );
    expect(lineage.map((l) => [l.from, l.to, l.evidence[0]!.text])).toEqual([
      [
        "arxiv:1810.04805",
        "arxiv:1706.03762",
        'names "the Transformer" in its summary, the landmark the lists call Transformer',
      ],
      [
        "arxiv:2307.02486",
        "arxiv:1706.03762",
        'names "Transformer variant" in its summary, the landmark the lists call Transformer',
      ],
    ]);
  });
});
