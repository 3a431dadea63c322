// Combines every filter into one answer: which nodes and links are hidden. The map's GPU programs
// read it as a table of groups (./table.ts) and a time window; every CPU path (hover, click,
// labels, keyboard, search, list, export, counts) reads `hidden.has`, `hidden.size`,
// `hiddenEdges.has` and the counts, answered from the same table: a lookup per question, never a
// pass over the nodes when a filter changes. Memoised on the state's filter slice.
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
// Papers: shown when their date passes the time filter (isPaperTimeShown: years, undated toggle,
// playhead) and at least one section they are listed in is switched on. Suggestions: shown when
// asked for, off the timeline, and when their date passes the time filter. Lineage links: hidden when none of their kinds
// is shown (../link-kinds); the node and link parts are memoised separately, so toggling a kind of
// link never re-filters papers.
import { type LinkFilterKind, isLinkShown } from "../link-kinds/utils";
import type { GraphIndex, PaperGraph } from "../load";
import { isSection } from "../model";
import { type SectionTree, buildSectionTree, isHiddenBySections } from "../sections";
import type { AppState } from "../state";
import { LazyKeySet } from "./lazy-set";
import { ALWAYS_GROUP, type FilterTable, NO_TIME, SUGGESTIONS_GROUP, UNDATED, filterTableOf } from "./table";
import type { FilterGroups, Visibility } from "./types";
import { type TimeWindow, countInWindow, isMonthShown, timeWindow } from "./utils";

interface NodePart {
  hidden: ReadonlySet<string>;
  shownPapers: number;
  totalPapers: number;
  window: TimeWindow;
  /** Per group, 1 when on: listings, hubs, suggestions (link groups are left 0). */
  shown: Uint8Array;
}

interface LinkPart {
  hiddenEdges: ReadonlySet<string>;
  /** Per group, 1 when on: link classes only. */
  shown: Uint8Array;
}

/**
 * Whether the filters hide the node at this row of the filter table (`table.nodeIndex`): the
 * answer `hidden.has` gives for its key, for callers that look many nodes up at every change.
 */
export function isHiddenAt(table: FilterTable, groups: FilterGroups, row: number): boolean {
  if (groups.shown[table.nodeGroup[row]!] === 0) return true;
  const month = table.nodeTime[row]!;
  return month !== NO_TIME && !isMonthShown(month === UNDATED ? undefined : month, groups.window);
}

function nodePart(table: FilterTable, index: GraphIndex, state: AppState, tree: SectionTree): NodePart {
  const shown = new Uint8Array(table.groupCount);
  const window = timeWindow(state);
  const off = new Set(state.hiddenSections);
  shown[ALWAYS_GROUP] = 1;
  // The timeline lays out the lists' papers by their sections and dates: suggestions stay off it.
  const suggestionsShown = state.showSuggestions && state.view !== "timeline";
  shown[SUGGESTIONS_GROUP] = suggestionsShown ? 1 : 0;
  let shownPapers = 0;
  for (const listing of table.listings) {
    if (isHiddenBySections(listing.refs, off)) continue;
    shown[listing.group] = 1;
    shownPapers += countInWindow(listing.census.months, listing.census.undated, window);
  }
  // A hub is alive when a paper listed in it through a listing that is on passes the time filter
  // (that paper is then shown), or when a sub-section of it is alive.
  const alive = new Set<string>();
  for (const hub of table.hubs) {
    if (off.has(hub.section) || countInWindow(hub.census.months, hub.census.undated, window) === 0) continue;
    for (let s: string | undefined = hub.section; s !== undefined && !alive.has(s); s = tree.parent(s)) alive.add(s);
  }
  let aliveHubs = 0;
  const timeline = state.view === "timeline";
  for (const hub of table.hubs)
    if (!timeline && alive.has(hub.section)) {
      shown[hub.group] = 1;
      aliveHubs++;
    }
  const shownSuggestions = suggestionsShown
    ? countInWindow(table.suggestions.months, table.suggestions.undated, window)
    : 0;
  const hiddenCount =
    index.papers.length - shownPapers + index.suggestions.length - shownSuggestions + table.hubs.length - aliveHubs;

  const groups = { window, shown };
  const isHidden = (key: string) => {
    const i = table.nodeIndex.get(key);
    return i !== undefined && isHiddenAt(table, groups, i);
  };
  return {
    hidden: new LazyKeySet(isHidden, hiddenCount, () => table.nodeIndex.keys()),
    shownPapers,
    totalPapers: index.papers.length,
    window,
    shown,
  };
}

function linkPart(table: FilterTable, state: AppState): LinkPart {
  const shown = new Uint8Array(table.groupCount);
  const kinds = new Set<LinkFilterKind>(state.hiddenLinkKinds);
  let hiddenCount = 0;
  for (const link of table.links)
    if (isLinkShown(link.link, kinds, state.influentialOnly)) shown[link.group] = 1;
    else hiddenCount += link.count;
  const isHidden = (edge: string) => {
    const group = table.edgeGroup.get(edge);
    return group !== undefined && shown[group] === 0;
  };
  return { hiddenEdges: new LazyKeySet(isHidden, hiddenCount, () => table.edgeGroup.keys()), shown };
}

function combine(nodes: NodePart, links: LinkPart): Visibility {
  const shown = new Uint8Array(nodes.shown.length);
  for (let g = 0; g < shown.length; g++) shown[g] = nodes.shown[g]! | links.shown[g]!;
  return {
    hidden: nodes.hidden,
    shownPapers: nodes.shownPapers,
    totalPapers: nodes.totalPapers,
    hiddenEdges: links.hiddenEdges,
    groups: { window: nodes.window, shown },
  };
}

export function computeVisibility(
  graph: PaperGraph,
  index: GraphIndex,
  state: AppState,
  tree: SectionTree = buildSectionTree(graph),
): Visibility {
  const table = filterTableOf(graph, index);
  return combine(nodePart(table, index, state, tree), linkPart(table, state));
}

/**
 * Whether the layout, not a filter, keeps this node off the screen (a section hub on the
 * timeline): the panel and search do not call it "hidden by the filters".
 */
export function hiddenByLayout(graph: PaperGraph, key: string, state: Pick<AppState, "view">): boolean {
  return state.view === "timeline" && graph.hasNode(key) && isSection(graph.getNodeAttributes(key));
}

/** Returns the same Visibility object while the filter slice of the state is unchanged. */
export function createVisibilitySelector(
  graph: PaperGraph,
  index: GraphIndex,
  tree: SectionTree = buildSectionTree(graph),
): (state: AppState) => Visibility {
  let lastState: AppState | null = null;
  let nodes: NodePart | null = null;
  let links: LinkPart | null = null;
  let last: Visibility | null = null;
  return (state) => {
    const sameNodes = lastState !== null && sameFilters(lastState, state);
    const sameLinks = lastState !== null && sameLinkFilters(lastState, state);
    lastState = state;
    if (last && sameNodes && sameLinks) return last;
    const table = filterTableOf(graph, index);
    if (!nodes || !sameNodes) nodes = nodePart(table, index, state, tree);
    if (!links || !sameLinks) links = linkPart(table, state);
    last = combine(nodes, links);
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
