// Pure state changes, `(args) => (state) => newState`. Each returns the same object when nothing
// changes, so the store can skip notifying (and the URL skips a history entry).
import { type LineageUrlState, restoreLineage } from "../lineage/actions";
import type { AppState, YearRange } from "./types";

export type Action = (state: AppState) => AppState;

export const selectNode =
  (node: string | null): Action =>
  (state) =>
    state.selected === node ? state : { ...state, selected: node };

export const hoverNode =
  (node: string | null): Action =>
  (state) =>
    state.hovered === node ? state : { ...state, hovered: node };

export const setYearRange =
  (range: YearRange): Action =>
  (state) =>
    state.yearRange.from === range.from && state.yearRange.to === range.to
      ? state
      : { ...state, yearRange: { from: range.from, to: range.to } };

export const setShowUndated =
  (show: boolean): Action =>
  (state) =>
    state.showUndated === show ? state : { ...state, showUndated: show };

/** The part of the state a link carries (see ./url.ts); the lineage part only when a link has it. */
export type UrlState = Pick<AppState, "selected" | "yearRange" | "showUndated"> & Partial<LineageUrlState>;

/** Replaces everything a link carries at once (start-up, back/forward). Hover is left alone. */
export const restoreUrlState =
  (url: UrlState): Action =>
  (state) =>
    restoreLineage(url)(setShowUndated(url.showUndated)(setYearRange(url.yearRange)(selectNode(url.selected)(state))));
