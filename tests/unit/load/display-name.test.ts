import Graph from "graphology";
import { describe, expect, it } from "vitest";

import type { PaperGraph } from "../../../src/load";
import { displayName } from "../../../src/load/display-name";
import { nodeRef } from "../../../src/panel/utils";
import { tinyPaper } from "../lineage/tiny-graph";

function graphOf(...papers: ReturnType<typeof tinyPaper>[]): PaperGraph {
  const graph: PaperGraph = new Graph();
  papers.forEach((p, i) => graph.addNode(`p${i}`, p));
  return graph;
}

describe("displayName", () => {
  const graph = graphOf(
    tinyPaper({ key: "a", title: "Multi-Task Deep Neural Networks for NLU", shortName: "MT-DNN", year: 2019 }),
    tinyPaper({ key: "b", title: "Improving MT-DNN via Knowledge Distillation", shortName: "mt-dnn", year: 2019 }),
    tinyPaper({ key: "c", title: "GPT-4 Technical Report", shortName: "GPT-4", year: 2023 }),
    tinyPaper({ key: "d", title: "Untitled shorthand", year: 2020 }),
  );

  it("names a paper by its short name when it is its own", () => {
    expect(displayName(graph, "p2")).toBe("GPT-4");
  });

  it("names two papers that share a short name by their titles, so they can be told apart", () => {
    expect([displayName(graph, "p0"), displayName(graph, "p1")]).toEqual([
      "Multi-Task Deep Neural Networks for NLU",
      "Improving MT-DNN via Knowledge Distillation",
    ]);
    expect(nodeRef(graph, "p0").label).not.toBe(nodeRef(graph, "p1").label);
  });

  it("falls back to the title when there is no short name", () => {
    expect(displayName(graph, "p3")).toBe("Untitled shorthand");
  });
});
