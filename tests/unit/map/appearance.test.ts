import { describe, expect, it } from "vitest";

import { LINK_LOOKS, linkLookKind } from "../../../src/link-kinds/looks";
import {
  EDGE_TYPE,
  NODE_TYPE,
  PAPER_MAX_SIZE,
  PAPER_MIN_SIZE,
  computeAppearance,
  scaleSize,
} from "../../../src/map/appearance";
import { SECTION_PALETTE, UNKNOWN_SECTION_COLOR, assignSectionColors } from "../../../src/map/palette";
import { syntheticGraph } from "../helpers-app";

describe("assignSectionColors", () => {
  it("gives the top sections the palette in legend order and repeats past its end", () => {
    const tops = Array.from({ length: SECTION_PALETTE.length + 1 }, (_, i) => ({
      id: `s${i}`,
      label: `S${i}`,
      list: "l",
    }));
    const colors = assignSectionColors(tops);
    expect(colors.get("s0")).toBe(SECTION_PALETTE[0]);
    expect(colors.get("s1")).toBe(SECTION_PALETTE[1]);
    expect(colors.get(`s${SECTION_PALETTE.length}`)).toBe(SECTION_PALETTE[0]);
  });
});

describe("scaleSize", () => {
  it("maps 0 to the minimum and the maximum to the maximum, by square root between", () => {
    expect(scaleSize(0, 16, 3, 13)).toBe(3);
    expect(scaleSize(16, 16, 3, 13)).toBe(13);
    expect(scaleSize(4, 16, 3, 13)).toBe(8);
  });

  it("gives the minimum when nothing has a value", () => {
    expect(scaleSize(0, 0, 3, 13)).toBe(3);
  });
});

describe("computeAppearance", () => {
  const { file, graph, index } = syntheticGraph();
  const colors = assignSectionColors(file.header.topSections);
  const look = computeAppearance(graph, index, colors);

  it("colours each node by its top section", () => {
    const transformer = graph.getNodeAttributes("arxiv:1706.03762");
    expect(look.nodes.get("arxiv:1706.03762")?.color).toBe(colors.get(transformer.topSection));
    expect(look.nodes.get("arxiv:1706.03762")?.color).not.toBe(UNKNOWN_SECTION_COLOR);
  });

  it("sizes papers by how many papers of the map build on them", () => {
    expect(look.sizedBy).toBe("built-on-by");
    const most = [...index.builtOnBy].sort((a, b) => b[1] - a[1])[0]!;
    expect(look.maxBuiltOnBy).toBe(most[1]);
    expect(look.nodes.get(most[0])?.size).toBe(PAPER_MAX_SIZE);
    expect(look.nodes.get("title:undated-notes")?.size).toBe(PAPER_MIN_SIZE); // nothing builds on it
  });

  it("draws sections as hubs that always label the top level", () => {
    expect(look.nodes.get("section:ai-canon/Landmark research results")).toMatchObject({
      type: NODE_TYPE.hub,
      forceLabel: true,
    });
    expect(look.nodes.get("section:ai-canon/Landmark research results/Agents")).toMatchObject({
      type: NODE_TYPE.hub,
      forceLabel: false,
    });
    expect(look.nodes.get("arxiv:1706.03762")?.type).toBe(NODE_TYPE.paper);
  });

  it("draws lineage edges as arrows and section edges as lines, lineage on top", () => {
    const lineage = graph.findEdge((_e, a) => a.kind === "lineage")!;
    const member = graph.findEdge((_e, a) => a.kind === "member")!;
    expect(look.edges.get(lineage)?.type).toBe(EDGE_TYPE.lineage);
    expect(look.edges.get(member)?.type).toBe(EDGE_TYPE.section);
    expect(look.edges.get(lineage)!.zIndex).toBeGreaterThan(look.edges.get(member)!.zIndex);
  });

  it("colours each lineage link by its kind, as the legend shows", () => {
    graph.forEachEdge((edge, attrs) => {
      if (attrs.kind === "lineage") expect(look.edges.get(edge)?.color).toBe(LINK_LOOKS[linkLookKind(attrs)].color);
    });
  });

  it("never writes into the graph", () => {
    expect(graph.getNodeAttribute("arxiv:1706.03762", "size")).toBe(5);
    expect(graph.getNodeAttributes("arxiv:1706.03762")).not.toHaveProperty("color");
  });
});
