// The graph's details (titles, summaries, evidence…: see src/model/compact.ts), streamed after the
// first frame and merged into the graph's attribute objects line by line, yielding to the page
// between lines so that no task runs long: the map answers while they arrive. Never throws; a
// details file that is missing, broken or from another build becomes a LoadError.
import { type DetailsChunk, type DetailsInfo, applyDetails, readDetailsChunk, readDetailsHead } from "../model";
import type { LoadError, PaperGraph } from "./types";

/** Where a compact core's details are: the details file, and how the core orders nodes and links. */
export interface PendingDetails {
  url: string;
  info: DetailsInfo;
  nodeKeys: readonly string[];
  linkKeys: readonly string[];
}

export type DetailsOutcome = { ok: true } | { ok: false; error: LoadError };

const HOW_TO_BUILD = "Rebuild with `npm run build:data` (or `npm start`), then reload.";

/** Lets the page draw and answer input between two lines (scheduler.yield where there is one). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

/** Each complete line of a streamed text, as it arrives. */
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n");
    while (end >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      if (line) yield line;
      end = buffer.indexOf("\n");
    }
  }
  buffer += decoder.decode();
  if (buffer) yield buffer;
}

function failure(detail: string): DetailsOutcome {
  return {
    ok: false,
    error: { title: "The details of the papers could not be loaded", detail: `${detail}. ${HOW_TO_BUILD}` },
  };
}

export async function loadGraphDetails(
  graph: PaperGraph,
  pending: PendingDetails,
  fetchImpl: typeof fetch = fetch,
): Promise<DetailsOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(pending.url, { cache: "no-cache" });
  } catch (error) {
    return failure(`${pending.url} could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok || !response.body) return failure(`The server answered ${response.status} for ${pending.url}`);
  const node = (i: number) => graph.getNodeAttributes(pending.nodeKeys[i]!);
  const link = (i: number) => graph.getEdgeAttributes(pending.linkKeys[i]!);
  let first = true;
  let merged = 0;
  try {
    for await (const line of lines(response.body)) {
      if (first) {
        first = false;
        const problem = readDetailsHead(line, pending.info.id);
        if (problem) return failure(`${pending.url} does not go with the graph file: ${problem}`);
        continue;
      }
      const chunk: DetailsChunk | null = readDetailsChunk(line);
      if (!chunk || !applyDetails(chunk, pending.info, node, link))
        return failure(`${pending.url} has a malformed line`);
      merged += "nodes" in chunk ? chunk.nodes.length : chunk.links.length;
      await yieldToPage();
    }
  } catch (error) {
    return failure(`${pending.url} was cut short (${error instanceof Error ? error.message : String(error)})`);
  }
  if (merged !== pending.info.nodes + pending.info.links) return failure(`${pending.url} is incomplete`);
  return { ok: true };
}
