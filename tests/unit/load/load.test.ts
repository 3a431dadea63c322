import { describe, expect, it } from "vitest";

import { buildGraphIndex, importGraph, loadGraphFile } from "../../../src/load";
import { GRAPH_VERSION, validateGraphFile } from "../../../src/model";
import { syntheticFile } from "../helpers-app";

function fakeFetch(status: number, body: string): typeof fetch {
  return (async () => new Response(body, { status })) as typeof fetch;
}

describe("loadGraphFile", () => {
  it("returns the validated file", async () => {
    const file = syntheticFile();
    const result = await loadGraphFile("./graph.json", fakeFetch(200, JSON.stringify(file)));
    expect(result.ok).toBe(true);
  });

  it("says the file is missing on a 404 and how to build it", async () => {
    const result = await loadGraphFile("./graph.json", fakeFetch(404, "no"));
    expect(result).toEqual({
      ok: false,
      error: {
        title: "The graph file is missing",
        detail: expect.stringContaining("npm run build:data"),
      },
    });
  });

  it("says the file is corrupt when it is not JSON", async () => {
    const result = await loadGraphFile("./graph.json", fakeFetch(200, "{oops"));
    expect(result.ok === false && result.error.title).toBe("The graph file is corrupt");
  });

  it("names both versions when the file is of another version", async () => {
    const file = syntheticFile();
    const result = await loadGraphFile(
      "./graph.json",
      fakeFetch(200, JSON.stringify({ ...file, header: { ...file.header, version: 1 } })),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.title).toBe("The graph file is of another version");
    expect(result.error.detail).toContain(`version 1; this app reads version ${GRAPH_VERSION}`);
  });

  it("reports a network failure without throwing", async () => {
    const failing = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    const result = await loadGraphFile("./graph.json", failing);
    expect(result.ok === false && result.error.detail).toContain("Failed to fetch");
  });

  it("reports another server error with its status", async () => {
    const result = await loadGraphFile("./graph.json", fakeFetch(500, ""));
    expect(result.ok === false && result.error.detail).toContain("500");
  });
});

describe("importGraph", () => {
  it("imports nodes and edges with the file's graph options", () => {
    const file = syntheticFile();
    const result = importGraph(file);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.graph.order).toBe(file.graph.nodes.length);
    expect(result.graph.size).toBe(file.graph.edges.length);
    expect(result.graph.type).toBe("directed");
  });

  it("turns an import failure (a duplicate edge) into a message", () => {
    const file = syntheticFile();
    file.graph.edges.push({ ...file.graph.edges[0]! });
    const result = importGraph(file);
    expect(result.ok === false && result.error.title).toBe("The graph file is corrupt");
  });
});

describe("buildGraphIndex", () => {
  const imported = importGraph(syntheticFile());
  if (!imported.ok) throw new Error("fixture");
  const index = buildGraphIndex(imported.graph);

  it("separates papers from sections and finds the year span", () => {
    expect(index.papers).toHaveLength(32);
    expect(index.sections).toHaveLength(10);
    expect(index.years).toEqual({ min: 2013, max: 2023 });
    expect(index.undatedCount).toBe(2);
  });

  it("gathers a top-level section's whole subtree of papers, each once", () => {
    const llm = index.sectionPapers.get("section:ai-canon/Landmark research results/Large language models") ?? [];
    const top = index.sectionPapers.get("section:ai-canon/Landmark research results") ?? [];
    expect(llm).toContain("arxiv:1810.04805");
    expect(top).toEqual(expect.arrayContaining(llm));
    expect(new Set(top).size).toBe(top.length);
  });

  it("counts lineage links in both directions", () => {
    expect(index.lineageDegree.get("arxiv:1706.03762")).toBe(7);
    expect(index.lineageDegree.get("title:undated-notes")).toBe(0);
    // Papers that build on it: its incoming lineage links.
    let incoming = 0;
    imported.graph.forEachInEdge("arxiv:1706.03762", (_e, attrs) => void (attrs.kind === "lineage" && incoming++));
    expect(index.builtOnBy.get("arxiv:1706.03762")).toBe(incoming);
  });
});

describe("validateGraphFile", () => {
  const suggestion = {
    kind: "suggestion",
    label: "Adam",
    title: "Adam: A Method for Stochastic Optimization",
    citedBy: ["arxiv:1706.03762"],
    sections: [],
    topSection: "x",
    rank: 1,
    x: 0,
    y: 0,
    size: 1,
  };
  const withNode = (attributes: Record<string, unknown>) => {
    const file = syntheticFile();
    return { ...file, graph: { ...file.graph, nodes: [...file.graph.nodes, { key: "suggestion:1", attributes }] } };
  };

  it("accepts a suggestion node", () => {
    expect(validateGraphFile(withNode(suggestion)).ok).toBe(true);
  });

  it("rejects a suggestion that does not say which papers cite it", () => {
    const { citedBy: _, ...without } = suggestion;
    const result = validateGraphFile(withNode(without));
    expect(result.ok === false && result.error).toContain('suggestion "suggestion:1" lacks the papers that cite it');
  });

  it("rejects a month outside 1–12, which the time filter would read as another year's", () => {
    const result = validateGraphFile(withNode({ ...suggestion, year: 2020, month: 13 }));
    expect(result.ok === false && result.error).toContain('suggestion "suggestion:1" has a bad month');
    expect(validateGraphFile(withNode({ ...suggestion, year: 2020, month: 12 })).ok).toBe(true);
  });
});
