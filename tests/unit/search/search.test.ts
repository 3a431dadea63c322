// Search over the synthetic fixture: what a reader types finds the paper they mean.
import { describe, expect, it } from "vitest";

import { buildSearchDocuments, compactName, foldText } from "../../../src/search/documents";
import { MAX_QUERY_CHARS, cleanQuery, createSearchEngine, createSearchEngineAsync } from "../../../src/search/engine";
import { highlightSegments } from "../../../src/search/highlight";
import { tokenize } from "../../../src/search/tokenize";
import { syntheticGraph } from "../helpers-app";

const { graph } = syntheticGraph();
const documents = buildSearchDocuments(graph);
const engine = createSearchEngine(documents);
const top = (query: string) => engine.search(query, 8)[0]?.id;

describe("tokenize", () => {
  it("splits on spaces, punctuation and symbols but keeps a dotted number whole", () => {
    expect(tokenize("arXiv:1706.03762 (v2)")).toEqual(["arXiv", "1706.03762", "v2"]);
    expect(tokenize("GPT-4 technical report")).toEqual(["GPT", "4", "technical", "report"]);
    expect(tokenize("Mr. T.")).toEqual(["Mr", "T"]);
  });
});

describe("search documents", () => {
  it("has one document per paper and per section", () => {
    expect(documents.length).toBe(graph.order);
    const transformer = documents.find((d) => d.id === "arxiv:1706.03762")!;
    expect(transformer).toMatchObject({ kind: "paper", title: "Attention Is All You Need", year: 2017 });
    expect(transformer.compact).toContain("transformer");
  });

  it("folds case and accents, and squeezes names", () => {
    expect(foldText("Schölkopf")).toBe("scholkopf");
    expect(compactName("GPT-4")).toBe("gpt4");
    expect(compactName("Llama 2")).toBe("llama2");
  });
});

describe("the search engine", () => {
  it.each([
    ["a short name, in any case", "llama", "arxiv:2302.13971"],
    ["a short name with its punctuation", "Llama 2", "arxiv:2307.09288"],
    ["a name typed without punctuation", "llama2", "arxiv:2307.09288"],
    ["a name typed without its hyphen", "gpt4", "arxiv:2303.08774"],
    ["a title with a typo", "atention is all you need", "arxiv:1706.03762"],
    ["a misspelt name", "chinchila", "arxiv:2203.15556"],
    ["an arXiv ID", "1706.03762", "arxiv:1706.03762"],
    ["an arXiv ID with its prefix", "arXiv:1706.03762", "arxiv:1706.03762"],
    ["the start of an arXiv ID", "2303.0877", "arxiv:2303.08774"],
    ["an author", "vaswani", "arxiv:1706.03762"],
    ["a section", "image generation", "section:ai-canon/Landmark research results/Image generation models"],
  ])("finds %s (%s)", (_what, query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it("ranks the paper whose name is exactly the query first", () => {
    expect(top("transformer")).toBe("arxiv:1706.03762");
  });

  it("finds nothing for stop words or symbols alone", () => {
    expect(engine.search("the of", 8)).toEqual([]);
    expect(engine.search("!!!", 8)).toEqual([]);
    expect(engine.search("   ", 8)).toEqual([]);
  });

  it.each([
    ["a 10 KB string", "attention ".repeat(1024)],
    ["regular-expression metacharacters", ".*+?^${}()|[]\\/"],
    ["emoji", "🦙🦙 llama 👩‍🔬"],
    ["markup", '<img src=x onerror="alert(1)">'],
    ["a lone surrogate", "\ud800 gpt"],
    ["control characters", "\u0000\u0008\u001b[31m"],
  ])("never throws on %s", (_what, query) => {
    expect(() => engine.search(query, 8)).not.toThrow();
    expect(engine.search(query, 8).length).toBeLessThanOrEqual(8);
  });

  it("reads at most MAX_QUERY_CHARS of a query", () => {
    expect(cleanQuery(`${"x".repeat(MAX_QUERY_CHARS)}tail`)).toBe("x".repeat(MAX_QUERY_CHARS));
    expect(cleanQuery("  ")).toBeNull();
  });

  it("builds the same index in chunks", async () => {
    const chunked = await createSearchEngineAsync(documents);
    expect(chunked.size).toBe(documents.length);
    expect(chunked.search("llama2", 8)).toEqual(engine.search("llama2", 8));
  });
});

describe("highlightSegments", () => {
  it("marks matched words at word starts, whatever their case", () => {
    expect(highlightSegments("LLaMA-Adapter and llama", ["llama"])).toEqual([
      { text: "LLaMA", match: true },
      { text: "-Adapter and ", match: false },
      { text: "llama", match: true },
    ]);
  });

  it("does not mark a match inside a word", () => {
    expect(highlightSegments("Reformer", ["former"])).toEqual([{ text: "Reformer", match: false }]);
  });
});
