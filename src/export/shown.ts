// The papers an export of "what is shown" contains: every paper no filter hides (the shared
// Visibility combines them all), oldest first, then by title.
import type { Visibility } from "../filters/types";
import { compareByDate } from "../lineage/utils";
import type { GraphIndex, PaperGraph } from "../load";

export function shownPapers(graph: PaperGraph, index: GraphIndex, visibility: Visibility): string[] {
  return index.papers.filter((paper) => !visibility.hidden.has(paper)).sort(compareByDate(graph));
}
