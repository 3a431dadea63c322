import { describe, expect, it } from "vitest";

import { buildLineageGraphs } from "../../../src/lineage/graph";
import { findLineagePath } from "../../../src/lineage/path";
import { lineageRelatives } from "../../../src/lineage/relatives";
import { tinyGraph } from "./tiny-graph";

// E builds on D and C; D builds on B; C builds on B; B builds on A. F builds on E. X stands alone.
const DIAMOND = () =>
  tinyGraph(
    [
      { key: "A", year: 2014 },
      { key: "B", year: 2016 },
      { key: "C", year: 2018 },
      { key: "D", year: 2017 },
      { key: "E", year: 2020 },
      { key: "F", year: 2021 },
      { key: "X", year: 2019 },
    ],
    ["B>A", "C>B", "D>B", "E>D", "E>C", "F>E"],
  );

describe("lineage relatives", () => {
  it("lists every ancestor and descendant by year, with how many links away and through whom", () => {
    const graph = DIAMOND();
    const { ancestors, descendants } = lineageRelatives(graph, buildLineageGraphs(graph), "C");
    expect(ancestors).toEqual([
      { key: "A", depth: 2, via: "B" },
      { key: "B", depth: 1 },
    ]);
    expect(descendants).toEqual([
      { key: "E", depth: 1 },
      { key: "F", depth: 2, via: "E" },
    ]);
  });

  it("reaches an ancestor through the oldest of two equally close papers", () => {
    const graph = DIAMOND();
    const { ancestors } = lineageRelatives(graph, buildLineageGraphs(graph), "E");
    expect(ancestors.map((r) => [r.key, r.depth, r.via])).toEqual([
      ["A", 3, "B"],
      ["B", 2, "D"],
      ["D", 1, undefined],
      ["C", 1, undefined],
    ]);
  });

  it("never walks through a section the papers share", () => {
    const graph = DIAMOND();
    expect(lineageRelatives(graph, buildLineageGraphs(graph), "X")).toEqual({ ancestors: [], descendants: [] });
  });

  it("never follows a citation of a later paper (a revised version citing what came after it)", () => {
    const graph = tinyGraph(
      [
        { key: "A", year: 2014 },
        { key: "B", year: 2016 },
        { key: "C", year: 2018 },
      ],
      ["B>A", { link: "B>C", kinds: ["cites"], backwards: true }],
    );
    const { ancestors, descendants } = lineageRelatives(graph, buildLineageGraphs(graph), "B");
    expect(ancestors).toEqual([{ key: "A", depth: 1 }]);
    expect(descendants).toEqual([]);
    expect(buildLineageGraphs(graph).directed.hasEdge("B>C")).toBe(false);
  });

  it("lists a paper in a cycle with it as both ancestor and descendant", () => {
    const graph = tinyGraph(
      [
        { key: "P", year: 2020 },
        { key: "Q", year: 2020 },
      ],
      ["P>Q", "Q>P"],
    );
    const relatives = lineageRelatives(graph, buildLineageGraphs(graph), "P");
    expect(relatives).toEqual({ ancestors: [{ key: "Q", depth: 1 }], descendants: [{ key: "Q", depth: 1 }] });
  });
});

describe("lineage path", () => {
  it("follows the links' direction from a paper down to what it builds on", () => {
    const graph = DIAMOND();
    const path = findLineagePath(buildLineageGraphs(graph), "F", "D");
    expect(path?.kind).toBe("directed");
    expect(path?.nodes).toEqual(["F", "E", "D"]);
    expect(path?.steps.map((s) => [s.from, s.relation, s.to, s.edge])).toEqual([
      ["F", "builds-on", "E", "F>E"],
      ["E", "builds-on", "D", "E>D"],
    ]);
  });

  it("goes up from an older paper to one that builds on it, listed from the first paper picked", () => {
    const graph = DIAMOND();
    const path = findLineagePath(buildLineageGraphs(graph), "A", "C");
    expect(path?.kind).toBe("directed");
    expect(path?.steps.map((s) => [s.from, s.relation, s.to])).toEqual([
      ["A", "built-on-by", "B"],
      ["B", "built-on-by", "C"],
    ]);
  });

  it("says two papers are only connected when neither builds on the other, even indirectly", () => {
    const graph = DIAMOND();
    const path = findLineagePath(buildLineageGraphs(graph), "D", "C");
    expect(path?.kind).toBe("connected");
    expect(path?.steps.map((s) => [s.from, s.relation, s.to])).toEqual([
      ["D", "builds-on", "B"],
      ["B", "built-on-by", "C"],
    ]);
  });

  it("finds none between papers no lineage connects, though they share a section", () => {
    const graph = DIAMOND();
    expect(findLineagePath(buildLineageGraphs(graph), "A", "X")).toBeNull();
  });

  it("takes one of the shortest chains when two are as short", () => {
    const graph = DIAMOND();
    const path = findLineagePath(buildLineageGraphs(graph), "F", "B");
    expect(path?.nodes).toHaveLength(4);
    expect(path?.steps.every((s) => s.relation === "builds-on")).toBe(true);
  });

  it("finds none from a paper to itself", () => {
    const graph = DIAMOND();
    expect(findLineagePath(buildLineageGraphs(graph), "A", "A")).toBeNull();
  });
});
