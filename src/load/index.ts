// Loading the graph file: fetch, parse, validate against the shared schema, Graph.import. The build
// writes a compact core (decoded here) whose details load after the first frame (./details.ts);
// a whole file (header + graphology's graph) has everything at once. Every failure becomes a
// LoadError that tells the user what happened and what to do.
import Graph from "graphology";

import { type GraphFile, decodeCore, detailsPathFor, validateCoreFile, validateGraphFile } from "../model";
import type { PendingDetails } from "./details";
import type { LoadError, PaperGraph } from "./types";

export { type DetailsOutcome, type PendingDetails, loadGraphDetails } from "./details";
export { buildGraphIndex } from "./graph-index";
export type { GraphIndex, LoadError, PaperGraph } from "./types";

const HOW_TO_BUILD = "Build it with `npm run build:data` (or `npm start`, which builds it when needed), then reload.";

/** The file with its core fields, and where its details are (null: a whole file, already complete). */
export type LoadResult =
  { ok: true; file: GraphFile; details: PendingDetails | null } | { ok: false; error: LoadError };

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
  return parseGraphFile(data, url);
}

/**
 * Validates already-parsed data (the shared schema's checks, worded for the page): a compact core
 * (decoded, with the URL of its details beside `url`) or a whole file.
 */
export function parseGraphFile(data: unknown, url: string): LoadResult {
  const whole = typeof data === "object" && data !== null && "graph" in data;
  if (whole) {
    const result = validateGraphFile(data);
    performance.mark("graph-validated");
    return result.ok ? { ok: true, file: result.file, details: null } : { ok: false, error: unreadable(result.error) };
  }
  const result = validateCoreFile(data);
  if (!result.ok) return { ok: false, error: unreadable(result.error) };
  performance.mark("graph-validated");
  const decoded = decodeCore(result.core);
  performance.mark("graph-decoded");
  return {
    ok: true,
    file: { header: decoded.header, graph: decoded.graph },
    details: {
      url: detailsPathFor(url),
      info: result.core.header.details,
      nodeKeys: decoded.nodeKeys,
      linkKeys: decoded.linkKeys,
    },
  };
}

function unreadable(error: string): LoadError {
  const title = /version/.test(error)
    ? "The graph file is of another version"
    : "The graph file is not one this app can read";
  return { title, detail: error };
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
