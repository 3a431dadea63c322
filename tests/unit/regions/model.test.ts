import { polygonHull } from "d3-polygon";
import { describe, expect, it } from "vitest";

import { computeVisibility } from "../../../src/filters/visibility";
import { assignSectionColors } from "../../../src/map/palette";
import { MIN_REGION_PAPERS, buildRegionModel } from "../../../src/regions/model";
import { buildSectionTree } from "../../../src/sections";
import { state, syntheticGraph } from "../helpers-app";

const { graph, index, file } = syntheticGraph();
const tree = buildSectionTree(graph, file.header.topSections);
const colors = assignSectionColors(file.header.topSections);
const model = buildRegionModel(graph, index, tree, colors, "#777777");
const positionOf = (key: string) => [graph.getNodeAttribute(key, "x"), graph.getNodeAttribute(key, "y")];

describe("buildRegionModel", () => {
  it("gives top-level sections and their sub-sections regions, coloured as the legend", () => {
    const tops = model.specs.filter((s) => s.depth === 1);
    expect(tops.length).toBeGreaterThan(0);
    for (const spec of model.specs) {
      expect(tree.has(spec.section)).toBe(true);
      expect(spec.color).toBe(colors.get(tree.root(spec.section)!));
      expect(spec.depth === 1 ? tree.parent(spec.section) : tree.parent(tree.parent(spec.section) ?? "")).toBe(
        undefined,
      );
      for (const cluster of spec.clusters) expect(cluster.papers.length).toBeGreaterThanOrEqual(MIN_REGION_PAPERS);
    }
  });

  it("builds each region from its section's papers only", () => {
    for (const spec of model.specs) {
      const members = new Set(index.sectionPapers.get(spec.section));
      for (const cluster of spec.clusters) for (const p of cluster.papers) expect(members.has(p)).toBe(true);
    }
  });
});

describe("region shapes", () => {
  it("are the hulls of the papers shown: every corner is a shown paper of the section", () => {
    const visibility = computeVisibility(graph, index, state({ yearRange: { from: 2020, to: null } }), tree);
    const shapes = model.shapes(visibility);
    for (const shape of shapes) {
      const shown = (index.sectionPapers.get(shape.section) ?? []).filter((p) => !visibility.hidden.has(p));
      const corners = new Set(shown.map((p) => positionOf(p).join(",")));
      for (const hull of shape.hulls) for (const corner of hull) expect(corners.has(corner.join(","))).toBe(true);
    }
  });

  it("follow the filters: a region whose papers are all hidden goes", () => {
    const all = model.shapes(computeVisibility(graph, index, state(), tree));
    expect(all.length).toBeGreaterThan(0);
    const none = model.shapes(
      computeVisibility(graph, index, state({ yearRange: { from: 3000, to: null }, showUndated: false }), tree),
    );
    expect(none).toEqual([]);
  });

  it("are, cluster by cluster, d3-polygon's hull of its papers the filters' `hidden.has` leaves", () => {
    const year = (k: string) => (graph.getNodeAttributes(k) as { year?: number }).year;
    const years = index.papers.map(year).filter((y): y is number => y !== undefined).sort((a, b) => a - b);
    const median = years[Math.floor(years.length / 2)]!;
    const someSection = tree.roots[0]!;
    const states = [
      state(),
      state({ yearRange: { from: median, to: null } }),
      state({ yearRange: { from: null, to: median }, showUndated: false }),
      state({ hiddenSections: [someSection] }),
    ];
    let hulls = 0;
    for (const s of states) {
      const visibility = computeVisibility(graph, index, s, tree);
      const shapes = new Map(model.shapes(visibility).map((shape) => [shape.section, shape]));
      for (const spec of model.specs) {
        const expected = spec.clusters
          .map((c) => c.points.filter((_, i) => !visibility.hidden.has(c.papers[i]!)))
          .filter((points) => points.length >= MIN_REGION_PAPERS)
          .map((points) => polygonHull(points) ?? points);
        const actual = shapes.get(spec.section)?.hulls ?? [];
        // The shape orders its hulls largest first; compare them as sets of polygons.
        const key = (hull: readonly (readonly number[])[]) => hull.map((p) => p.join(",")).join(" ");
        expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
        hulls += actual.length;
      }
    }
    expect(hulls).toBeGreaterThan(10);
  });

  it("are computed once per filter state, not per call", () => {
    const visibility = computeVisibility(graph, index, state(), tree);
    expect(model.shapes(visibility)).toBe(model.shapes(visibility));
  });
});
