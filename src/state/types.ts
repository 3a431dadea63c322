// The one UI state the map, the panel and the filters read. Plain data, replaced (never mutated)
// by the pure actions in ./actions.ts.
import { EXPLORE_INITIAL_STATE, type ExploreState } from "./explore";

/** Inclusive bounds; `null` is "no bound", which is not the same as a bound of 0. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface AppState extends ExploreState {
  /** Key of the selected node (a paper or a section hub), shown in the panel. */
  selected: string | null;
  /** Key of the node under the pointer; never written to the URL. */
  hovered: string | null;
  yearRange: YearRange;
  /** Whether papers without a year are shown. */
  showUndated: boolean;
}

/** How a change should reach the browser history (see ./url.ts). */
export type HistoryMode = "push" | "replace" | "none";

export interface ChangeMeta {
  history: HistoryMode;
}

export const UNBOUNDED: YearRange = Object.freeze({ from: null, to: null });

export const INITIAL_STATE: AppState = Object.freeze({
  selected: null,
  hovered: null,
  yearRange: UNBOUNDED,
  showUndated: true,
  ...EXPLORE_INITIAL_STATE,
});
