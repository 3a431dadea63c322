// Reading list files from disk: the only place the build reads its inputs. Refuses binary and
// non-UTF-8 files with the file and line, so a bad input never reaches the parser half-read.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";

import type { ListInput } from "../pipeline/build";

export const LIST_EXTENSIONS = [".md", ".markdown", ".bib", ".json"];

/** A problem with the inputs: reported as one line, without a stack trace. */
export class InputError extends Error {}

export function readList(path: string): ListInput {
  return { file: basename(path), text: readText(path, path, "list") };
}

/**
 * A file's text, refused with its path (and line) when it cannot be read, is binary or is not UTF-8,
 * so a bad input never reaches a parser half-read. `shown` is the path messages name.
 */
export function readText(path: string, shown: string, what: "list" | "citation file"): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? "unknown error");
    throw new InputError(`${shown}: cannot read the ${what} (${why})`);
  }
  const article = what === "list" ? "a reading list" : "a citation file";
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).toString("latin1").split("\n").length;
    throw new InputError(`${shown}:${line}: not a text file (NUL byte); ${article} must be UTF-8 text`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = bytes.toString("utf8");
    const line = text.slice(0, Math.max(text.indexOf("\uFFFD"), 0)).split("\n").length;
    throw new InputError(`${shown}:${line}: not valid UTF-8; save the ${what} as UTF-8 text`);
  }
}

/** The lists in a folder, sorted by name so builds are reproducible. */
export function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new InputError(`${dir}: no such folder of lists (use --lists DIR or --input FILE)`);
  }
  return names
    .filter((n) => LIST_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)) && n.toLowerCase() !== "readme.md")
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}
