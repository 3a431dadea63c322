import { describe, expect, it } from "vitest";

import { combineResults } from "../../../scripts/bench/combine";
import type { BenchResults } from "../../../scripts/bench/run";

const machine = (date: string, chromium: string | null = null) => ({
  cpus: 2,
  cpuModel: "test",
  node: "v20",
  chromium,
  date,
});

describe("combineResults", () => {
  it("takes each part from the last run that measured it, with that run's date", () => {
    const a = { machine: machine("2026-12-01"), budgets: [], lineage: { papers: 1 } } as unknown as BenchResults;
    const b = {
      machine: machine("2026-12-02", "Chromium 1"),
      budgets: [],
      app: { chromium: "Chromium 1" },
      lineage: { papers: 2 },
    } as unknown as BenchResults;
    const combined = combineResults([
      { path: "a.json", results: a },
      { path: "b.json", results: b },
    ]);
    expect(combined.lineage).toEqual({ papers: 2 });
    expect(combined.app).toEqual({ chromium: "Chromium 1" });
    expect(combined.build).toBeUndefined();
    expect(combined.partDates).toEqual({ lineage: "2026-12-02", app: "2026-12-02" });
    expect(combined.machine).toMatchObject({ chromium: "Chromium 1", date: "2026-12-02" });
  });

  it("puts the app part together graph by graph, a later run's graph replacing the same one", () => {
    const graph = (name: string, nodes: number, run: string) => ({ name, nodes, run });
    const a = {
      machine: machine("2026-12-01"),
      budgets: [],
      app: {
        chromium: "Chromium 1",
        real: graph("real lists", 242, "a"),
        synthetic: [graph("synthetic 10000", 10_074, "a"), graph("synthetic 50000", 50_110, "a")],
      },
    } as unknown as BenchResults;
    const b = {
      machine: machine("2026-12-02"),
      budgets: [],
      app: {
        chromium: "Chromium 2",
        real: graph("real lists", 242, "b"),
        synthetic: [graph("synthetic 50000", 50_110, "b"), graph("synthetic 1000", 1_019, "b")],
      },
    } as unknown as BenchResults;
    const { app, partDates } = combineResults([
      { path: "a.json", results: a },
      { path: "b.json", results: b },
    ]);
    expect(app).toEqual({
      chromium: "Chromium 2",
      real: graph("real lists", 242, "b"),
      synthetic: [
        graph("synthetic 1000", 1_019, "b"),
        graph("synthetic 10000", 10_074, "a"),
        graph("synthetic 50000", 50_110, "b"),
      ],
    });
    expect(partDates).toEqual({ app: "2026-12-02" });
  });

  it("keeps a part's own date when the file was itself combined", () => {
    const a = {
      machine: machine("2026-12-03"),
      partDates: { build: "2026-11-25" },
      budgets: [],
      build: {},
    } as unknown as BenchResults;
    expect(combineResults([{ path: "a.json", results: a }]).partDates).toEqual({ build: "2026-11-25" });
  });

  it("names a file that is not a results file", () => {
    expect(() => combineResults([{ path: "x.json", results: null as unknown as BenchResults }])).toThrow(
      "--combine: x.json is not a bench results.json",
    );
    expect(() => combineResults([])).toThrow("--combine: expecting the results.json files of partial runs");
  });
});
