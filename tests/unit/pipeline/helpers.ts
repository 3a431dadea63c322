// Builds papers from markdown snippets for stage tests: parse → resolve → merge, in memory.
import { merge } from "../../../scripts/pipeline/merge";
import { parse } from "../../../scripts/pipeline/parse";
import { resolve } from "../../../scripts/pipeline/resolve";

export function papersFrom(...lists: string[]) {
  const entries = lists.flatMap((text, i) => parse(text, { list: `list-${i}`, file: `list-${i}.md` }).entries);
  return merge(resolve(entries).entries);
}
