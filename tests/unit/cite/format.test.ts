// The citation formats, and the round trip a user relies on: what we export as BibTeX, citation-js
// reads back as the same papers, and the build reads as a reading list.
import { Cite, plugins } from "@citation-js/core";
import { describe, expect, it } from "vitest";

import { parseBibtex } from "../../../scripts/pipeline/parse-bibliography";
import { type CslItem, type CslName, paperToCsl } from "../../../src/cite/csl";
import { formatReference, isCitationStyle, protectTitle, toBibtex, toCslJson, toRis } from "../../../src/cite/format";
import { tinyPaper } from "../lineage/tiny-graph";

const TRANSFORMER = paperToCsl(
  tinyPaper({
    key: "t",
    title: "Attention Is All You Need",
    year: 2017,
    month: 6,
    arxivId: "1706.03762",
    authors: ["Ashish Vaswani", "Noam Shazeer"],
  }),
  "vaswani2017attention",
);
const GPT4 = paperToCsl(
  tinyPaper({ key: "g", title: "GPT-4 technical report", year: 2023, month: 3, arxivId: "2303.08774" }),
  "gpt4_2023",
);
const OLD_STYLE = paperToCsl(
  tinyPaper({
    key: "o",
    title: "Dark matter & 50% of {everything}: a_b",
    year: 2003,
    arxivId: "hep-th/0301001",
    authors: ["Łukasz Kaiser", "Ludwig van Beethoven", "OpenAI"],
  }),
  "kaiser2003dark",
);
const OFF_ARXIV = paperToCsl(
  tinyPaper({
    key: "c",
    title: "Highly accurate protein structure prediction with AlphaFold",
    year: 2021,
    authors: ["John Jumper"],
    links: [{ label: "paper", url: "https://www.nature.com/articles/s41586-021-03819-2" }],
  }),
  "jumper2021highly",
);
/** A paper off arXiv whose link has underscores and whose list gives its venue. */
const WITH_VENUE = paperToCsl(
  {
    ...tinyPaper({
      key: "v",
      title: "Improved protein structure prediction using potentials from deep learning",
      year: 2020,
      links: [{ label: "paper", url: "https://example.org/articles/s41586_019_1923_7" }],
    }),
    venue: "Nature",
  },
  "improved2020",
);
const LAMDA = paperToCsl(
  tinyPaper({ key: "l", title: "LaMDA: Language Models for Dialog Applications", year: 2022, arxivId: "2201.08239" }),
  "lamda2022",
);
const CODEGEN = paperToCsl(
  tinyPaper({ key: "cg", title: "CodeGen: An Open Large Language Model for Code", year: 2022, arxivId: "2203.13474" }),
  "codegen2022",
);
const PAPERS: CslItem[] = [TRANSFORMER, GPT4, OLD_STYLE, OFF_ARXIV];

const fullName = (n: CslName) => n.literal ?? [n.given, n["non-dropping-particle"], n.family].filter(Boolean).join(" ");

describe("BibTeX", () => {
  it("writes an arXiv paper as arXiv does: @misc with eprint and archivePrefix", () => {
    expect(toBibtex([TRANSFORMER])).toBe(
      [
        "@misc{vaswani2017attention,",
        "  title = {Attention {Is} {All} {You} {Need}},",
        "  author = {Vaswani, Ashish and Shazeer, Noam},",
        "  year = {2017},",
        "  month = {6},",
        "  eprint = {1706.03762},",
        "  archivePrefix = {arXiv},",
        "  doi = {10.48550/arXiv.1706.03762},",
        "  url = {https://arxiv.org/abs/1706.03762},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("round-trips through citation-js: same titles, authors, years and arXiv IDs", () => {
    const text = toBibtex(PAPERS);
    const back = new Cite(text).data as unknown as CslItem[];
    const raw = plugins.input.chain(text, { target: "@biblatex/entries+list", generateGraph: false }) as {
      label: string;
      properties: Record<string, string>;
    }[];
    expect(back.map((i) => i["citation-key"])).toEqual(PAPERS.map((p) => p["citation-key"]));
    expect(back.map((i) => i.title)).toEqual(PAPERS.map((p) => p.title));
    // BibTeX has no "literal" name: a braced organisation comes back as a family name, read the same.
    expect(back.map((i) => i.author?.map(fullName))).toEqual(PAPERS.map((p) => p.author?.map(fullName)));
    expect(back.map((i) => i.issued?.["date-parts"][0]?.[0])).toEqual([2017, 2023, 2003, 2021]);
    expect(back.map((i) => i.DOI)).toEqual([
      "10.48550/arXiv.1706.03762",
      "10.48550/arXiv.2303.08774",
      "10.48550/arXiv.hep-th/0301001",
      undefined,
    ]);
    expect(raw.map((r) => [r.properties.eprint, r.properties.archiveprefix])).toEqual([
      ["1706.03762", "arXiv"],
      ["2303.08774", "arXiv"],
      ["hep-th/0301001", "arXiv"],
      [undefined, undefined],
    ]);
  });

  it("can become a reading list: the build reads an export back with its arXiv IDs", () => {
    const text = toBibtex(PAPERS);
    const list = parseBibtex(text, { list: "export", file: "export.bib" });
    expect(list.issues).toEqual([]);
    expect(list.entries.map((e) => [e.title, e.url, e.yearHint?.year, e.authors?.length])).toEqual([
      ["Attention Is All You Need", "https://arxiv.org/abs/1706.03762", 2017, 2],
      ["GPT-4 technical report", "https://arxiv.org/abs/2303.08774", 2023, undefined],
      ["Dark matter & 50% of {everything}: a_b", "https://arxiv.org/abs/hep-th/0301001", 2003, 3],
      [
        "Highly accurate protein structure prediction with AlphaFold",
        "https://www.nature.com/articles/s41586-021-03819-2",
        2021,
        1,
      ],
    ]);
    const entryLines = text.split("\n").flatMap((line, i) => (line.startsWith("@misc{") ? [i + 1] : []));
    expect(list.entries.map((e) => e.line)).toEqual(entryLines);
  });

  it("protects a title's first word when its case is its own, like every other capitalised word", () => {
    expect(protectTitle("LaMDA: Language {Models}")).toBe("{LaMDA}: Language {Models}");
    expect(protectTitle("GPT-4 {Technical} {Report}")).toBe("{GPT-4} {Technical} {Report}");
    expect(protectTitle("iPhone apps")).toBe("{iPhone} apps");
    expect(protectTitle("Attention {Is} {All}")).toBe("Attention {Is} {All}");
    expect(protectTitle("{BERT}: pre-training")).toBe("{BERT}: pre-training");
    const text = toBibtex([LAMDA, CODEGEN]);
    expect(text).toContain("title = {{LaMDA}: Language {Models} for {Dialog} {Applications}},");
    expect(text).toContain("title = {{CodeGen}: An {Open} {Large} {Language} {Model} for {Code}},");
    // Read back by citation-js, the titles are the papers' own.
    expect((new Cite(text).data as unknown as CslItem[]).map((i) => i.title)).toEqual([LAMDA.title, CODEGEN.title]);
  });

  it("gives a paper off arXiv its URL once and its venue as howpublished", () => {
    const text = toBibtex([WITH_VENUE]);
    expect(text).toContain("url = {https://example.org/articles/s41586_019_1923_7},");
    expect(text).toContain("howpublished = {Nature},");
    expect(text).not.toContain("textunderscore");
    expect(text).not.toContain("journal");
    const [back] = new Cite(text).data as unknown as CslItem[];
    expect(back).toMatchObject({ title: WITH_VENUE.title, URL: "https://example.org/articles/s41586_019_1923_7" });
  });

  it("is empty for no papers", () => {
    expect(toBibtex([])).toBe("");
  });
});

describe("RIS and CSL-JSON", () => {
  it("writes RIS a reference manager reads: type, authors, year, DOI, link", () => {
    const ris = toRis([TRANSFORMER]);
    expect(ris.split("\n").filter((l) => /^(TY|AU|PY|DO|UR|TI|ER) /.test(l))).toEqual([
      "TY  - UNPB",
      "AU  - Vaswani, Ashish",
      "AU  - Shazeer, Noam",
      "PY  - 2017",
      "DO  - 10.48550/arXiv.1706.03762",
      "TI  - Attention Is All You Need",
      "UR  - https://arxiv.org/abs/1706.03762",
      "ER  - ",
    ]);
  });

  it("keeps a long title on one RIS line, so it reads back whole", () => {
    const long = {
      ...TRANSFORMER,
      title: "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
    };
    const ris = toRis([long, GPT4]);
    expect(ris.split("\n").filter((l) => l.startsWith("TI  - "))).toEqual([
      "TI  - An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
      "TI  - GPT-4 technical report",
    ]);
    expect((new Cite(ris).data as unknown as CslItem[]).map((i) => i.title)).toEqual([long.title, GPT4.title]);
  });

  it("types an arXiv paper as a preprint (unpublished work), never as a journal article without a journal", () => {
    const ris = toRis([LAMDA, WITH_VENUE]);
    expect(ris.split("\n").filter((l) => /^(TY|T2|TI) /.test(l))).toEqual([
      "TY  - UNPB",
      "TI  - LaMDA: Language Models for Dialog Applications",
      "TY  - GEN",
      "T2  - Nature",
      `TI  - ${WITH_VENUE.title}`,
    ]);
    // citation-js reads them back as a manuscript and a document, with their own titles.
    const back = new Cite(ris).data as unknown as Array<CslItem & { type: string }>;
    expect(back.map((i) => [i.type, i.title])).toEqual([
      ["manuscript", LAMDA.title],
      ["document", WITH_VENUE.title],
    ]);
  });

  it("writes CSL-JSON that parses back to the same items", () => {
    expect(JSON.parse(toCslJson(PAPERS))).toEqual(PAPERS);
  });
});

describe("formatted references", () => {
  // The first formatting loads citeproc and its style: seconds on a busy machine.
  it("are APA by default", { timeout: 30_000 }, () => {
    expect(formatReference([TRANSFORMER])).toBe(
      "Vaswani, A., & Shazeer, N. (2017). Attention Is All You Need (1706.03762). arXiv. https://doi.org/10.48550/arXiv.1706.03762",
    );
  });

  it("follow the chosen style", () => {
    expect(formatReference([TRANSFORMER], "vancouver")).toBe(
      "1. Vaswani A, Shazeer N. Attention Is All You Need [Internet]. arXiv; 2017. Available from: https://arxiv.org/abs/1706.03762 doi:10.48550/arXiv.1706.03762",
    );
    expect(formatReference([GPT4], "harvard1")).toBe(
      "“GPT-4 technical report” (2023). arXiv. Available at: https://doi.org/10.48550/arXiv.2303.08774.",
    );
  });

  it("know only the styles citation-js has", () => {
    expect(["apa", "vancouver", "harvard1", "chicago"].map(isCitationStyle)).toEqual([true, true, true, false]);
  });
});
