import { describe, expect, it } from "vitest";

import { citingInGraph, enrich, recordRequests, withoutReferences } from "../../../scripts/pipeline/enrich";
import { type ArxivRecord, type Knowledge, emptyKnowledge } from "../../../scripts/pipeline/knowledge";
import type { Paper } from "../../../scripts/pipeline/types";

function paper(key: string, extra: Partial<Paper> = {}): Paper {
  return {
    key,
    title: `List title of ${key}`,
    titleKey: key,
    names: [],
    textNames: [],
    dateNotes: [],
    sections: [],
    summaries: [{ list: "l", text: "The curator's note.", line: 1 }],
    links: [],
    lists: ["l"],
    origins: ["l.md:1"],
    provenance: { title: "list" },
    ...extra,
  };
}

const A = paper("arxiv:2101.00001", {
  arxivId: "2101.00001",
  year: 2021,
  month: 1,
  provenance: { title: "list", date: "arxiv-id" },
});
const B = paper("arxiv:2102.00002", {
  arxivId: "2102.00002",
  year: 2021,
  month: 2,
  provenance: { title: "list", date: "arxiv-id" },
});
const HOSTED = paper("title:glove", { titleKey: "glove", year: 2013, provenance: { title: "list", date: "list" } });

const ARXIV_A: ArxivRecord = {
  id: "2101.00001",
  title: "Alpha:  A Synthetic\n Base Model",
  authors: ["Ada Example"],
  abstract: "Made up.",
  published: "2021-01-04T18:00:00Z",
  doi: "10.5555/a",
};

function knowledgeWith(fill: (k: Knowledge) => void): Knowledge {
  const knowledge = emptyKnowledge();
  fill(knowledge);
  return knowledge;
}

describe("recordRequests", () => {
  it("asks by arXiv ID, and by the Semantic Scholar ID a title search found for a paper off arXiv", () => {
    expect(recordRequests([A, HOSTED, paper("title:other")], new Map([["glove", "s2-glove"]]))).toEqual([
      {
        paperKey: "arxiv:2101.00001",
        arxivId: "2101.00001",
        s2Key: "ARXIV:2101.00001",
        label: 'arXiv 2101.00001 "List title of arxiv:2101.00001"',
        title: "List title of arxiv:2101.00001",
      },
      {
        paperKey: "title:glove",
        s2Key: "s2-glove",
        label: 'l.md:1 "List title of title:glove"',
        title: "List title of title:glove",
      },
    ]);
  });
});

describe("enrich", () => {
  it("takes title, authors, abstract and DOI from arXiv, and keeps the curator's summary", () => {
    const knowledge = knowledgeWith((k) => k.arxiv.set("2101.00001", ARXIV_A));
    const [out] = enrich([A], knowledge, recordRequests([A], new Map())).papers;
    expect(out).toMatchObject({
      title: "Alpha: A Synthetic Base Model",
      authors: ["Ada Example"],
      abstract: "Made up.",
      doi: "10.5555/a",
      year: 2021,
      month: 1,
      summaries: [{ list: "l", text: "The curator's note.", line: 1 }],
      provenance: { title: "arxiv", date: "arxiv", authors: "arxiv", abstract: "arxiv" },
    });
  });

  it("leaves the papers it is given unchanged", () => {
    const knowledge = knowledgeWith((k) => k.arxiv.set("2101.00001", ARXIV_A));
    enrich([A], knowledge, recordRequests([A], new Map()));
    expect(A.title).toBe("List title of arxiv:2101.00001");
    expect(A.provenance).toEqual({ title: "list", date: "arxiv-id" });
  });

  it("keeps the ID's month when arXiv's timestamp falls in the next month", () => {
    const knowledge = knowledgeWith((k) =>
      k.arxiv.set("2101.00001", { ...ARXIV_A, published: "2021-02-01T00:30:00Z" }),
    );
    const [out] = enrich([A], knowledge, recordRequests([A], new Map())).papers;
    expect([out!.year, out!.month, out!.provenance.date]).toEqual([2021, 1, "arxiv-id"]);
  });

  it("takes citation count and TLDR from Semantic Scholar, and its metadata for a paper off arXiv", () => {
    const knowledge = knowledgeWith((k) =>
      k.s2.set("s2-glove", {
        paperId: "s2-glove",
        title: "GloVe: Global Vectors for Word Representation",
        authors: ["J. Pennington"],
        publicationDate: "2014-10-01",
        citationCount: 30000,
        tldr: "Word vectors.",
      }),
    );
    const [out] = enrich([HOSTED], knowledge, recordRequests([HOSTED], new Map([["glove", "s2-glove"]]))).papers;
    expect(out).toMatchObject({
      title: "GloVe: Global Vectors for Word Representation",
      authors: ["J. Pennington"],
      year: 2014,
      month: 10,
      citationCount: 30000,
      tldr: "Word vectors.",
      provenance: { title: "semantic-scholar", date: "semantic-scholar", authors: "semantic-scholar" },
      dateNotes: ["the lists give 2013; Semantic Scholar says 2014"],
    });
  });

  it("links a citing paper to a cited paper of the graph, with influence and intents", () => {
    const knowledge = knowledgeWith((k) => {
      k.s2.set("ARXIV:2101.00001", { paperId: "s2-a", title: "A", authors: [] });
      k.s2.set("ARXIV:2102.00002", {
        paperId: "s2-b",
        title: "B",
        authors: [],
        references: [{ paperId: "s2-a" }, { paperId: "s2-elsewhere", arxivId: "1901.00001" }],
      });
      k.s2References.set("ARXIV:2102.00002", [{ paperId: "s2-a", isInfluential: true, intents: ["methodology"] }]);
    });
    const result = enrich([A, B], knowledge, recordRequests([A, B], new Map()));
    expect(result.citations).toEqual([
      {
        from: "arxiv:2102.00002",
        to: "arxiv:2101.00001",
        evidence: [
          {
            kind: "cites",
            text: "cites it (an influential citation; intents: methodology)",
            source: "Semantic Scholar",
            influential: true,
            intents: ["methodology"],
          },
        ],
      },
    ]);
    expect(result.sources).toEqual(["semantic-scholar"]);
  });

  it("falls back on OpenAlex for a paper Semantic Scholar has no references for", () => {
    const knowledge = knowledgeWith((k) => {
      k.s2.set("ARXIV:2102.00002", { paperId: "s2-b", title: "B", authors: [] });
      k.openalex.set("2101.00001", { workId: "W1", referencedWorks: [] });
      k.openalex.set("2102.00002", { workId: "W2", referencedWorks: ["W1", "W3"] });
    });
    const requests = recordRequests([A, B], new Map());
    expect(withoutReferences(requests, knowledge).map((r) => r.paperKey)).toEqual(["arxiv:2102.00002"]);
    expect(enrich([A, B], knowledge, requests).citations).toEqual([
      {
        from: "arxiv:2102.00002",
        to: "arxiv:2101.00001",
        evidence: [{ kind: "cites", text: "cites it", source: "OpenAlex" }],
      },
    ]);
  });

  it("notes IDs the sources do not know, and papers the cache has nothing on", () => {
    const knowledge = knowledgeWith((k) => {
      k.arxiv.set("2101.00001", null);
      k.s2.set("ARXIV:2101.00001", null);
    });
    expect(enrich([A, B], knowledge, recordRequests([A, B], new Map())).notes).toEqual([
      'arXiv does not know arXiv 2101.00001 "List title of arxiv:2101.00001"; check the link in l.md:1',
      'Semantic Scholar does not know arXiv 2101.00001 "List title of arxiv:2101.00001"',
      "1 papers have no arXiv record in the cache; an online build (--online) fetches them",
    ]);
  });
});

describe("citingInGraph", () => {
  it("picks the papers whose references include another paper of the graph", () => {
    const knowledge = knowledgeWith((k) => {
      k.s2.set("ARXIV:2101.00001", { paperId: "s2-a", title: "A", authors: [], references: [{ paperId: "far" }] });
      k.s2.set("ARXIV:2102.00002", {
        paperId: "s2-b",
        title: "B",
        authors: [],
        references: [{ paperId: "x", arxivId: "2101.00001v2" }],
      });
    });
    expect(citingInGraph(recordRequests([A, B], new Map()), knowledge).map((r) => r.paperKey)).toEqual([
      "arxiv:2102.00002",
    ]);
  });
});
