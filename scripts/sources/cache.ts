// The cache on disk: one small JSON file per source and key (data/cache/arxiv/2106.09685.json),
// each written atomically the moment its answer arrives. One file a key means an interrupted
// run keeps everything it fetched, a failed request can never damage what is there, and a
// committed cache diffs paper by paper. Files carry the time they were fetched; the stages never
// see it, so the graph does not depend on when the cache was filled.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { KNOWLEDGE_SOURCES, type Knowledge, type KnowledgeSource, emptyKnowledge } from "../pipeline/knowledge";
import { writeFileAtomic } from "./atomic";
import { RECORD_GUARDS, isEnvelope } from "./guards";

/** Bumped when a record's shape changes; files of another format are ignored (and refetched online). */
export const CACHE_FORMAT = 1;

/** Folder of each source under the cache directory. */
export const CACHE_FOLDERS: Record<KnowledgeSource, string> = {
  arxiv: "arxiv",
  arxivSearch: "arxiv-title-search",
  s2: "semantic-scholar",
  s2References: "semantic-scholar-references",
  s2Match: "semantic-scholar-title-match",
  openalex: "openalex",
  s2Cited: "semantic-scholar-cited",
};

/** Sources keyed by a normalised title: their file names add a hash, as the readable part is cut short. */
const TITLE_KEYED = new Set<KnowledgeSource>(["arxivSearch", "s2Match"]);
const MAX_NAME = 80;

/** The file a key is stored in: readable, stable, safe on every file system. */
export function cacheFileName(source: KnowledgeSource, key: string): string {
  const readable = key
    .toLowerCase()
    .replace(/^arxiv:/, "arxiv-")
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_NAME);
  if (!TITLE_KEYED.has(source)) return `${readable}.json`;
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 10);
  return `${readable}-${hash}.json`;
}

export interface CacheEnvelope {
  format: number;
  source: string;
  key: string;
  /** When the answer was fetched (ISO 8601); for people reading the cache, never for the build. */
  fetchedAt: string;
  /** False for a negative answer (an ID the source does not know, no title match). */
  found: boolean;
  record?: unknown;
}

export interface LoadedCache {
  knowledge: Knowledge;
  /** Files read and used. */
  files: number;
  /** Files that could not be used, each with the reason: reported, never fatal. */
  problems: string[];
}

function readEntry(source: KnowledgeSource, folder: string, name: string): { key: string; value: unknown } | string {
  const path = join(folder, name);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return `${path}: not valid JSON (${(error as Error).message}); ignored, and refetched by an online build`;
  }
  if (!isEnvelope(data) || typeof data.key !== "string" || typeof data.found !== "boolean")
    return `${path}: not a cache entry (expected "key" and "found"); ignored`;
  if (data.format !== CACHE_FORMAT)
    return `${path}: cache format ${String(data.format)}, expected ${CACHE_FORMAT}; ignored`;
  if (cacheFileName(source, data.key) !== name)
    return `${path}: holds the key "${data.key}", which belongs in ${cacheFileName(source, data.key)}; ignored`;
  if (!data.found) return { key: data.key, value: null };
  if (!RECORD_GUARDS[source](data.record)) return `${path}: the record is not in the expected shape; ignored`;
  return { key: data.key, value: data.record };
}

/** Reads every cache file under `dir` into knowledge. A missing folder is an empty cache. */
export function loadCache(dir: string): LoadedCache {
  const knowledge = emptyKnowledge();
  const problems: string[] = [];
  let files = 0;
  for (const source of KNOWLEDGE_SOURCES) {
    const folder = join(dir, CACHE_FOLDERS[source]);
    let names: string[];
    try {
      names = readdirSync(folder)
        .filter((n) => n.endsWith(".json"))
        .sort();
    } catch {
      continue;
    }
    const into = knowledge[source] as Map<string, unknown>;
    for (const name of names) {
      const entry = readEntry(source, folder, name);
      if (typeof entry === "string") problems.push(entry);
      else {
        into.set(entry.key, entry.value);
        files += 1;
      }
    }
  }
  return { knowledge, files, problems };
}

/** Writes answers into the cache, one atomic file each. */
export class CacheWriter {
  writes = 0;

  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `record` null stores a negative answer. */
  write(source: KnowledgeSource, key: string, record: unknown): void {
    const envelope: CacheEnvelope = {
      format: CACHE_FORMAT,
      source: CACHE_FOLDERS[source],
      key,
      fetchedAt: this.now().toISOString(),
      found: record !== null,
      ...(record !== null ? { record } : {}),
    };
    const path = join(this.dir, CACHE_FOLDERS[source], cacheFileName(source, key));
    writeFileAtomic(path, `${JSON.stringify(envelope, null, 2)}\n`);
    this.writes += 1;
  }
}
