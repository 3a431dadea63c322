// The explorer's part of the UI state (issue 6): which sections and kinds of link are switched
// off, the layout, the list view and how the arrow keys reached the selection. Kept in its own
// block so each feature's fields stay together; AppState (./types.ts) extends it.
import type { LinkFilterKind } from "../link-kinds/utils";

export type ViewMode = "map" | "timeline";

export type ListSortKey = "title" | "year" | "section";

export interface ListSort {
  key: ListSortKey;
  descending: boolean;
}

/** Which neighbours an arrow-key step went to: earlier papers, later ones, or either. */
export type LineageDirection = "buildsOn" | "builtOnBy" | "all";

/** The step that reached the selection; ←/→ cycle through the other papers of the same step. */
export interface LineageStep {
  origin: string;
  direction: LineageDirection;
}

export interface ExploreState {
  /**
   * Sections whose own listings are switched off, sorted. A paper listed only in these is hidden;
   * switching a section off in the legend adds it and every section under it.
   */
  hiddenSections: readonly string[];
  /** Kinds of lineage link switched off, in the order of LINK_FILTER_KINDS. */
  hiddenLinkKinds: readonly LinkFilterKind[];
  /** Citations count only where Semantic Scholar marks them influential. */
  influentialOnly: boolean;
  /** Whether papers outside the lists that the lists cite (suggestions) are drawn; off by default. */
  showSuggestions: boolean;
  /** Whether lineage, paths and reading orders may run through suggestions (their citations); off by default. */
  throughSuggestions: boolean;
  /** Whether the ranked Suggested reading view is open; not in the URL. */
  suggestionsOpen: boolean;
  view: ViewMode;
  /** Whether the list of papers shown is open beside the map; not in the URL. */
  listOpen: boolean;
  listSort: ListSort;
  /** Not in the URL; stale once the selection moves elsewhere (see ../keyboard). */
  lineageStep: LineageStep | null;
}

export const DEFAULT_LIST_SORT: ListSort = Object.freeze({ key: "year", descending: false });

export const EXPLORE_INITIAL_STATE: ExploreState = Object.freeze({
  hiddenSections: Object.freeze([]) as readonly string[],
  hiddenLinkKinds: Object.freeze([]) as readonly LinkFilterKind[],
  influentialOnly: false,
  showSuggestions: false,
  throughSuggestions: false,
  suggestionsOpen: false,
  view: "map",
  listOpen: false,
  listSort: DEFAULT_LIST_SORT,
  lineageStep: null,
});
