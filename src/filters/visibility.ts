// Combines every filter into one answer: which nodes are hidden. The map's reducers read it; the
// count reads it. Memoised on the state's filter slice, so the map and the count share one pass.
//
// Section hubs: a hub stays visible while any paper in its subtree is visible (through a section
// that is switched on), and hides with the last one, since a hub with nothing under it on the map
// is noise; with no filter set, a hub that lists no paper at all (only posts or courses) is hidden
// for the same reason. A hub switched off in the legend hides even when one of its papers stays
// on the map through another section.
//
// On the timeline no hub is drawn: its bands and their headers name the sections (../timeline),
// so a section counts as hidden there by the layout, not by a filter (hiddenByLayout).
//
// Papers: shown when their year passes the year filter and at least one section they are listed
// in is switched on. Lineage links: hidden when none of their kinds is shown (../link-kinds); the
// node and link parts are memoised separately, so toggling a kind of link never re-filters papers.
import { type LinkFilterKind, isLinkShown } from "../link-kinds/utils";
import type { GraphIndex, PaperGraph } from "../load";
import { type SectionRef, isPaper, isSection, isSuggestion } from "../model";
import { type SectionTree, buildSectionTree, isHiddenBySections, liveSections } from "../sections";
import type { AppState } from "../state";
import type { Visibility } from "./types";
import { isPaperTimeShown } from "./utils";

const NO_EDGES: ReadonlySet<string> = new Set();

export function computeVisibility(
  graph: PaperGraph,
  index: GraphIndex,
  state: AppState,
  tree: SectionTree = buildSectionTree(graph),
): Visibility {
  return { ...computeNodeVisibility(graph, index, state, tree), hiddenEdges: computeHiddenLinks(graph, state) };
}

function computeNodeVisibility(
  graph: PaperGraph,
  index: GraphIndex,
  state: AppState,
  tree: SectionTree,
): Omit<Visibility, "hiddenEdges"> {
  const hidden = new Set<string>();
  const offSections = new Set(state.hiddenSections);
  const shownListings: (readonly SectionRef[])[] = [];
  let shownPapers = 0;
  for (const paper of index.papers) {
    const attrs = graph.getNodeAttributes(paper);
    const date = isPaper(attrs) ? attrs : {};
    const listings = isPaper(attrs) ? attrs.sections : [];
    if (isPaperTimeShown(date, state) && !isHiddenBySections(listings, offSections)) {
      shownPapers++;
      shownListings.push(listings);
    } else hidden.add(paper);
  }
  // Suggestions (papers the lists cite but do not hold) pass the same year filter, when asked for.
  // The timeline lays out the lists' papers by their sections and dates: suggestions stay off it.
  for (const suggestion of index.suggestions) {
    const attrs = graph.getNodeAttributes(suggestion);
    const date = isSuggestion(attrs) ? attrs : {};
    if (!state.showSuggestions || state.view === "timeline" || !isPaperTimeShown(date, state)) hidden.add(suggestion);
  }
  const alive = liveSections(tree, shownListings, offSections);
  const timeline = state.view === "timeline";
  for (const section of index.sections) if (timeline || !alive.has(section)) hidden.add(section);
  return { hidden, shownPapers, totalPapers: index.papers.length };
}

/**
 * Whether the layout, not a filter, keeps this node off the screen (a section hub on the
 * timeline): the panel and search do not call it "hidden by the filters".
 */
export function hiddenByLayout(graph: PaperGraph, key: string, state: Pick<AppState, "view">): boolean {
  return state.view === "timeline" && graph.hasNode(key) && isSection(graph.getNodeAttributes(key));
}

/** Lineage links none of whose kinds is shown. */
function computeHiddenLinks(graph: PaperGraph, state: AppState): ReadonlySet<string> {
  if (state.hiddenLinkKinds.length === 0 && !state.influentialOnly) return NO_EDGES;
  const kinds = new Set<LinkFilterKind>(state.hiddenLinkKinds);
  const hidden = new Set<string>();
  graph.forEachEdge((edge, attrs) => {
    if (attrs.kind === "lineage" && !isLinkShown(attrs, kinds, state.influentialOnly)) hidden.add(edge);
  });
  return hidden;
}

/** Returns the same Visibility object while the filter slice of the state is unchanged. */
export function createVisibilitySelector(
  graph: PaperGraph,
  index: GraphIndex,
  tree: SectionTree = buildSectionTree(graph),
): (state: AppState) => Visibility {
  let lastState: AppState | null = null;
  let last: Visibility | null = null;
  return (state) => {
    if (last && lastState && sameFilters(lastState, state) && sameLinkFilters(lastState, state)) return last;
    const nodes =
      last && lastState && sameFilters(lastState, state) ? last : computeNodeVisibility(graph, index, state, tree);
    const hiddenEdges =
      last?.hiddenEdges && lastState && sameLinkFilters(lastState, state)
        ? last.hiddenEdges
        : computeHiddenLinks(graph, state);
    last = { hidden: nodes.hidden, shownPapers: nodes.shownPapers, totalPapers: nodes.totalPapers, hiddenEdges };
    lastState = state;
    return last;
  };
}

/** Whether a state change can change which papers are shown (for views that list them). */
export function paperFiltersChanged(a: AppState, b: AppState): boolean {
  return !sameFilters(a, b);
}

/** The state fields any filter of papers reads; add new filters' fields here. */
function sameFilters(a: AppState, b: AppState): boolean {
  return (
    a.yearRange === b.yearRange &&
    a.showUndated === b.showUndated &&
    a.playhead === b.playhead &&
    a.hiddenSections === b.hiddenSections &&
    a.showSuggestions === b.showSuggestions &&
    // The layout hides the hubs and any suggestion on the timeline.
    a.view === b.view
  );
}

/** The state fields the filter of lineage links reads. */
function sameLinkFilters(a: AppState, b: AppState): boolean {
  return a.hiddenLinkKinds === b.hiddenLinkKinds && a.influentialOnly === b.influentialOnly;
}

/** Nodes whose visibility differs between two results: the only ones a partial refresh must touch. */
export function visibilityChanges(previous: Visibility, next: Visibility): string[] {
  const changed: string[] = [];
  for (const node of next.hidden) if (!previous.hidden.has(node)) changed.push(node);
  for (const node of previous.hidden) if (!next.hidden.has(node)) changed.push(node);
  return changed;
}

/** Lineage links whose visibility differs between two results (the link-kind filter only). */
export function linkVisibilityChanges(previous: Visibility, next: Visibility): string[] {
  const a = previous.hiddenEdges ?? NO_EDGES;
  const b = next.hiddenEdges ?? NO_EDGES;
  if (a === b) return [];
  const changed: string[] = [];
  for (const edge of b) if (!a.has(edge)) changed.push(edge);
  for (const edge of a) if (!b.has(edge)) changed.push(edge);
  return changed;
}
