// Lineage state changes, pure `(args) => (state) => newState` like ../state/actions.ts. "Show
// lineage" and a path are two ways of highlighting the map: setting one clears the other. Clicks on
// the map and in the panel go through clickNode/clickStage, so picking a path's other end (or a
// shift-click) can turn a click into a path instead of a selection.
import type { Action } from "../state/actions";
import type { AppState } from "../state/types";

/** The part of the lineage state a link carries (see ./url.ts). */
export type LineageUrlState = Pick<AppState, "lineage" | "path">;

export const showLineage =
  (paper: string | null): Action =>
  (state) => {
    if (paper === null) return state.lineage === null ? state : { ...state, lineage: null };
    if (state.lineage === paper && state.path === null && state.pickingPathFrom === null) return state;
    return { ...state, lineage: paper, path: null, pickingPathFrom: null };
  };

export const startPathPicking =
  (from: string): Action =>
  (state) =>
    state.pickingPathFrom === from ? state : { ...state, pickingPathFrom: from };

export const cancelPathPicking = (): Action => (state) =>
  state.pickingPathFrom === null ? state : { ...state, pickingPathFrom: null };

export const showPath =
  (from: string, to: string): Action =>
  (state) => {
    if (from === to) return cancelPathPicking()(state);
    if (state.path?.from === from && state.path.to === to && state.lineage === null && state.pickingPathFrom === null)
      return state;
    return { ...state, path: { from, to }, lineage: null, pickingPathFrom: null };
  };

export const clearPath = (): Action => (state) => (state.path === null ? state : { ...state, path: null });

/** Clears whatever the map highlights: lineage, path, and a pick in progress. */
export const clearHighlight = (): Action => (state) =>
  state.lineage === null && state.path === null && state.pickingPathFrom === null
    ? state
    : { ...state, lineage: null, path: null, pickingPathFrom: null };

/** From a link (start-up, Back/Forward): what it says, or nothing; a pick in progress ends. */
export const restoreLineage =
  (url: Partial<LineageUrlState>): Action =>
  (state) => {
    const lineage = url.lineage ?? null;
    const path = url.path ?? null;
    const samePath = state.path?.from === path?.from && state.path?.to === path?.to;
    if (state.lineage === lineage && samePath && state.pickingPathFrom === null) return state;
    return { ...state, lineage, path: samePath ? state.path : path, pickingPathFrom: null };
  };

export interface ClickOptions {
  shiftKey: boolean;
  isPaper: (key: string) => boolean;
}

const select =
  (node: string | null): Action =>
  (state) =>
    state.selected === node ? state : { ...state, selected: node };

/**
 * A click on a node (on the map or a node link in the panel): while picking, a paper becomes the
 * path's other end (anything else is ignored); a shift-click on another paper makes a path from the
 * selected paper; otherwise it selects.
 */
export const clickNode =
  (node: string, { shiftKey, isPaper }: ClickOptions): Action =>
  (state) => {
    const from = state.pickingPathFrom;
    if (from !== null) return isPaper(node) && node !== from ? showPath(from, node)(state) : state;
    const selected = state.selected;
    if (shiftKey && selected !== null && selected !== node && isPaper(selected) && isPaper(node))
      return showPath(selected, node)(state);
    return select(node)(state);
  };

/** A click on the empty map: ends a pick in progress, else closes the selection. */
export const clickStage = (): Action => (state) =>
  state.pickingPathFrom !== null ? cancelPathPicking()(state) : select(null)(state);
