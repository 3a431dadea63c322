// The budgets `npm run bench` enforces (issue: performance). A budget whose figure was not
// measured in this run (e.g. `--only build`) is reported as skipped, not passed.
import type { BenchResults } from "./run";

export interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
  skipped?: boolean;
}

function budget(name: string, value: number | undefined, limit: number, unit: string): Budget {
  if (value === undefined)
    return { name, limit: `< ${limit} ${unit}`, actual: "not measured", pass: true, skipped: true };
  return { name, limit: `< ${limit} ${unit}`, actual: `${value} ${unit}`, pass: value < limit };
}

export function checkBudgets(results: BenchResults): Budget[] {
  const { app, size } = results;
  return [
    budget("real lists build, wall clock (median)", results.build?.realCliWallMs.median, 3000, "ms"),
    budget("real map: navigation to first frame (median)", app?.real?.firstFrameMs?.median, 1500, "ms"),
    budget("real map: year-filter change to screen (median)", app?.real?.yearFilterMs?.median, 50, "ms"),
    budget("first-load JavaScript, gzipped", size?.firstLoadJsGzipKb, 250, "KB"),
  ];
}
