// Where the browser suite writes (all under tests/output/, which git ignores).
import { resolve } from "node:path";

export const OUTPUT_DIR = resolve("tests/output");
export const DIST_DIR = resolve(OUTPUT_DIR, "dist");
/** Graph files served at /g/NAME/graph.json (see scripts/static-server.ts). */
export const GRAPHS_DIR = resolve(OUTPUT_DIR, "graphs");
export const DEFAULT_GRAPH = resolve(GRAPHS_DIR, "default.json");
export const SCREENSHOTS_DIR = resolve(OUTPUT_DIR, "screenshots");
