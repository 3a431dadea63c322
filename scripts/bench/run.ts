// `npm run bench`: measures the build, the app in Chromium and the sizes, writes
// bench/results.json and bench/RESULTS.md, and exits non-zero when a budget is missed, so it can
// gate a release. Timings live here, never in tests. Flags: --quick (1 run, small sizes),
// --only build|app|size|lineage|regions|layout (repeatable), --sizes 10000,100000 (the build's and
// the layout quality's synthetic sizes), --nodes 50000 (the app's synthetic graph sizes). A partial run (any flag) writes its tables to bench/output/, so it never replaces the
// committed full results. --combine A.json B.json … measures nothing: it puts the parts of partial
// runs' results.json together (a later file's part wins) as bench/results.json and bench/RESULTS.md,
// each part with the date it was measured on, and checks the budgets on them.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";

import { writeFileAtomic } from "../sources/atomic";
import { type AppBenchResult, benchApp } from "./app-bench";
import { type Budget, checkBudgets } from "./budgets";
import { type BuildBenchResult, benchBuild } from "./build-bench";
import { type BenchPart, combineResults } from "./combine";
import { type LayoutQuality, benchLayout, renderLayoutResults } from "./layout-bench";
import { type LineageBenchResult, benchLineage, renderLineageResults } from "./lineage-bench";
import { renderResults } from "./markdown";
import { type RegionBenchResult, benchRegions, renderRegionResults } from "./regions-bench";
import { type SizeBenchResult, benchSize } from "./size-bench";

export interface BenchResults {
  machine: { cpus: number; cpuModel: string; node: string; chromium: string | null; date: string };
  /** Set by --combine: the date each part was measured on (a full run measures all on machine.date). */
  partDates?: Partial<Record<BenchPart, string>>;
  build?: BuildBenchResult;
  app?: AppBenchResult;
  size?: SizeBenchResult;
  lineage?: LineageBenchResult;
  regions?: RegionBenchResult;
  layout?: LayoutQuality[];
  budgets: Budget[];
}

const WORK = "bench/output";

function readResults(path: string): { path: string; results: BenchResults } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(`--combine: cannot read ${path}`);
  }
  try {
    return { path, results: JSON.parse(text) as BenchResults };
  } catch {
    throw new Error(`--combine: ${path} is not JSON`);
  }
}

/** `--sizes 10000,100000` (the build bench's synthetic lists) or `--nodes 50000` (the app's graphs). */
function buildSizes(text: string, flag = "--sizes"): number[] {
  const sizes = text.split(",").map((part) => Number(part.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`${flag}: expecting counts separated by commas (10000,100000), got "${text}"`);
  return sizes;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string", multiple: true },
      sizes: { type: "string" },
      nodes: { type: "string" },
      combine: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  if (values.combine) {
    const combined = combineResults(positionals.map(readResults));
    combined.budgets = checkBudgets(combined);
    write("bench", combined, false);
    return;
  }
  const only = new Set(values.only ?? ["build", "app", "size", "lineage", "regions", "layout"]);
  const runs = values.quick ? 1 : 5;
  const say = (text: string) => console.log(text);

  const results: BenchResults = {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      node: process.version,
      chromium: null,
      date: new Date().toISOString().slice(0, 10),
    },
    budgets: [],
  };
  if (only.has("build"))
    results.build = benchBuild({
      runs,
      sizes: values.sizes ? buildSizes(values.sizes) : values.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
      work: WORK,
      say,
    });
  const appNodes = values.nodes
    ? buildSizes(values.nodes, "--nodes")
    : values.quick
      ? [1_000, 10_000]
      : [1_000, 10_000, 50_000, 100_000];
  if (only.has("app")) {
    results.app = await benchApp({ runs, nodes: appNodes, work: WORK, say });
    results.machine.chromium = results.app.chromium;
  }
  if (only.has("size"))
    results.size = benchSize({
      work: WORK,
      graphs: [
        { name: "real lists", file: "data/graph.json" },
        ...appNodes.map((n) => ({ name: `synthetic ${n}`, file: `${WORK}/graphs/synthetic-${n}.json` })),
      ],
    });

  if (only.has("lineage")) results.lineage = await benchLineage();
  if (only.has("regions")) results.regions = await benchRegions({ runs, nodes: [10_000], work: WORK, say });
  if (only.has("layout"))
    results.layout = await benchLayout({
      sizes: values.sizes ? buildSizes(values.sizes) : values.quick ? [10_000] : [100_000],
      work: WORK,
      say,
    });
  results.budgets = checkBudgets(results);
  const partial = values.quick || values.only !== undefined || values.sizes !== undefined || values.nodes !== undefined;
  write(partial ? WORK : "bench", results, partial);
}

/** Writes results.json and RESULTS.md to `out`, says each budget, and exits non-zero when one is missed. */
function write(out: string, results: BenchResults, partial: boolean): void {
  writeFileAtomic(`${out}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  const lineage = results.lineage ? renderLineageResults(results.lineage) : "";
  const regions = results.regions ? renderRegionResults(results.regions) : "";
  const layout = results.layout ? renderLayoutResults(results.layout) : "";
  writeFileAtomic(`${out}/RESULTS.md`, `${renderResults(results)}${lineage}${regions}${layout}`);
  const missed = results.budgets.filter((b) => !b.pass);
  for (const budget of results.budgets)
    console.log(`${budget.pass ? "pass" : "MISS"}  ${budget.name}: ${budget.actual} (budget ${budget.limit})`);
  console.log(
    `Wrote ${out}/results.json and ${out}/RESULTS.md${partial ? " (a partial run: bench/ keeps the full results)" : ""}`,
  );
  if (missed.length > 0) {
    console.error(`bench: ${missed.length} budget${missed.length === 1 ? "" : "s"} missed`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
