// Shared by the lineage features: the order papers are listed in (oldest first), and how a paper is
// named in a sentence.
import type { PaperGraph } from "../load";
import { displayName } from "../load/display-name";
import { isPaper, isSuggestion } from "../model";

/** Months since year 0, or Infinity for an undated paper (undated papers sort last). */
export function dateValue(graph: PaperGraph, key: string): number {
  const attrs = graph.getNodeAttributes(key);
  if (!(isPaper(attrs) || isSuggestion(attrs)) || attrs.year === undefined) return Infinity;
  return attrs.year * 12 + (attrs.month ?? 1) - 1;
}

/** A paper's title; its map label until the details are in (src/model/compact.ts); a section's label. */
export function titleOf(graph: PaperGraph, key: string): string {
  const attrs = graph.getNodeAttributes(key);
  return isPaper(attrs) || isSuggestion(attrs) ? ((attrs.title as string | undefined) ?? attrs.label) : attrs.label;
}

/** The short name (`GPT-4`) if the paper has one of its own, else its title: for sentences and lists. */
export function nameOf(graph: PaperGraph, key: string): string {
  return displayName(graph, key);
}

export function isPaperKey(graph: PaperGraph, key: string): boolean {
  return graph.hasNode(key) && graph.getNodeAttribute(key, "kind") === "paper";
}

/** Oldest first (by year and month), undated last, then by title, then by key: a total order. */
export function compareByDate(graph: PaperGraph): (a: string, b: string) => number {
  return (a, b) => {
    const da = dateValue(graph, a);
    const db = dateValue(graph, b);
    if (da !== db) return da < db ? -1 : 1;
    const ta = titleOf(graph, a).toLowerCase();
    const tb = titleOf(graph, b).toLowerCase();
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}
