// Citation pairs meet the map: `cites` links with their evidence, pairs naming papers outside the
// lists kept aside, citations of a later paper flagged; and the build that carries them.
import { describe, expect, it } from "vitest";

import { buildGraph } from "../../../scripts/pipeline/build";
import { parseCitationFile } from "../../../scripts/pipeline/citation-file";
import { flagBackwards, resolveCitations } from "../../../scripts/pipeline/citation-links";
import { comparePublication } from "../../../scripts/pipeline/dates";
import { lineageQuality } from "../../../scripts/pipeline/quality";
import type { LineageEdgeAttributes } from "../../../src/model";
import { papersFrom } from "../pipeline/helpers";

const LIST = [
  "# Models",
  "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)",
  "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)",
  "- [LLaMA: Open and Efficient Foundation Language Models](https://arxiv.org/abs/2302.13971): builds on BERT",
  "- [Reflexion: Language Agents with Verbal Reinforcement Learning](https://arxiv.org/abs/2303.11366)",
  "- [StarCoder: may the source be with you](https://arxiv.org/abs/2305.06161)",
].join("\n");

const pairsOf = (...rows: string[]) =>
  parseCitationFile({
    file: "data/citations/refs.tsv",
    text: ["citing\tcited\tsource\tciting_version\tevidence", ...rows].join("\n"),
  }).pairs;

describe("resolveCitations", () => {
  it("makes a cites link whose evidence says whose reference list, which version, and the file's line", () => {
    const papers = papersFrom(LIST).papers;
    const { lineage, drawn, offMap } = resolveCitations(
      pairsOf("2302.13971\t1706.03762\treference-list\tv1\tVaswani et al. 2017. Attention is all you need."),
      papers,
    );
    expect(offMap).toEqual([]);
    expect(drawn).toHaveLength(1);
    expect(lineage).toEqual([
      {
        from: "arxiv:2302.13971",
        to: "arxiv:1706.03762",
        evidence: [
          {
            kind: "cites",
            text: "in the reference list of LLaMA (arXiv:2302.13971v1)",
            source: "data/citations/refs.tsv:2",
            detail: "Vaswani et al. 2017. Attention is all you need.",
            citingVersion: "v1",
          },
        ],
      },
    ]);
  });

  it("words OpenAlex rows and rows without a source by what they are", () => {
    const papers = papersFrom(LIST).papers;
    const { lineage } = resolveCitations(
      pairsOf("1810.04805\t1706.03762\topenalex\t\tW1 referenced_works contains W2", "2302.13971\t1810.04805\t\t\t"),
      papers,
    );
    expect(lineage.map((l) => l.evidence[0]!.text)).toEqual([
      "in the references OpenAlex records for BERT (arXiv:1810.04805)",
      "in the references of LLaMA (arXiv:2302.13971)",
    ]);
  });

  it("keeps pairs naming a paper not on the map, saying which side resolved", () => {
    const papers = papersFrom(LIST).papers;
    const { lineage, offMap } = resolveCitations(
      pairsOf("2302.13971\t2001.08361\treference-list\tv1\tKaplan et al.", "10.1000/unknown\t1706.03762\t\t\t"),
      papers,
    );
    expect(lineage).toEqual([]);
    expect(offMap.map((o) => [o.pair.line, o.citingKey, o.citedKey])).toEqual([
      [2, "arxiv:2302.13971", undefined],
      [3, undefined, "arxiv:1706.03762"],
    ]);
  });

  it("finds a paper by its DOI and by its key in the map", () => {
    const papers = papersFrom(LIST).papers.map((p) =>
      p.arxivId === "1706.03762" ? { ...p, doi: "10.5555/3295222" } : p,
    );
    const { lineage } = resolveCitations(
      pairsOf("arxiv:2302.13971\t10.5555/3295222\t\t\t", "title:nowhere\t1706.03762\t\t\t"),
      papers,
    );
    expect(lineage.map((l) => `${l.from}>${l.to}`)).toEqual(["arxiv:2302.13971>arxiv:1706.03762"]);
  });
});

describe("comparePublication", () => {
  it("orders by year, then month, then by arXiv's sequence number within a month", () => {
    const at = (arxivId: string, year: number, month?: number) => ({ arxivId, year, ...(month ? { month } : {}) });
    expect(comparePublication(at("2112.04426", 2021, 12), at("2112.11446", 2021, 12))).toBeLessThan(0);
    expect(comparePublication(at("2303.11366", 2023, 3), at("2305.06161", 2023, 5))).toBeLessThan(0);
    expect(comparePublication(at("2303.11366", 2023), at("2301.00001", 2023, 1))).toBe(0);
    expect(comparePublication({ year: 2020 }, {})).toBe(0);
  });
});

describe("flagBackwards", () => {
  it("flags a citation of a later paper and leaves the others alone", () => {
    const papers = papersFrom(LIST).papers;
    const { lineage } = resolveCitations(
      pairsOf("2303.11366\t2305.06161\treference-list\tv4\tLi et al. StarCoder", "2303.11366\t2302.13971\t\t\t"),
      papers,
    );
    const flagged = flagBackwards(lineage, papers);
    expect(flagged.map((l) => [l.to, l.backwards])).toEqual([
      ["arxiv:2305.06161", true],
      ["arxiv:2302.13971", undefined],
    ]);
  });
});

describe("lineageQuality", () => {
  it("counts the name links of the citing papers the files confirm, and the citations the names found", () => {
    const papers = papersFrom(LIST).papers;
    const truth = resolveCitations(pairsOf("2302.13971\t1706.03762\t\t\t", "1810.04805\t1706.03762\t\t\t"), papers);
    const named = {
      from: "arxiv:2302.13971",
      to: "arxiv:1810.04805",
      evidence: [{ kind: "mentions" as const, text: "", source: "" }],
    };
    const confirmedNamed = {
      from: "arxiv:1810.04805",
      to: "arxiv:1706.03762",
      evidence: [{ kind: "version" as const, text: "", source: "" }],
    };
    const q = lineageQuality([named, confirmedNamed, ...truth.lineage], truth);
    expect(q).toMatchObject({
      citingPapers: 2,
      namedLinks: 2,
      confirmed: 1,
      citations: 2,
      found: 1,
      precision: 0.5,
      recall: 0.5,
      judgeable: 2,
      judgedPrecision: 0.5,
    });
    expect(q.unconfirmed).toEqual([named]);
  });

  it("leaves out of the judged precision a name link to a paper the files cannot name (off arXiv)", () => {
    const papers = papersFrom(LIST).papers;
    const truth = resolveCitations(pairsOf("2302.13971\t1706.03762\t\t\t"), papers);
    const offArxiv = {
      from: "arxiv:2302.13971",
      to: "url:openai.com/research/better-language-models",
      evidence: [{ kind: "mentions" as const, text: "", source: "" }],
    };
    const confirmedNamed = {
      from: "arxiv:2302.13971",
      to: "arxiv:1706.03762",
      evidence: [{ kind: "mentions" as const, text: "", source: "" }],
    };
    const q = lineageQuality([offArxiv, confirmedNamed, ...truth.lineage], truth);
    expect(q).toMatchObject({ namedLinks: 2, confirmed: 1, precision: 0.5, judgeable: 1, judgedPrecision: 1 });
  });
});

describe("buildGraph with citation files", () => {
  it("merges a citation and a name link between the same two papers into one link with both kinds", async () => {
    const result = await buildGraph([{ file: "models.md", text: LIST }], {
      citations: [{ file: "refs.tsv", text: "citing\tcited\n2302.13971\t1810.04805\n2303.11366\t2305.06161\n" }],
    });
    const edge = (from: string, to: string) =>
      result.file.graph.edges.find((e) => e.source === `arxiv:${from}` && e.target === `arxiv:${to}`)
        ?.attributes as LineageEdgeAttributes;
    expect(edge("2302.13971", "1810.04805").kinds).toEqual(["mentions", "cites"]);
    expect(edge("2303.11366", "2305.06161")).toMatchObject({ kinds: ["cites"], backwards: true });
    expect(result.report).toContain("## Citations of a later paper (1)");
    expect(result.report).toContain("| precision of the name links | 100.0 % (1 of 1) |");
    expect(result.report).toContain(
      "2 rows: 2 drawn as `cites` links (2 pairs of papers), 0 naming a paper not on the map, 0 malformed.",
    );
  });

  it("lists malformed rows and pairs outside the map in the report with file:line", async () => {
    const result = await buildGraph([{ file: "models.md", text: LIST }], {
      citations: [
        { file: "data/citations/refs.tsv", text: "citing\tcited\n2302.13971\tGPT-2\n2302.13971\t2001.08361\n" },
      ],
    });
    expect(result.report).toContain('- `data/citations/refs.tsv:2`: "GPT-2" is not an arXiv ID');
    expect(result.report).toContain(
      "- `data/citations/refs.tsv:3`: LLaMA → arXiv 2001.08361: the cited paper is not on the map",
    );
    expect(result.citations.resolution.offMap).toHaveLength(1);
  });
});
