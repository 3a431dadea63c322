// Reading list files from disk: the only place the build reads its inputs. Refuses binary and
// non-UTF-8 files with the file and line, so a bad input never reaches the parser half-read.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";

import type { ListInput } from "../pipeline/build";

export const LIST_EXTENSIONS = [".md", ".markdown", ".bib", ".json"];

/** A problem with the inputs: reported as one line, without a stack trace. */
export class InputError extends Error {}

export function readList(path: string): ListInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? "unknown error");
    throw new InputError(`${path}: cannot read the list (${why})`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).toString("latin1").split("\n").length;
    throw new InputError(`${path}:${line}: not a text file (NUL byte); a reading list must be UTF-8 text`);
  }
  try {
    return { file: basename(path), text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const text = bytes.toString("utf8");
    const line = text.slice(0, Math.max(text.indexOf("\uFFFD"), 0)).split("\n").length;
    throw new InputError(`${path}:${line}: not valid UTF-8; save the list as UTF-8 text`);
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
