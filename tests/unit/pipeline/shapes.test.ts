// The shapes reading lists on GitHub use that the parser reads, one behaviour each on tiny inline
// lists; the whole synthetic fixture (tests/fixtures/synthetic-paper-guide.md) is built at the end.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { buildGraph } from "../../../scripts/pipeline/build";
import { parse } from "../../../scripts/pipeline/parse";
import { resolve } from "../../../scripts/pipeline/resolve";
import { isPaper } from "../../../src/model";

const list = (text: string) => parse(text, { list: "test", file: "test.md" });
const only = (text: string) => {
  const { entries } = list(text);
  expect(entries).toHaveLength(1);
  return entries[0]!;
};

describe("parse: a block quote indented under its list item (shape 1)", () => {
  it("is the abstract of that entry", () => {
    const entry = only(
      "- **Attention Is All You Need** [paper](https://arxiv.org/abs/1706.03762)\n  > The first model based entirely on attention.\n",
    );
    expect(entry).toMatchObject({
      title: "Attention Is All You Need",
      url: "https://arxiv.org/abs/1706.03762",
      abstract: "The first model based entirely on attention.",
      summary: "",
    });
  });

  it("goes to its own item, not to the next one", () => {
    const { entries } = list(
      "- [A](https://arxiv.org/abs/1706.03762)\n  > About A.\n- [B](https://arxiv.org/abs/1810.04805)\n",
    );
    expect(entries.map((e) => e.abstract)).toEqual(["About A.", undefined]);
  });
});

describe("parse: a title bullet with link children (shape 2)", () => {
  const text =
    "- Language Models are Few-Shot Learners\n  - [arXiv](https://arxiv.org/abs/2005.14165)\n  - [code](https://github.com/openai/gpt-3)\n";

  it("titles the entry with the parent's text and takes the children as its links", () => {
    const entry = only(text);
    expect(entry).toMatchObject({
      title: "Language Models are Few-Shot Learners",
      url: "https://arxiv.org/abs/2005.14165",
      extraLinks: [{ label: "code", url: "https://github.com/openai/gpt-3" }],
      section: ["test"],
    });
  });

  it("reads a bare URL child as the paper's link, never as its title", () => {
    const entry = only("- Training language models to follow instructions\n  - https://arxiv.org/abs/2203.02155\n");
    expect(entry).toMatchObject({
      title: "Training language models to follow instructions",
      url: "https://arxiv.org/abs/2203.02155",
    });
  });

  it("keeps a note among the children as the description", () => {
    const entry = only(`${text}  - In-context learning at scale.\n`);
    expect(entry.summary).toBe("In-context learning at scale.");
  });

  it("still makes a sub-section of a label over titled entries", () => {
    const { entries } = list("- **Vision**\n  - [ViT](https://arxiv.org/abs/2010.11929)\n");
    expect(entries.map((e) => [e.title, e.section])).toEqual([["ViT", ["test", "Vision"]]]);
  });
});

describe("parse: tables with named columns (shape 3)", () => {
  const table = (row: string, header = "| Title | Authors | Venue | Year | Link | Code | Description |") =>
    only(`${header}\n|---|---|---|---|---|---|---|\n${row}\n`);

  it("puts each column where it belongs: venue, authors, year, code, description", () => {
    const entry = table(
      "| Deep Residual Learning | Kaiming He, Xiangyu Zhang | CVPR | 2016 | [arXiv](https://arxiv.org/abs/1512.03385) | [code](https://github.com/x/y) | Residual connections. |",
    );
    expect(entry).toMatchObject({
      title: "Deep Residual Learning",
      url: "https://arxiv.org/abs/1512.03385",
      authors: ["Kaiming He", "Xiangyu Zhang"],
      venue: "CVPR",
      yearHint: { year: 2016 },
      extraLinks: [{ label: "code", url: "https://github.com/x/y" }],
      summary: "Residual connections.",
    });
  });

  it("never makes the venue the paper's description", () => {
    const entry = table("| [RoBERTa](https://arxiv.org/abs/1907.11692) | | arXiv | 2019 | | | |");
    expect(entry).toMatchObject({ venue: "arXiv", summary: "" });
  });

  it("takes the year from a venue cell that has one", () => {
    const entry = table("| [Swin Transformer](https://arxiv.org/abs/2103.14030) | Ze Liu et al. | ICCV 2021 | | | | |");
    expect(entry).toMatchObject({ venue: "ICCV", yearHint: { year: 2021 }, authors: ["Ze Liu"] });
  });

  it("reads a Model column beside a Paper column as the paper's short name", () => {
    const entry = only(
      "| Model | Paper |\n|---|---|\n| LLaMA | [LLaMA: Open and Efficient Foundation Language Models](https://arxiv.org/abs/2302.13971) |\n",
    );
    expect(entry).toMatchObject({ title: "LLaMA: Open and Efficient Foundation Language Models", nameHint: "LLaMA" });
  });

  it("keeps columns it does not know in the description, named by their header", () => {
    const entry = only("| Paper | Size |\n|---|---|\n| [T5](https://arxiv.org/abs/1910.10683) | 11B |\n");
    expect(entry.summary).toBe("Size: 11B");
  });
});

describe("parse: <details> blocks (shape 4)", () => {
  it("names a sub-section for what the block holds after its summary", () => {
    const { entries } = list(
      "## Models\n\n<details><summary>Vision (click to expand)</summary>\n\n- [ViT](https://arxiv.org/abs/2010.11929)\n\n</details>\n\n- [BERT](https://arxiv.org/abs/1810.04805)\n",
    );
    expect(entries.map((e) => e.section)).toEqual([["Models", "Vision"], ["Models"]]);
  });

  it("reads a summary in its own line, with markup, and nested blocks", () => {
    const { entries } = list(
      "<details>\n<summary><b>Speech</b></summary>\n\n<details><summary>ASR</summary>\n\n- [Whisper](https://arxiv.org/abs/2212.04356)\n\n</details>\n</details>\n",
    );
    expect(entries[0]!.section).toEqual(["test", "Speech", "ASR"]);
  });
});

describe("parse: a link in a heading (shape 5)", () => {
  it("takes the full title from the bold line under it and keeps the heading's text as the name", () => {
    const { entries, sections } = list(
      "### [DPO](https://arxiv.org/abs/2305.18290)\n\n**Direct Preference Optimization: Your Language Model is Secretly a Reward Model**. Rafael Rafailov, Archit Sharma. NeurIPS 2023.\n\nNo reward model.\n",
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
      nameHint: "DPO",
      url: "https://arxiv.org/abs/2305.18290",
      authors: ["Rafael Rafailov", "Archit Sharma"],
      venue: "NeurIPS",
      summary: "No reward model.",
    });
    expect(sections.map((s) => s.path)).toEqual([["DPO"]]);
  });

  it("takes the full title from an entry below with the same link, making one entry", () => {
    const entry = only(
      "### [LoRA](https://arxiv.org/abs/2106.09685)\n- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685) - low-rank updates.\n",
    );
    expect(entry).toMatchObject({
      title: "LoRA: Low-Rank Adaptation of Large Language Models",
      nameHint: "LoRA",
      summary: "low-rank updates.",
    });
  });

  it("keeps the heading's text when nothing below titles it", () => {
    const entry = only("### [Segment Anything](https://arxiv.org/abs/2304.02643)\n\nMeta's segmentation model.\n");
    expect(entry).toMatchObject({ title: "Segment Anything", summary: "Meta's segmentation model." });
    expect(entry.nameHint).toBeUndefined();
  });
});

describe("parse: authors in `Title. Authors. Venue Year. [paper](url)` (shape 6)", () => {
  it("reads the authors, initials and all, and the venue", () => {
    const entry = only(
      "1. ImageNet Classification with Deep Convolutional Neural Networks. Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton. NeurIPS 2012. [paper](https://papers.nips.cc/paper/4824.pdf)",
    );
    expect(entry).toMatchObject({
      title: "ImageNet Classification with Deep Convolutional Neural Networks",
      authors: ["Alex Krizhevsky", "Ilya Sutskever", "Geoffrey E. Hinton"],
      venue: "NeurIPS",
      yearHint: { year: 2012 },
    });
  });

  it("reads `Surname et al.` as the authors it names", () => {
    const entry = only("- Deep Residual Learning. He et al. CVPR 2016. [paper](https://arxiv.org/abs/1512.03385)");
    expect(entry.authors).toEqual(["He"]);
  });

  it("reads a reference after a linked title", () => {
    const entry = only(
      "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762). Ashish Vaswani, Noam Shazeer. NeurIPS 2017.",
    );
    expect(entry).toMatchObject({ authors: ["Ashish Vaswani", "Noam Shazeer"], venue: "NeurIPS", summary: "" });
  });

  it("never makes prose a byline", () => {
    const entry = only(
      "* **[InstructGPT](https://arxiv.org/abs/2203.02155)** (2022): OpenAI’s paper, with humans in the loop. ([blog post](https://openai.com/x))",
    );
    expect(entry.authors).toBeUndefined();
    expect(only("- Deep Residual Learning. CVPR 2016. [paper](https://arxiv.org/abs/1512.03385)").authors).toBe(
      undefined,
    );
  });
});

describe("resolve: resource kinds by host (shape 7)", () => {
  it.each([
    ["https://huggingface.co/blog/rlhf", "post"],
    ["https://huggingface.co/bigscience/bloom", "repository"],
    ["https://huggingface.co/datasets/EleutherAI/pile", "dataset"],
    ["https://huggingface.co/docs/transformers/index", "docs"],
    ["https://huggingface.co/learn/nlp-course/chapter1/1", "course"],
    ["https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard", "demo"],
    ["https://python.langchain.com/en/latest/index.html", "docs"],
    ["https://docs.google.com/document/d/1-Kj4s", "post"],
    ["https://www.amazon.com/Deep-Medicine/dp/B07PJ21V5N/ref=sr_1_1", "book"],
    ["https://mml-book.github.io/", "book"],
    ["https://transformersbook.com/", "book"],
    ["https://www.facebook.com/groups/x", "post"],
  ])("classes %s as a %s", (url, kind) => {
    const { entries } = resolve(list(`- [Something](${url})`).entries);
    expect(entries[0]!.resolution).toEqual({ kind: "resource", resourceKind: kind });
  });

  it("still reads huggingface.co/papers/ID as the arXiv paper", () => {
    const { entries } = resolve(list("- [Llama 2](https://huggingface.co/papers/2307.09288)").entries);
    expect(entries[0]!.resolution).toMatchObject({ kind: "paper", arxivId: "2307.09288" });
  });
});

describe("parse: arXiv links that are not entries (shape 8)", () => {
  it("keeps a link in a description as a link of the entry and reports it", () => {
    const parsed = list(
      "- [Large language models encode clinical knowledge](https://arxiv.org/abs/2212.13138): as did [GPT-4](https://arxiv.org/abs/2303.13375).",
    );
    expect(parsed.entries.map((e) => e.title)).toEqual(["Large language models encode clinical knowledge"]);
    expect(parsed.entries[0]!.extraLinks).toEqual([{ label: "GPT-4", url: "https://arxiv.org/abs/2303.13375" }]);
    expect(parsed.issues.map((i) => [i.line, i.message])).toEqual([
      [
        1,
        'arXiv link "[GPT-4](https://arxiv.org/abs/2303.13375)" in the description of "Large language models encode clinical knowledge" is kept as one of its links, not taken as a paper',
      ],
    ]);
  });

  it("reports a link in a section's introduction", () => {
    const parsed = list(
      "# Guide\n\nBased on our survey paper [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223).\n\n- [BERT](https://arxiv.org/abs/1810.04805)\n",
    );
    expect(parsed.entries.map((e) => e.title)).toEqual(["BERT"]);
    expect(parsed.issues[0]!.message).toBe(
      'arXiv link "[A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)" in the introduction of a section is not taken as a paper',
    );
  });

  it("reads an HTML table by its header: the Model column is the paper, a data column's link is reported", () => {
    const parsed = list(
      '<table>\n<tr><th>Model</th><th>Pre-train data</th></tr>\n<tr><td><a href="https://arxiv.org/abs/1910.10683">T5</a></td><td><a href="https://arxiv.org/abs/2104.08758">C4</a></td></tr>\n</table>\n',
    );
    expect(parsed.entries.map((e) => [e.title, e.url, e.line])).toEqual([
      ["T5", "https://arxiv.org/abs/1910.10683", 3],
    ]);
    expect(parsed.issues.map((i) => [i.line, i.message])).toEqual([
      [
        3,
        'arXiv link "[C4](https://arxiv.org/abs/2104.08758)" in the Pre-train data column is about this row\'s paper, not a paper of the list; not taken as one',
      ],
    ]);
  });
});

describe("parse: text from a list", () => {
  it("loses bidirectional overrides and isolates, which can make a title read backwards", () => {
    const entry = only(
      "## \u202eSecret\n\n- [Chain-of-Thought\u202e sdrawkcab\u2066x\u2069](https://arxiv.org/abs/2201.11903)",
    );
    expect(entry.title).toBe("Chain-of-Thought sdrawkcabx");
    expect(entry.section).toEqual(["Secret"]);
  });
});

describe("build: the synthetic paper guide (every shape at once)", () => {
  const file = "synthetic-paper-guide.md";
  const GUIDE = "Synthetic Paper Guide";
  const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8");

  it("builds the papers, titles, sections, authors and links the shapes describe", async () => {
    const { file: graph, report } = await buildGraph([{ file, text }]);
    const papers = graph.graph.nodes.flatMap((n) => (isPaper(n.attributes!) ? [n.attributes] : []));
    const byId = (id: string) => papers.find((p) => p.arxivId === id)!;
    expect(graph.header.counts.papers).toBe(17);
    expect(papers.map((p) => p.title).sort()).toEqual(
      [
        "Attention Is All You Need",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models sdrawkcab",
        "Deep Residual Learning for Image Recognition",
        "Denoising Diffusion Probabilistic Models",
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        "Generative Adversarial Networks",
        "ImageNet Classification with Deep Convolutional Neural Networks",
        "Language Models are Few-Shot Learners",
        "Large language models encode clinical knowledge",
        "Learning Transferable Visual Models From Natural Language Supervision",
        "Llama 2: Open Foundation and Fine-Tuned Chat Models",
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "Robust Speech Recognition via Large-Scale Weak Supervision",
        "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        "T5",
        "Training language models to follow instructions with human feedback",
      ].sort(),
    );
    expect(byId("1706.03762").summaries[0]!.text).toBe(
      "The first sequence transduction model based entirely on attention.",
    );
    expect(byId("2005.14165")).toMatchObject({
      sections: [{ path: [GUIDE, "Title bullets with links below"] }],
      links: [{ label: "code", url: "https://github.com/openai/gpt-3" }],
    });
    expect(byId("1512.03385")).toMatchObject({
      authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
      venue: "CVPR",
      summaries: [{ text: "Residual connections make very deep networks trainable." }],
    });
    expect(byId("2103.00020").sections[0]!.path).toEqual([GUIDE, "Folded blocks", "Vision-language models"]);
    expect(byId("2212.04356").sections[0]!.path).toEqual([GUIDE, "Folded blocks", "Speech"]);
    expect(byId("2006.11239").sections[0]!.path).toEqual([GUIDE, "Folded blocks"]);
    expect(byId("2305.18290")).toMatchObject({
      shortName: "DPO",
      authors: ["Rafael Rafailov", "Archit Sharma", "Eric Mitchell"],
    });
    expect(byId("2106.09685").shortName).toBe("LoRA");
    expect(byId("1406.2661").authors).toEqual(["Ian J. Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza"]);
    const sectionLabels = graph.graph.nodes
      .filter((n) => n.attributes!.kind === "section")
      .map((n) => n.attributes!.label);
    expect(sectionLabels).toContain("Vision-language models");
    expect(sectionLabels).toContain("Bidi text");
    expect(sectionLabels).not.toContain("Language Models are Few-Shot Learners");
    for (const resource of [
      '[post] "Illustrating',
      '[repository] "BLOOM"',
      '[dataset] "The Pile"',
      '[docs] "Transformers',
      '[course] "Hugging Face',
    ])
      expect(report).toContain(resource);
    expect(report).toContain('"[C4](https://arxiv.org/abs/2104.08758)" in the Pre-train data column');
    expect(report).toContain('"[GPT-4](https://arxiv.org/abs/2303.13375)" in the description');
    expect(report).toContain(
      '"[A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)" in the introduction',
    );
    expect(JSON.stringify(graph)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
