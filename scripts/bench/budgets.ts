// The budgets `npm run bench` enforces. Absolute times hold only for this kind of machine; the
// ratios (app ÷ bare sigma, measured alternately in one browser) hold on a noisy one too. A budget
// whose figure was not measured in this run (e.g. `--only build`, or `--quick` without 50k nodes)
// is reported as skipped, not passed.
import type { GraphBench } from "./app-bench";
import type { BenchResults } from "./run";

export interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
  skipped?: boolean;
}

/** Sizes at which the ratio budgets apply (synthetic graphs, by requested node count). */
const RATIO_SIZES = [10_000, 50_000, 100_000];
const FIRST_FRAME_RATIO = 1.3;
const FILTER_RATIO = 0.1;
const FILTER_AT_50K_MS = 100;
const LONG_TASK_MS = 100;
const GRAPH_GZIP_MB_AT_100K = 3;
const BUILD_100K_MS = 40_000;

function budget(name: string, value: number | undefined, limit: number, unit: string, inclusive = false): Budget {
  const sign = inclusive ? "≤" : "<";
  if (value === undefined)
    return { name, limit: `${sign} ${limit}${unit}`, actual: "not measured", pass: true, skipped: true };
  return {
    name,
    limit: `${sign} ${limit}${unit}`,
    actual: `${value}${unit}`,
    pass: inclusive ? value <= limit : value < limit,
  };
}

export function checkBudgets(results: BenchResults): Budget[] {
  const { app, size, build } = results;
  const synthetic = (n: number): GraphBench | undefined => app?.synthetic.find((g) => g.name === `synthetic ${n}`);
  const at50k = synthetic(50_000);
  return [
    budget("real lists build, wall clock (median)", build?.realCliWallMs.median, 3000, " ms"),
    budget("real map: navigation to first frame (median)", app?.real?.app.firstFrameMs.median, 1500, " ms"),
    budget("real map: year-filter change to screen (median)", app?.real?.app.yearFilterMs.median, 50, " ms"),
    budget("first-load JavaScript, gzipped", size?.firstLoadJsGzipKb, 250, " KB"),
    ...RATIO_SIZES.map((n) =>
      budget(
        `${n / 1000}k nodes: first frame drawn, app ÷ bare sigma (median)`,
        synthetic(n)?.ratios.firstFrameDrawn.median,
        FIRST_FRAME_RATIO,
        "×",
        true,
      ),
    ),
    ...RATIO_SIZES.map((n) =>
      budget(
        `${n / 1000}k nodes: year filter → next frame, app ÷ sigma's full refresh (median)`,
        synthetic(n)?.ratios.yearFilter.median,
        FILTER_RATIO,
        "×",
        true,
      ),
    ),
    budget(
      "50k nodes: year filter → next frame (median)",
      at50k?.app.yearFilterMs.median,
      FILTER_AT_50K_MS,
      " ms",
      true,
    ),
    budget(
      "50k nodes: longest main-thread task after a filter change (max)",
      at50k?.app.longestTaskAfterFilterMs.max,
      LONG_TASK_MS,
      " ms",
      true,
    ),
    budget(
      "100k nodes: graph file, gzipped",
      size?.graphs.find((g) => g.name === "synthetic 100000")?.gzipMb,
      GRAPH_GZIP_MB_AT_100K,
      " MB",
      true,
    ),
    budget(
      "100k entries: build (median)",
      build?.synthetic.find((s) => s.entries === 100_000)?.total.median,
      BUILD_100K_MS,
      " ms",
      true,
    ),
  ];
}
