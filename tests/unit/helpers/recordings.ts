// The real recorded responses in tests/fixtures/real-responses (provenance in its SOURCES.md and
// manifest.json), served by a local server exactly as recorded: same bytes, same status, same content
// type, and no Retry-After where the recording had none. Where a test answers one of this project's
// requests (many keys in one batch, other fields) with recorded records, it says so by calling
// `assembled`, which wraps recorded records in the real envelope, as SOURCES.md explains.
import { readFileSync, readdirSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";

export const RECORDINGS = join(__dirname, "../../fixtures/real-responses");

export interface ManifestEntry {
  file: string;
  url: string;
  status: number;
  content_type: string | null;
  sha256: string;
  gzip: boolean;
}

export const MANIFEST = JSON.parse(readFileSync(join(RECORDINGS, "manifest.json"), "utf8")) as ManifestEntry[];

/** Every recorded body file (not the provenance files), relative to the folder. */
export function recordedFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [relative(RECORDINGS, join(dir, d.name))],
    );
  return walk(RECORDINGS)
    .filter((f) => f !== "SOURCES.md" && f !== "manifest.json")
    .sort();
}

/** Files a test has served or read: the last test checks every recording was used. */
export const used = new Set<string>();

/** The recorded body, gunzipped when stored compressed. */
export function body(file: string): string {
  used.add(file);
  const bytes = readFileSync(join(RECORDINGS, file));
  return (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

export function json<T = unknown>(file: string): T {
  return JSON.parse(body(file)) as T;
}

function entry(file: string): ManifestEntry | undefined {
  return MANIFEST.find((e) => e.file === file);
}

/** Answers with the recording as it was: its bytes, status and content type; no other header. */
export function replay(res: ServerResponse, file: string): void {
  const text = body(file);
  const recorded = entry(file);
  const type =
    recorded?.content_type ??
    (file.includes(".html") ? "text/html" : file.endsWith(".xml") ? "application/atom+xml" : "application/json");
  res.writeHead(recorded?.status ?? 200, { "content-type": type, "content-length": String(Buffer.byteLength(text)) });
  res.end(text);
}

/**
 * Answers one of this project's requests with recorded records in the real envelope (an S2 batch
 * list, an OpenAlex `{meta, results}`): the records are recorded, the envelope is assembled here.
 */
export function assembled(res: ServerResponse, payload: unknown, status = 200): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) });
  res.end(text);
}
