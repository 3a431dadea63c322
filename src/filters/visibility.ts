// Combines every filter into one answer: which nodes are hidden. The map's reducers read it; the
// count reads it. Memoised on the state's filter slice, so the map and the count share one pass.
//
// Section hubs: a hub stays visible while any paper in its subtree is visible, and hides with the
// last one, since a hub with nothing under it on the map is noise; with no filter set, a hub that
// lists no paper at all (only posts or courses) is hidden for the same reason.
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper } from "../model";
import type { AppState } from "../state";
import type { Visibility } from "./types";
import { isPaperYearShown } from "./utils";

export function computeVisibility(graph: PaperGraph, index: GraphIndex, state: AppState): Visibility {
  const hidden = new Set<string>();
  let shownPapers = 0;
  for (const paper of index.papers) {
    const attrs = graph.getNodeAttributes(paper);
    const year = isPaper(attrs) ? attrs.year : undefined;
    if (isPaperYearShown(year, state.yearRange, state.showUndated)) shownPapers++;
    else hidden.add(paper);
  }
  for (const section of index.sections) {
    const papers = index.sectionPapers.get(section) ?? [];
    if (!papers.some((p) => !hidden.has(p))) hidden.add(section);
  }
  return { hidden, shownPapers, totalPapers: index.papers.length };
}

/** Returns the same Visibility object while the filter slice of the state is unchanged. */
export function createVisibilitySelector(graph: PaperGraph, index: GraphIndex): (state: AppState) => Visibility {
  let lastState: AppState | null = null;
  let last: Visibility | null = null;
  return (state) => {
    if (last && lastState && sameFilters(lastState, state)) return last;
    last = computeVisibility(graph, index, state);
    lastState = state;
    return last;
  };
}

/** The state fields any filter reads; add new filters' fields here. */
function sameFilters(a: AppState, b: AppState): boolean {
  return a.yearRange === b.yearRange && a.showUndated === b.showUndated;
}

/** Nodes whose visibility differs between two results: the only ones a partial refresh must touch. */
export function visibilityChanges(previous: Visibility, next: Visibility): string[] {
  const changed: string[] = [];
  for (const node of next.hidden) if (!previous.hidden.has(node)) changed.push(node);
  for (const node of previous.hidden) if (!next.hidden.has(node)) changed.push(node);
  return changed;
}
