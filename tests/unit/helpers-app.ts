// Shared set-up for the app's unit tests: the synthetic fixture graph, imported as the app does.
import { buildGraphIndex, importGraph } from "../../src/load";
import type { GraphIndex, PaperGraph } from "../../src/load";
import type { GraphFile } from "../../src/model";
import { INITIAL_STATE } from "../../src/state";
import type { AppState } from "../../src/state";
import { buildGraphFile } from "../fixtures/synthetic-graph";
import { SYNTHETIC_ONLINE_SPEC, SYNTHETIC_SPEC } from "../fixtures/synthetic-spec";

let cached: GraphFile | null = null;

/** The synthetic fixture as a file (laid out once per test run: the layout is the slow part). */
export function syntheticFile(): GraphFile {
  cached ??= buildGraphFile(SYNTHETIC_SPEC);
  return structuredClone(cached);
}

export function syntheticGraph(): { file: GraphFile; graph: PaperGraph; index: GraphIndex } {
  const file = syntheticFile();
  const imported = importGraph(file);
  if (!imported.ok) throw new Error(imported.error.detail);
  return { file, graph: imported.graph, index: buildGraphIndex(imported.graph) };
}

export function state(patch: Partial<AppState> = {}): AppState {
  return { ...INITIAL_STATE, ...patch };
}

let cachedOnline: GraphFile | null = null;

/** The synthetic fixture as an online build links it: citations, some influential (see the spec). */
export function syntheticOnlineGraph(): { file: GraphFile; graph: PaperGraph; index: GraphIndex } {
  cachedOnline ??= buildGraphFile(SYNTHETIC_ONLINE_SPEC);
  const file = structuredClone(cachedOnline);
  const imported = importGraph(file);
  if (!imported.ok) throw new Error(imported.error.detail);
  return { file, graph: imported.graph, index: buildGraphIndex(imported.graph) };
}
