// `npm run bench -- --combine`: the parts of partial runs put together as one set of results, so
// the committed tables can be made from runs that each measured some parts (a long suite on a
// shared machine). Each part keeps the date it was measured on. The app part is put together graph
// by graph, so a run of one size (`--nodes 50000`) replaces that size and keeps the others.
// Types only from ./run: importing it would run the bench.
import type { AppBenchResult } from "./app-bench";
import type { BenchResults } from "./run";

export const BENCH_PARTS = ["build", "app", "size", "lineage", "regions", "layout"] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** --combine: the parts of several runs' results.json, a later file's part winning. */
export function combineResults(files: { path: string; results: BenchResults }[]): BenchResults {
  if (!files.length) throw new Error("--combine: expecting the results.json files of partial runs");
  for (const { path, results } of files)
    if (typeof results !== "object" || results === null || !("machine" in results))
      throw new Error(`--combine: ${path} is not a bench results.json`);
  const combined: BenchResults = { machine: { ...files[0]!.results.machine }, budgets: [], partDates: {} };
  for (const { results } of files) {
    for (const part of BENCH_PARTS) {
      if (results[part] === undefined) continue;
      (combined as unknown as Record<string, unknown>)[part] =
        part === "app" && combined.app ? mergeApp(combined.app, results.app!) : results[part];
      combined.partDates![part] = results.partDates?.[part] ?? results.machine.date;
    }
    if (results.machine.chromium) combined.machine.chromium = results.machine.chromium;
    if (results.machine.date > combined.machine.date) combined.machine.date = results.machine.date;
  }
  return combined;
}

/** Two runs' app parts: the later run's graphs replace the same graphs of the earlier, by name. */
function mergeApp(earlier: AppBenchResult, later: AppBenchResult): AppBenchResult {
  const byName = new Map(earlier.synthetic.map((g) => [g.name, g]));
  for (const graph of later.synthetic) byName.set(graph.name, graph);
  return {
    ...later,
    real: later.real ?? earlier.real,
    synthetic: [...byName.values()].sort((a, b) => a.nodes - b.nodes),
  };
}
