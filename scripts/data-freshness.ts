// Whether data/graph.json must be rebuilt before the app starts: pure, so it is tested alone.
import { GRAPH_FORMAT, GRAPH_VERSION } from "../src/model";

export interface FreshnessInput {
  graphPath: string;
  /** Modification time (ms) of the graph file, or null when it does not exist. */
  graphMtime: number | null;
  /** The file's parsed header, or undefined when it could not be read as JSON. */
  header: unknown;
  /** Whether the details file beside it exists (a compact file needs it; see src/model/compact.ts). */
  detailsPresent?: boolean;
  lists: { path: string; mtime: number }[];
}

/** Why the graph must be rebuilt, in a sentence for the terminal; null when it is fresh. */
export function staleReason(input: FreshnessInput): string | null {
  const { graphPath, graphMtime, header, lists, detailsPresent = true } = input;
  if (graphMtime === null) return `${graphPath} is missing`;
  if (typeof header !== "object" || header === null) return `${graphPath} is not a readable graph file`;
  const { format, version } = header as { format?: unknown; version?: unknown };
  if (format !== GRAPH_FORMAT) return `${graphPath} is not an ${GRAPH_FORMAT} file`;
  if (version !== GRAPH_VERSION)
    return `${graphPath} has version ${String(version)}; this app reads version ${GRAPH_VERSION}`;
  if ("details" in header && !detailsPresent) return `the details file beside ${graphPath} is missing`;
  const newer = lists.filter((l) => l.mtime > graphMtime).map((l) => l.path);
  if (newer.length) return `${newer.join(", ")} ${newer.length === 1 ? "is" : "are"} newer than ${graphPath}`;
  return null;
}
