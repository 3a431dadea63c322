// Loading the graph file: fetch, parse, validate against the shared schema, Graph.import. Every
// failure becomes a LoadError that tells the user what happened and what to do.
import Graph from "graphology";

import { type GraphFile, validateGraphFile } from "../model";
import type { LoadError, PaperGraph } from "./types";

export { buildGraphIndex } from "./graph-index";
export type { GraphIndex, LoadError, PaperGraph } from "./types";

const HOW_TO_BUILD = "Build it with `npm run build:data` (or `npm start`, which builds it when needed), then reload.";

export type LoadResult = { ok: true; file: GraphFile } | { ok: false; error: LoadError };

/** Fetches and validates the graph file. Never throws. */
export async function loadGraphFile(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: "no-cache" });
  } catch (error) {
    return {
      ok: false,
      error: { title: "The graph file could not be fetched", detail: `${describe(error)}. Is the server running?` },
    };
  }
  if (response.status === 404)
    return {
      ok: false,
      error: { title: "The graph file is missing", detail: `${url} was not found. ${HOW_TO_BUILD}` },
    };
  if (!response.ok)
    return {
      ok: false,
      error: {
        title: "The graph file could not be loaded",
        detail: `The server answered ${response.status} for ${url}.`,
      },
    };
  let data: unknown;
  try {
    const text = await response.text();
    // Marks for `npm run bench`, which reports where the first frame's time goes; they cost nothing.
    performance.mark("graph-fetched");
    data = JSON.parse(text);
    performance.mark("graph-parsed");
  } catch (error) {
    return {
      ok: false,
      error: {
        title: "The graph file is corrupt",
        detail: `It is not valid JSON (${describe(error)}). ${HOW_TO_BUILD}`,
      },
    };
  }
  return parseGraphFile(data);
}

/** Validates already-parsed data (the shared schema's checks, worded for the page). */
export function parseGraphFile(data: unknown): LoadResult {
  const result = validateGraphFile(data);
  if (!result.ok) {
    const title = /version/.test(result.error)
      ? "The graph file is of another version"
      : "The graph file is not one this app can read";
    return { ok: false, error: { title, detail: result.error } };
  }
  return result;
}

/** Graph.import with the file's own graph options; throws a LoadError-shaped message on bad data. */
export function importGraph(file: GraphFile): { ok: true; graph: PaperGraph } | { ok: false; error: LoadError } {
  try {
    const graph: PaperGraph = new Graph(file.graph.options);
    graph.import(file.graph);
    return { ok: true, graph };
  } catch (error) {
    return {
      ok: false,
      error: { title: "The graph file is corrupt", detail: `${describe(error)}. ${HOW_TO_BUILD}` },
    };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
