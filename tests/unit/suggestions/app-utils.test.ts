// The app's pure suggestion helpers on a tiny graph (synthetic): the list entry a curator pastes,
// the ranked rows, and lineage through suggestions only when asked.
import Graph from "graphology";
import { describe, expect, it } from "vitest";

import { buildLineageGraphs } from "../../../src/lineage/graph";
import { buildGraphIndex } from "../../../src/load";
import type { PaperGraph } from "../../../src/load";
import { listEntry, rankedSuggestions } from "../../../src/suggestions";

function tinyGraph(): PaperGraph {
  const graph: PaperGraph = new Graph({ type: "directed" });
  const paper = (key: string, title: string, year: number) =>
    graph.addNode(key, {
      kind: "paper",
      label: title,
      title,
      names: [],
      year,
      sections: [{ id: "section:l/a", list: "l", path: ["A"] }],
      topSection: "section:l/a",
      summaries: [],
      links: [],
      lists: ["l"],
      provenance: { title: "list" },
      x: 0,
      y: 0,
      size: 1,
    });
  paper("arxiv:2201.00001", "Anchor", 2022);
  paper("arxiv:2201.00002", "Bridge", 2022);
  const suggestion = (key: string, extra: Record<string, unknown>, rank: number) =>
    graph.addNode(key, {
      kind: "suggestion",
      label: "s",
      citedBy: ["arxiv:2201.00001", "arxiv:2201.00002"],
      sections: [{ id: "section:l/a", list: "l", path: ["A"] }],
      topSection: "section:l/a",
      rank,
      x: 0,
      y: 0,
      size: 1,
      title: "A [Bracketed] Title",
      ...extra,
    } as never);
  suggestion("arxiv:1901.00901", { arxivId: "1901.00901", year: 2019 }, 2);
  suggestion("doi:10.5555/x(1)", { doi: "10.5555/x(1)", s2Id: "abc" }, 1);
  for (const from of ["arxiv:2201.00001", "arxiv:2201.00002"])
    graph.addEdgeWithKey(`r:${from}>arxiv:1901.00901`, from, "arxiv:1901.00901", {
      kind: "reference",
      evidence: [],
      size: 1,
    });
  return graph;
}

describe("listEntry", () => {
  it("is one markdown line in the lists' shape, escaped, linking arXiv first, else the DOI", () => {
    const graph = tinyGraph();
    expect(listEntry(graph, "arxiv:1901.00901")).toBe(
      "- [A \\[Bracketed\\] Title](https://arxiv.org/abs/1901.00901) (2019)",
    );
    expect(listEntry(graph, "doi:10.5555/x(1)")).toBe("- [A \\[Bracketed\\] Title](https://doi.org/10.5555/x%281%29)");
  });
});

describe("rankedSuggestions", () => {
  it("lists every suggestion by rank with its citing papers and links", () => {
    const graph = tinyGraph();
    const rows = rankedSuggestions(graph, buildGraphIndex(graph));
    expect(rows.map((r) => r.key)).toEqual(["doi:10.5555/x(1)", "arxiv:1901.00901"]);
    expect(rows[0]!.citedBy.map((p) => p.label)).toEqual(["Anchor", "Bridge"]);
    expect(rows[0]!.links.map((l) => l.label)).toEqual(["DOI", "Semantic Scholar"]);
  });
});

describe("lineage through suggestions", () => {
  it("follows the citations of a suggestion only when asked", () => {
    const graph = tinyGraph();
    expect(buildLineageGraphs(graph).directed.order).toBe(0);
    const through = buildLineageGraphs(graph, true).directed;
    expect(through.outNeighbors("arxiv:2201.00001")).toEqual(["arxiv:1901.00901"]);
  });
});
