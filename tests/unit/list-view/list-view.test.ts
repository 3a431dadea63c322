import { describe, expect, it } from "vitest";

import { type ListRow, buildListRows, nextSort, sortRows, visibleWindow } from "../../../src/list-view/utils";
import { buildSectionTree } from "../../../src/sections";
import { syntheticGraph } from "../helpers-app";

const { graph, index, file } = syntheticGraph();
const tree = buildSectionTree(graph, file.header.topSections);
const rows = buildListRows(graph, index, tree);

const row = (key: string, title: string, year?: number, sectionOrder = 0): ListRow => ({
  key,
  title,
  year,
  month: undefined,
  section: "",
  sectionOrder,
});

describe("buildListRows", () => {
  it("has a row per paper, with its title, year and first section", () => {
    expect(rows.length).toBe(index.papers.length);
    expect(rows.find((r) => r.key === "arxiv:2302.13971")).toMatchObject({
      title: expect.stringContaining("LLaMA"),
      year: 2023,
      section: "Landmark research results › New models",
    });
  });
});

describe("sortRows", () => {
  const sample = [row("c", "Gamma", 2020, 2), row("a", "alpha", undefined, 0), row("b", "Beta", 2018, 1)];

  it("sorts by title, ignoring case", () => {
    expect(sortRows(sample, { key: "title", descending: false }).map((r) => r.key)).toEqual(["a", "b", "c"]);
    expect(sortRows(sample, { key: "title", descending: true }).map((r) => r.key)).toEqual(["c", "b", "a"]);
  });

  it("sorts by year with undated papers last in either direction", () => {
    expect(sortRows(sample, { key: "year", descending: false }).map((r) => r.key)).toEqual(["b", "c", "a"]);
    expect(sortRows(sample, { key: "year", descending: true }).map((r) => r.key)).toEqual(["c", "b", "a"]);
  });

  it("sorts by section in the legend's order", () => {
    expect(sortRows(sample, { key: "section", descending: false }).map((r) => r.key)).toEqual(["a", "b", "c"]);
  });

  it("keeps equal rows in a stable order and never changes its input", () => {
    const copy = [...sample];
    sortRows(sample, { key: "year", descending: false });
    expect(sample).toEqual(copy);
    const same = [row("y", "Same", 2020), row("x", "Same", 2020)];
    expect(sortRows(same, { key: "year", descending: false }).map((r) => r.key)).toEqual(["x", "y"]);
  });
});

describe("nextSort", () => {
  it("flips the direction of the sorted column and starts another ascending", () => {
    expect(nextSort({ key: "year", descending: false }, "year")).toEqual({ key: "year", descending: true });
    expect(nextSort({ key: "year", descending: true }, "title")).toEqual({ key: "title", descending: false });
  });
});

describe("visibleWindow", () => {
  it("covers the rows in view plus the overscan, within the list", () => {
    expect(visibleWindow(0, 500, 50, 1000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleWindow(5000, 500, 50, 1000, 5)).toEqual({ start: 95, end: 116 });
    expect(visibleWindow(49_900, 500, 50, 1000, 5)).toEqual({ start: 993, end: 1000 });
    expect(visibleWindow(0, 500, 50, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  it("renders a few dozen rows however long the list", () => {
    const { start, end } = visibleWindow(2_500_000, 800, 52, 100_000, 8);
    expect(end - start).toBeLessThan(40);
  });
});
