// Everything that needs citation-js, as one chunk loaded on first use (see ./load.ts): the formats,
// and the CSL records of papers with their citation keys (computed once over the whole graph).
import type { PaperGraph } from "../load";
import { isPaper } from "../model";
import { type CslItem, citationKeys, paperToCsl } from "./csl";

export { CITATION_STYLES, DEFAULT_STYLE, formatReference, isCitationStyle, toBibtex, toCslJson, toRis } from "./format";
export type { CitationStyle } from "./format";

const keysOf = new WeakMap<PaperGraph, Map<string, string>>();

/** CSL-JSON records for the given papers, in the given order. */
export function cslItems(graph: PaperGraph, papers: readonly string[]): CslItem[] {
  let keys = keysOf.get(graph);
  if (!keys) keysOf.set(graph, (keys = citationKeys(graph)));
  return papers.flatMap((node) => {
    const attrs = graph.getNodeAttributes(node);
    return isPaper(attrs) ? [paperToCsl(attrs, keys.get(node) ?? node)] : [];
  });
}
