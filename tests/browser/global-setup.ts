// Browser suite set-up, run once: checks that Chromium is there (and fails loudly if not: these
// tests must never skip silently), builds the app into tests/output/dist, builds the real graph
// from data/lists with the build CLI (never touching data/graph.json), writes the synthetic
// fixture graph, and starts a static server on 127.0.0.1 that serves them.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import type { TestProject } from "vitest/node";

import { DEFAULT_CHROME_PATH, INSTALL_HINT, findChrome } from "../../scripts/chrome";
import { writeGraphFiles } from "../../scripts/graph-files";
import { startStaticServer } from "../../scripts/static-server";
import { buildLargeGraphFile } from "../fixtures/large-graph";
import { buildSuggestionGraph } from "../fixtures/online/suggestion-graph";
import { buildGraphFile } from "../fixtures/synthetic-graph";
import { SYNTHETIC_ONLINE_SPEC, SYNTHETIC_SPEC } from "../fixtures/synthetic-spec";
import { DEFAULT_GRAPH, DIST_DIR, GRAPHS_DIR, OUTPUT_DIR, SCREENSHOTS_DIR } from "./paths";

/** Papers in the large synthetic graph (tests/output/graphs/large.json). */
export const LARGE_GRAPH_PAPERS = 1000;
/** A synthetic graph of 5,000 papers, for the filters on the GPU at size. */
export const LARGE_5K_GRAPH = "large-5k";
const LARGE_5K_PAPERS = 5000;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

function run(what: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, args, { encoding: "utf8", env });
  if (result.status !== 0)
    throw new Error(`Browser tests: ${what} failed (exit ${result.status}).\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = findChrome();
  if (!chromePath)
    throw new Error(
      `Browser tests need Chromium, which is not at ${process.env.CHROME_PATH || DEFAULT_CHROME_PATH}: ${INSTALL_HINT}.`,
    );
  for (const dir of [OUTPUT_DIR, GRAPHS_DIR, SCREENSHOTS_DIR]) mkdirSync(dir, { recursive: true });

  run("building the real graph", [
    "--import",
    "tsx",
    resolve("scripts/build-graph.ts"),
    "--lists",
    resolve("data/lists"),
    "--out",
    DEFAULT_GRAPH,
    "--report",
    join(GRAPHS_DIR, "default-report.md"),
    "--quiet",
  ]);
  // Each fixture as the build writes a graph: the compact core and its details beside it, which the
  // app streams in after the first frame (src/model/compact.ts).
  writeGraphFiles(join(GRAPHS_DIR, "synthetic.json"), buildGraphFile(SYNTHETIC_SPEC));
  // The explorer's tests: citations (some influential) as an online build finds them, and a
  // graph large enough that the list view must render only the rows in view.
  writeGraphFiles(join(GRAPHS_DIR, "synthetic-online.json"), buildGraphFile(SYNTHETIC_ONLINE_SPEC));
  writeGraphFiles(join(GRAPHS_DIR, "large.json"), buildLargeGraphFile(LARGE_GRAPH_PAPERS));
  writeGraphFiles(join(GRAPHS_DIR, `${LARGE_5K_GRAPH}.json`), buildLargeGraphFile(LARGE_5K_PAPERS));
  // A whole file (header + graphology's graph), which the app still reads, every field at once.
  writeFileSync(join(GRAPHS_DIR, "synthetic-whole.json"), JSON.stringify(buildGraphFile(SYNTHETIC_SPEC)));
  // Suggestions: the synthetic suggestion list built online against the local test server.
  const suggestions = await buildSuggestionGraph(
    join(GRAPHS_DIR, "suggestions.json"),
    join(GRAPHS_DIR, "suggestions-report.md"),
  );
  if (suggestions.code !== 0)
    throw new Error(
      `Browser tests: building the suggestions graph failed.\n${suggestions.stdout}\n${suggestions.stderr}`,
    );
  run(
    "building the app (vite build)",
    [resolve("node_modules/vite/bin/vite.js"), "build", "--outDir", DIST_DIR, "--emptyOutDir", "--logLevel", "warn"],
    { ...process.env, GRAPH_FILE: DEFAULT_GRAPH },
  );

  const server = await startStaticServer({ root: DIST_DIR, defaultGraph: DEFAULT_GRAPH, graphsDir: GRAPHS_DIR });
  project.provide("baseUrl", server.url);
  project.provide("chromePath", chromePath);
  return () => server.close();
}
