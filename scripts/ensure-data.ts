// Run by `npm start`, `npm run dev` and `npm run build` before Vite: rebuilds data/graph.json (and
// its details file) with the build CLI when it is missing, older than a list in data/lists/ or a
// citation file in data/citations/, of another version, or without its details, and
// says what it does. With $GRAPH_FILE set, the app serves that file instead and nothing is built.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

import { detailsPathFor } from "../src/model";
import { staleReason } from "./data-freshness";
import { CITATION_EXTENSIONS } from "./sources/citations";
import { listFiles } from "./sources/lists";

const GRAPH = "data/graph.json";
const REPORT = "data/build-report.md";
const LISTS = "data/lists";
const CITATIONS = "data/citations";
const CLI = "scripts/build-graph.ts";

function mtime(path: string): number | null {
  return existsSync(path) ? statSync(path).mtimeMs : null;
}

function readHeader(path: string): unknown {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { header?: unknown }).header;
  } catch {
    return undefined;
  }
}

function main(): number {
  const custom = process.env.GRAPH_FILE;
  if (custom) {
    if (existsSync(custom)) {
      console.log(`data: serving $GRAPH_FILE (${custom}); not rebuilding ${GRAPH}`);
      return 0;
    }
    console.error(`data: $GRAPH_FILE is set to ${custom}, which does not exist`);
    return 1;
  }
  // The same files the build reads by default (see scripts/sources/lists.ts and citations.ts).
  const citations = existsSync(CITATIONS)
    ? readdirSync(CITATIONS)
        .filter((n) => CITATION_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)))
        .map((n) => join(CITATIONS, n))
    : [];
  const lists = [...(existsSync(LISTS) ? listFiles(LISTS) : []), ...citations].map((path) => ({
    path,
    mtime: statSync(path).mtimeMs,
  }));
  const graphMtime = mtime(GRAPH);
  const reason = staleReason({
    graphPath: GRAPH,
    graphMtime,
    header: graphMtime === null ? null : readHeader(GRAPH),
    detailsPresent: existsSync(detailsPathFor(GRAPH)),
    lists,
  });
  if (reason === null) {
    console.log(`data: ${GRAPH} is up to date`);
    return 0;
  }
  if (!existsSync(CLI)) {
    console.error(`data: ${reason}, and the build CLI (${CLI}) is not in this checkout.`);
    return graphMtime === null ? 1 : 0;
  }
  console.log(`data: ${reason}; rebuilding it from ${lists.map((l) => relative("data", l.path)).join(", ")}`);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", CLI, "--lists", LISTS, "--out", GRAPH, "--report", REPORT],
    { stdio: "inherit" },
  );
  if (result.status === 0) return 0;
  if (graphMtime !== null && readHeader(GRAPH) !== undefined) {
    console.error(
      `data: the build failed; the app will show the previous ${GRAPH}. Run \`npm run build:data\` to see why.`,
    );
    return 0;
  }
  console.error(`data: the build failed and there is no usable ${GRAPH}. Run \`npm run build:data\` to see why.`);
  return 1;
}

process.exit(main());
