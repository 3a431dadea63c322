// How a paper is named in lists and sentences: its short name (`GPT-4`), unless another paper of
// the map has the same one (the lists call two papers "MT-DNN"), then its title, so the two can
// be told apart wherever they are listed side by side.
import { isPaper } from "../model";
import type { PaperGraph } from "./types";

const sharedNames = new WeakMap<PaperGraph, Set<string>>();

/** Short names two or more papers carry, computed once per graph. */
function sharedShortNames(graph: PaperGraph): Set<string> {
  let shared = sharedNames.get(graph);
  if (shared) return shared;
  const seen = new Set<string>();
  shared = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    if (!isPaper(attrs) || !attrs.shortName) return;
    const name = attrs.shortName.toLowerCase();
    if (seen.has(name)) shared!.add(name);
    seen.add(name);
  });
  sharedNames.set(graph, shared);
  return shared;
}

/** The paper's short name if it is its own, else its title (its map label until the details are in); a section's label. */
export function displayName(graph: PaperGraph, key: string): string {
  const attrs = graph.getNodeAttributes(key);
  if (!isPaper(attrs)) return attrs.label;
  const short = attrs.shortName;
  return short && !sharedShortNames(graph).has(short.toLowerCase())
    ? short
    : ((attrs.title as string | undefined) ?? attrs.label);
}
