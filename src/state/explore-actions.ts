// Pure actions for the explorer's state (./explore.ts), `(args) => (state) => newState`, each
// returning the same object when nothing changes. Features compute the arguments (a section's
// subtree, a paper's neighbours) from the graph; these only record the result.
import { LINK_FILTER_KINDS, type LinkFilterKind } from "../link-kinds/utils";
import type { Action } from "./actions";
import type { LineageStep, ListSort, ViewMode } from "./explore";
import type { AppState, YearRange } from "./types";

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Sorted, without duplicates: one spelling per set, so equal sets compare equal. */
function normalised(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

export const setHiddenSections =
  (ids: Iterable<string>): Action =>
  (state) => {
    const next = normalised(ids);
    return sameList(next, state.hiddenSections) ? state : { ...state, hiddenSections: next };
  };

/** Switches sections on or off (a legend row passes its whole subtree). */
export const setSectionsShown =
  (ids: readonly string[], shown: boolean): Action =>
  (state) => {
    const hidden = new Set(state.hiddenSections);
    for (const id of ids) {
      if (shown) hidden.delete(id);
      else hidden.add(id);
    }
    return setHiddenSections(hidden)(state);
  };

export const setLinkKindShown =
  (kind: LinkFilterKind, shown: boolean): Action =>
  (state) => {
    const hidden = new Set(state.hiddenLinkKinds);
    if (shown) hidden.delete(kind);
    else hidden.add(kind);
    const next = LINK_FILTER_KINDS.filter((k) => hidden.has(k));
    return sameList(next, state.hiddenLinkKinds) ? state : { ...state, hiddenLinkKinds: next };
  };

export const setInfluentialOnly =
  (only: boolean): Action =>
  (state) =>
    state.influentialOnly === only ? state : { ...state, influentialOnly: only };

/** A camera placed in one layout means nothing in the other: the new layout is framed afresh. */
export const setView =
  (view: ViewMode): Action =>
  (state) =>
    state.view === view ? state : { ...state, view, camera: null };

export const setListOpen =
  (open: boolean): Action =>
  (state) =>
    state.listOpen === open ? state : { ...state, listOpen: open };

export const setListSort =
  (sort: ListSort): Action =>
  (state) =>
    state.listSort.key === sort.key && state.listSort.descending === sort.descending
      ? state
      : { ...state, listSort: { key: sort.key, descending: sort.descending } };

/** Selects a lineage neighbour reached with the arrow keys, remembering the step for ←/→. */
export const stepLineage =
  (node: string, step: LineageStep): Action =>
  (state) =>
    state.selected === node &&
    state.lineageStep?.origin === step.origin &&
    state.lineageStep.direction === step.direction
      ? state
      : { ...state, selected: node, lineageStep: { origin: step.origin, direction: step.direction } };

/** What it takes to show one paper: its year (undefined = undated) and one section it is listed in. */
export interface RevealTarget {
  year: number | undefined;
  /** A section the paper is listed in, switched back on if it is off; null when none is off. */
  section: string | null;
}

/**
 * Widens the filters just enough to show a paper: the year range grows to its year (a bound
 * that reaches the span's end becomes "no bound", as the slider writes it), undated papers come
 * back for an undated one, and one of its sections is switched on.
 */
export const revealThroughFilters =
  (target: RevealTarget, span: { min: number; max: number } | null): Action =>
  (state) => {
    let next: AppState = state;
    if (target.year === undefined) {
      if (!state.showUndated) next = { ...next, showUndated: true };
    } else {
      const { from, to } = state.yearRange;
      const range: YearRange = { from, to };
      if (from !== null && target.year < from) range.from = span && target.year <= span.min ? null : target.year;
      if (to !== null && target.year > to) range.to = span && target.year >= span.max ? null : target.year;
      if (range.from !== from || range.to !== to) next = { ...next, yearRange: range };
    }
    if (target.section !== null) next = setSectionsShown([target.section], true)(next);
    return next;
  };

/** Shows or hides the suggestions (papers outside the lists); hiding them closes their ranked view. */
export const setShowSuggestions =
  (show: boolean): Action =>
  (state) =>
    state.showSuggestions === show
      ? state
      : { ...state, showSuggestions: show, ...(show ? {} : { suggestionsOpen: false }) };

export const setThroughSuggestions =
  (through: boolean): Action =>
  (state) =>
    state.throughSuggestions === through ? state : { ...state, throughSuggestions: through };

/** Opens the ranked Suggested reading view (which shows the suggestions on the map too) or closes it. */
export const setSuggestionsOpen =
  (open: boolean): Action =>
  (state) =>
    state.suggestionsOpen === open && (!open || state.showSuggestions)
      ? state
      : { ...state, suggestionsOpen: open, ...(open ? { showSuggestions: true } : {}) };
