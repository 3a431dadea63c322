// The GEXF export opens as the same graph: graphology-gexf's own parser reads it back (as Gephi
// would) with every node and edge, the map's positions and colours, and flat readable attributes.
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";

import { toGexf } from "../../../src/export/gexf";
import { computeAppearance } from "../../../src/map/appearance";
import { assignSectionColors } from "../../../src/map/palette";
import { syntheticGraph } from "../helpers-app";

function exported() {
  const { file, graph, index } = syntheticGraph();
  const appearance = computeAppearance(graph, index, assignSectionColors(file.header.topSections));
  const xml = toGexf(graph, { appearance, header: file.header });
  return { xml, graph, appearance, back: parse(Graph, xml) };
}

describe("GEXF export", () => {
  it("holds every node and edge of the graph, with the same keys and direction", () => {
    const { graph, back } = exported();
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.type).toBe("directed");
    graph.forEachEdge((_e, _a, source, target) => expect(back.hasDirectedEdge(source, target)).toBe(true));
  });

  it("gives a paper its metadata as flat attributes and its place and colour on the map", () => {
    const { back, appearance } = exported();
    const transformer = back.getNodeAttributes("arxiv:1706.03762");
    expect(transformer).toMatchObject({
      label: "Transformer",
      kind: "paper",
      title: "Attention Is All You Need",
      shortName: "Transformer",
      year: 2017,
      month: 6,
      arxivId: "1706.03762",
      url: "https://arxiv.org/abs/1706.03762",
      authors: "Ashish Vaswani; Noam Shazeer; Niki Parmar; Jakob Uszkoreit; Llion Jones",
      lists: "ai-canon; agi-papers",
      sections: "ai-canon › Tech deep dive › Reference and commentary; agi-papers › before 2023",
      topSection: "Tech deep dive",
    });
    const look = appearance.nodes.get("arxiv:1706.03762")!;
    expect(transformer.size).toBeCloseTo(look.size, 5);
    expect(transformer.color).toBe(look.color);
    expect(transformer.color).toBe("#E69F00");
    const { x, y } = syntheticGraph().graph.getNodeAttributes("arxiv:1706.03762");
    expect([transformer.x, transformer.y]).toEqual([x, y]);
  });

  it("says how a lineage edge came about, and what the other edges are", () => {
    const { back } = exported();
    expect(back.getEdgeAttributes(back.edge("arxiv:2303.08774", "arxiv:2005.14165"))).toMatchObject({
      relation: "builds on",
      kinds: "version",
      influential: true,
      evidence: "version: GPT-4 is a later version of GPT-3 (ai-canon.md:1)",
      weight: 2,
    });
    const member = back.edge("arxiv:1706.03762", "section:ai-canon/Tech deep dive/Reference and commentary");
    expect(back.getEdgeAttribute(member, "relation")).toBe("listed in");
  });

  it("writes GEXF 1.3 with the creator in its meta", () => {
    const { xml } = exported();
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain("<creator>AI reading graph</creator>");
  });
});
