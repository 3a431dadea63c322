import { describe, expect, it } from "vitest";

import { papersFrom } from "./helpers";

describe("merge", () => {
  it("makes one paper of the same arXiv ID in two lists, keeping both sections and summaries", () => {
    const { papers, shared } = papersFrom(
      "## New models\n* **[LLaMA: Open and efficient foundation language models](https://arxiv.org/abs/2302.13971)** (2023): The model from Meta.",
      "- [LLaMA: Open and Efficient Foundation Language Models](https://research.facebook.com/file/1/LLaMA.pdf)\n> We introduce LLaMA.",
    );
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      key: "arxiv:2302.13971",
      arxivId: "2302.13971",
      title: "LLaMA: Open and efficient foundation language models",
      year: 2023,
      month: 2,
      provenance: { title: "list", date: "arxiv-id" },
      lists: ["list-0", "list-1"],
      sections: [
        { id: "section:list-0/new-models", list: "list-0", path: ["New models"] },
        { id: "section:list-1/list-1", list: "list-1", path: ["list-1"] },
      ],
      summaries: [
        { list: "list-0", text: "The model from Meta.", line: 2 },
        { list: "list-1", text: "We introduce LLaMA.", line: 1 },
      ],
      links: [{ label: "PDF (research.facebook.com)", url: "https://research.facebook.com/file/1/LLaMA.pdf" }],
      origins: ["list-0.md:2", "list-1.md:1"],
    });
    expect(shared.get("list-1")).toBe(1);
  });

  it("shows a paper listed once under its own title, less a publisher's prefix but not a name's", () => {
    const { papers } = papersFrom(
      "- [Deepmind: Improving language models by retrieving from trillions of tokens](https://arxiv.org/abs/2112.04426)\n" +
        "- [InstructGPT: Training language models to follow instructions](https://arxiv.org/abs/2203.02155)",
    );
    expect(papers.map((p) => p.title)).toEqual([
      "Improving language models by retrieving from trillions of tokens",
      "InstructGPT: Training language models to follow instructions",
    ]);
  });

  it("merges papers without an arXiv ID by title and counts the repeat", () => {
    const { papers, duplicates } = papersFrom(
      "- [Quantum Simulation of Exact Electron Dynamics](https://research.google/pubs/pub52012/)\n- [Quantum simulation of exact electron dynamics](https://storage.googleapis.com/pub-tools-public-publication-data/pdf/2315.pdf)",
    );
    expect(papers.map((p) => p.key)).toEqual(["title:quantum-simulation-of-exact-electron-dynamics"]);
    expect(papers[0]!.links).toHaveLength(2);
    expect(duplicates.get("list-0")).toBe(1);
  });

  it("prefers the plain title over one with an added name prefix", () => {
    const { papers } = papersFrom(
      "- [InstructGPT : Training language models to follow instructions with human feedback](https://arxiv.org/abs/2203.02155)\n" +
        "- [Training language models to follow instructions with human feedback](https://arxiv.org/abs/2203.02155)",
    );
    expect(papers[0]!.title).toBe("Training language models to follow instructions with human feedback");
    expect(papers[0]!.names).toEqual(["InstructGPT"]);
  });

  it("dates a paper without an arXiv ID from the list's year hint", () => {
    const { papers } = papersFrom(
      "- [2014/07] **[GloVe: Global Vectors for Word Representation](https://nlp.stanford.edu/pubs/glove.pdf)** : *GloVe*",
    );
    expect(papers[0]).toMatchObject({ year: 2014, month: 7, provenance: { date: "list" }, names: ["GloVe"] });
  });

  it("leaves a paper with no date undated", () => {
    const { papers } = papersFrom(
      "- [Drug Design on Quantum Computers](https://storage.googleapis.com/pub-tools-public-publication-data/pdf/20b6.pdf)",
    );
    expect(papers[0]!.year).toBeUndefined();
    expect(papers[0]!.provenance.date).toBeUndefined();
  });

  it("notes a year hint that disagrees with the arXiv ID, and trusts the ID", () => {
    const { papers } = papersFrom(
      "- [2017/03] **[Distilling Task-Specific Knowledge from BERT](https://arxiv.org/abs/1903.12136)**",
    );
    expect(papers[0]).toMatchObject({ year: 2019, month: 3 });
    expect(papers[0]!.dateNotes).toEqual(["list-0.md:1 gives 2017/3; the arXiv ID says 2019-03"]);
  });
});
