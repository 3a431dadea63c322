// The graph file on disk: the compact core at the path given (`data/graph.json`) and its details
// beside it (`data/graph.details.ndjson`), as src/model/compact.ts lays them out. The details go
// first, so a reader that finds the new core finds its details too (each is written atomically).
import { existsSync, readFileSync } from "node:fs";

import { type GraphFile, detailsPathFor, parseAnyGraphFile } from "../src/model";
import { encodeGraph } from "../src/model/encode";
import { writeFileAtomic } from "./sources/atomic";

export function writeGraphFiles(path: string, file: GraphFile): { coreBytes: number; detailsBytes: number } {
  const { core, details } = encodeGraph(file);
  const text = JSON.stringify(core);
  writeFileAtomic(detailsPathFor(path), details);
  writeFileAtomic(path, text);
  return { coreBytes: Buffer.byteLength(text), detailsBytes: Buffer.byteLength(details) };
}

/** The whole graph from a file the build wrote (or a whole file, as tests write them). Throws with the reason. */
export function readGraphFiles(path: string): GraphFile {
  const data = JSON.parse(readFileSync(path, "utf8")) as unknown;
  const details = detailsPathFor(path);
  const result = parseAnyGraphFile(data, existsSync(details) ? readFileSync(details, "utf8") : null);
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result.file;
}
