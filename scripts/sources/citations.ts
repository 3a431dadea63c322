// Reading citation files from disk (`data/citations/`, or `--citations DIR`): every .tsv and .csv
// there, sorted by name. A file that cannot be read as UTF-8 text stops the build with its path,
// before anything is written; the rows themselves are checked by the pipeline.
import { readdirSync, statSync } from "node:fs";
import { posix, sep } from "node:path";

import type { CitationInput } from "../pipeline/citation-file";
import { InputError, readText } from "./lists";

export const CITATION_EXTENSIONS = [".tsv", ".tab", ".csv"];

/** The path evidence names (`data/citations/reference-lists.tsv:42`): as given, with forward slashes. */
function shownPath(dir: string, name: string): string {
  return posix.join(dir.split(sep).join("/"), name);
}

/**
 * The citation files of a folder. `required` is false for the default folder: a checkout without
 * one builds without citations; a folder named on the command line must exist.
 */
export function readCitationFiles(dir: string, required: boolean): CitationInput[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    if (!required) return [];
    throw new InputError(`${dir}: no such folder of citation files (--citations DIR)`);
  }
  return names
    .filter((n) => CITATION_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)))
    .sort()
    .filter((n) => statSync(`${dir}/${n}`).isFile())
    .map((n) => {
      const file = shownPath(dir, n);
      return { file, text: readText(`${dir}/${n}`, file, "citation file") };
    });
}
