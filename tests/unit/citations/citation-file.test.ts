// Reading citation files: rows into plain pairs, every malformed row reported with its line.
import { describe, expect, it } from "vitest";

import { parseCitationFile, parsePaperRef } from "../../../scripts/pipeline/citation-file";
import { ListError } from "../../../scripts/pipeline/errors";

const tsv = (...rows: string[]) => ({ file: "data/citations/mine.tsv", text: rows.join("\n") });

describe("parsePaperRef", () => {
  it("reads an arXiv ID with its version, an arXiv: prefix and an arxiv.org URL", () => {
    expect(parsePaperRef("2302.13971v1")).toEqual({
      kind: "arxiv",
      id: "2302.13971",
      version: "v1",
      raw: "2302.13971v1",
    });
    expect(parsePaperRef("arXiv:1706.03762")).toMatchObject({ kind: "arxiv", id: "1706.03762" });
    expect(parsePaperRef("https://arxiv.org/abs/1810.04805v2")).toMatchObject({ id: "1810.04805", version: "v2" });
  });

  it("reads arXiv's own DOI as the arXiv ID, and any other DOI as a DOI in lower case", () => {
    expect(parsePaperRef("10.48550/arXiv.2005.14165")).toMatchObject({ kind: "arxiv", id: "2005.14165" });
    expect(parsePaperRef("https://doi.org/10.1038/Nature14539")).toMatchObject({
      kind: "doi",
      doi: "10.1038/nature14539",
    });
    expect(parsePaperRef("doi:10.1162/neco.1997.9.8.1735")).toMatchObject({ kind: "doi" });
  });

  it("reads the map's own keys, and refuses anything else", () => {
    expect(parsePaperRef("title:gpt-2-language-models")).toMatchObject({
      kind: "key",
      key: "title:gpt-2-language-models",
    });
    expect(parsePaperRef("arxiv:2106.09685")).toMatchObject({ kind: "arxiv", id: "2106.09685" });
    expect(parsePaperRef("GPT-4")).toBeNull();
    expect(parsePaperRef("2313.00001")).toBeNull();
  });
});

describe("parseCitationFile", () => {
  it("reads a TSV with a comment line and a header, keeping each row's line, source, evidence and version", () => {
    const { pairs, issues } = parseCitationFile(
      tsv(
        "# my citations",
        "citing\tcited\tsource\tciting_version\tevidence",
        "2302.13971\t1706.03762\treference-list\tv1\tVaswani et al. Attention is all you need. 2017",
      ),
    );
    expect(issues).toEqual([]);
    expect(pairs).toEqual([
      {
        citing: { kind: "arxiv", id: "2302.13971", raw: "2302.13971" },
        cited: { kind: "arxiv", id: "1706.03762", raw: "1706.03762" },
        source: "reference-list",
        evidence: "Vaswani et al. Attention is all you need. 2017",
        citingVersion: "v1",
        file: "data/citations/mine.tsv",
        line: 3,
      },
    ]);
  });

  it("reads a CSV with quoted fields, columns in any order, and the version from the citing ID", () => {
    const { pairs } = parseCitationFile({
      file: "refs.csv",
      text: 'evidence,cited,citing\n"Devlin, J. et al. ""BERT"" (2019)",1810.04805,2302.13971v2\n',
    });
    expect(pairs[0]).toMatchObject({ evidence: 'Devlin, J. et al. "BERT" (2019)', citingVersion: "v2", line: 2 });
  });

  it("takes a TSV's quotes and # inside a field as text", () => {
    const { pairs } = parseCitationFile(tsv("citing\tcited\tevidence", '2302.13971\t1706.03762\t"Attention" #5'));
    expect(pairs[0]!.evidence).toBe('"Attention" #5');
  });

  it("reports each malformed row with its line and keeps the good ones", () => {
    const { pairs, issues } = parseCitationFile(
      tsv(
        "citing\tcited",
        "2302.13971\t1706.03762",
        "2302.13971",
        "GPT-4\t1706.03762",
        "1706.03762\tarXiv:1706.03762v5",
        "2302.13971\t1706.03762",
        "",
        "2106.09685\t1706.03762",
      ),
    );
    expect(pairs.map((p) => p.line)).toEqual([2, 8]);
    expect(issues).toEqual([
      { file: "data/citations/mine.tsv", line: 3, message: "row has no cited paper; expecting 2 columns" },
      {
        file: "data/citations/mine.tsv",
        line: 4,
        message: '"GPT-4" is not an arXiv ID, a DOI or a paper key of the map; row skipped',
      },
      { file: "data/citations/mine.tsv", line: 5, message: '"1706.03762" cites itself; row skipped' },
      {
        file: "data/citations/mine.tsv",
        line: 6,
        message: "the pair 2302.13971 → 1706.03762 is already in this file; row skipped",
      },
    ]);
  });

  it("reports a CSV row whose quote never closes, and reads on", () => {
    const { pairs, issues } = parseCitationFile({
      file: "refs.csv",
      text: 'citing,cited\n2302.13971,"1706.03762\n',
    });
    expect(pairs).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "refs.csv" });
  });

  it("throws, naming the file and line, when the header has no citing and cited columns", () => {
    expect(() => parseCitationFile(tsv("# comment", "2302.13971\t1706.03762"))).toThrow(ListError);
    expect(() => parseCitationFile(tsv("# comment", "2302.13971\t1706.03762"))).toThrow(
      'data/citations/mine.tsv:2: the first row must name the columns, with at least "citing" and "cited" (found "2302.13971", "1706.03762")',
    );
  });

  it("gives no pairs and no issue for an empty file", () => {
    expect(parseCitationFile(tsv(""))).toEqual({ pairs: [], issues: [] });
  });
});
