import { describe, expect, it } from "vitest";

import { buildSectionTree } from "../../../src/sections";
import { HUB_MARGIN, MIN_GAP, computeTimelineLayout, laneOffset, packLanes } from "../../../src/timeline/layout";
import { syntheticGraph } from "../helpers-app";

const { graph, index, file } = syntheticGraph();
const tree = buildSectionTree(graph, file.header.topSections);
const layout = computeTimelineLayout(graph, index, tree);
const at = (key: string) => layout.positions.get(key)!;
const paper = (key: string) => {
  const a = graph.getNodeAttributes(key);
  if (a.kind !== "paper") throw new Error(key);
  return a;
};

describe("packLanes", () => {
  it("puts items closer than the gap in different lanes, reusing a lane once it is free", () => {
    expect(packLanes([0, 1, 2, 5], 2)).toEqual([0, 1, 0, 0]);
    expect(packLanes([0, 0, 0], 2)).toEqual([0, 1, 2]);
    expect(packLanes([], 2)).toEqual([]);
  });

  it("spreads lanes alternately below and above the middle", () => {
    expect([0, 1, 2, 3, 4].map(laneOffset)).toEqual([-0, 1, -1, 2, -2]);
  });
});

describe("computeTimelineLayout", () => {
  it("places every node", () => {
    expect(layout.positions.size).toBe(graph.order);
  });

  it("puts a paper in its publication month, between its year's lines", () => {
    const x = at("arxiv:1706.03762").x; // June 2017
    const start = layout.yearX(2017);
    const month = (layout.yearX(2018) - start) / 12;
    expect(x).toBeGreaterThan(start + 5 * month);
    expect(x).toBeLessThan(start + 6 * month);
    expect(layout.yearX(layout.years!.first)).toBe(0);
    expect(layout.years).toEqual(index.years && { first: index.years.min, last: index.years.max });
  });

  it("spreads papers of one month of one row across the month instead of stacking them", () => {
    const byMonth = new Map<string, string[]>();
    for (const p of index.papers) {
      const a = paper(p);
      if (a.year === undefined || a.month === undefined) continue;
      const k = `${at(p).y}|${a.year}|${a.month}`;
      byMonth.set(k, [...(byMonth.get(k) ?? []), p]);
    }
    for (const keys of byMonth.values()) expect(new Set(keys.map((k) => at(k).x)).size).toBe(keys.length);
  });

  it("names each band's sub-section rows, in order, inside the band", () => {
    for (const band of layout.bands)
      for (const row of band.groups) {
        expect(row.top).toBeLessThanOrEqual(band.top);
        expect(row.bottom).toBeGreaterThanOrEqual(band.bottom);
        expect(row.section && tree.root(row.section)).toBe(band.section);
      }
  });

  it("orders papers by date along x", () => {
    const dated = index.papers.filter((p) => paper(p).year !== undefined);
    for (const a of dated)
      for (const b of dated) {
        const [pa, pb] = [paper(a), paper(b)];
        if (pa.year! * 12 + (pa.month ?? 6) < pb.year! * 12 + (pb.month ?? 6)) expect(at(a).x).toBeLessThan(at(b).x);
      }
  });

  it("puts undated papers in their own zone after the last year", () => {
    expect(layout.undated).not.toBeNull();
    for (const p of index.papers.filter((k) => paper(k).year === undefined)) {
      expect(at(p).x).toBeGreaterThanOrEqual(layout.undated!.from);
      expect(at(p).x).toBeLessThanOrEqual(layout.undated!.to);
    }
    expect(layout.undated!.from).toBeGreaterThan(layout.yearX(layout.years!.last + 1));
  });

  it("gives each top-level section a band, top to bottom in the legend's order, holding its papers", () => {
    expect(layout.bands.map((b) => b.section)).toEqual(
      tree.roots.filter((r) => layout.bands.some((b) => b.section === r)),
    );
    for (let i = 1; i < layout.bands.length; i++)
      expect(layout.bands[i]!.top).toBeLessThan(layout.bands[i - 1]!.bottom);
    for (const p of index.papers) {
      const band = layout.bands.find((b) => b.section === paper(p).topSection)!;
      expect(at(p).y).toBeLessThanOrEqual(band.top);
      expect(at(p).y).toBeGreaterThanOrEqual(band.bottom);
    }
  });

  it("never puts two papers on one lane closer than the gap", () => {
    const byLane = new Map<number, number[]>();
    for (const p of index.papers) {
      const { x, y } = at(p);
      const lane = Math.round(y * 1000);
      byLane.set(lane, [...(byLane.get(lane) ?? []), x]);
    }
    for (const xs of byLane.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(MIN_GAP - 1e-9);
    }
  });

  it("puts a top-level hub at the start of its band", () => {
    for (const band of layout.bands) {
      if (!band.section) continue;
      const hub = at(band.section);
      expect(hub.x).toBe(-HUB_MARGIN);
      expect(hub.y).toBeLessThanOrEqual(band.top);
      expect(hub.y).toBeGreaterThanOrEqual(band.bottom);
    }
  });

  it("is the same every time", () => {
    const again = computeTimelineLayout(graph, index, tree);
    expect([...again.positions]).toEqual([...layout.positions]);
  });
});
