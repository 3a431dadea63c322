// Why a node is not on the map, in words for the panel, and the smallest change of the filters
// that shows it again (the panel's "Show it" and choosing a filtered-out search result).
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper, isSuggestion } from "../model";
import { type SectionTree, isHiddenBySections } from "../sections";
import {
  type Action,
  type AppState,
  revealThroughFilters,
  setSectionsShown,
  setShowSuggestions,
  setView,
} from "../state";
import { describeRange, isPaperTimeShown, isPaperYearShown, monthIndex } from "./utils";

/** Whether the year playback (not the year range) keeps a paper of this date off the map. */
function hiddenByPlayback(date: { year?: number | undefined; month?: number | undefined }, state: AppState): boolean {
  return isPaperYearShown(date.year, state.yearRange, state.showUndated) && !isPaperTimeShown(date, state);
}

function playbackText(state: AppState): string {
  const at = state.playhead ?? 0;
  const year = Math.floor(at / 12);
  const month = new Date(Date.UTC(year, at - year * 12, 1)).toLocaleDateString("en", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return `the year playback (up to ${month}: it comes later)`;
}

/** Ends the playback: every year of the range shown again. */
const stopPlayback: Action = (s) => (s.playhead === null ? s : { ...s, playhead: null, playing: false });

function yearFilterText(state: AppState): string {
  return `the year filter (${describeRange(state.yearRange)}${state.showUndated ? "" : ", undated hidden"})`;
}

/** A sentence for a node the filters hide, e.g. "Hidden on the map by the year filter (from 2020)." */
export function hiddenNote(graph: PaperGraph, key: string, state: AppState): string {
  const attrs = graph.getNodeAttributes(key);
  if (isSuggestion(attrs)) {
    const reasons = [
      state.showSuggestions ? null : "suggestions being switched off (the legend's Suggestions box)",
      state.view === "timeline" ? "the timeline, which lays out only the lists' papers" : null,
      isPaperYearShown(attrs.year, state.yearRange, state.showUndated) ? null : yearFilterText(state),
    ].filter((r): r is string => r !== null);
    return `Not in the lists, and hidden on the map by ${reasons.join(" and ") || "the filters"}.`;
  }
  if (!isPaper(attrs)) {
    const off = new Set(state.hiddenSections);
    return off.has(key)
      ? "This section is switched off in the legend."
      : "None of this section's papers is shown with the current filters.";
  }
  const byYear = !isPaperYearShown(attrs.year, state.yearRange, state.showUndated);
  const bySection = isHiddenBySections(attrs.sections, new Set(state.hiddenSections));
  const reasons = [
    byYear ? yearFilterText(state) : null,
    hiddenByPlayback(attrs, state) ? playbackText(state) : null,
    bySection
      ? `the section filter (${attrs.sections.length === 1 ? "its section is" : "every section it is listed in is"} switched off)`
      : null,
  ].filter((r): r is string => r !== null);
  return `Hidden on the map by ${reasons.join(" and ") || "the filters"}.`;
}

/**
 * The action that shows a hidden node, or null when the filters do not hide it (or no change of
 * them would show it): a paper widens the years and switches one of its sections on; a section
 * switches itself and everything under it back on.
 */
export function revealAction(
  graph: PaperGraph,
  index: GraphIndex,
  tree: SectionTree,
  key: string,
  state: AppState,
): Action | null {
  if (!graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  const off = new Set(state.hiddenSections);
  if (isSuggestion(attrs)) {
    const reveal: Action = (s) =>
      revealThroughFilters(
        { year: attrs.year, section: null },
        index.years,
      )(setView("map")(setShowSuggestions(true)(s)));
    return reveal(state) === state ? null : reveal;
  }
  if (!isPaper(attrs)) {
    const subtree = tree.subtree(key) ?? [key];
    return subtree.some((s) => off.has(s)) ? setSectionsShown(subtree, true) : null;
  }
  const byYear = !isPaperYearShown(attrs.year, state.yearRange, state.showUndated);
  const bySection = isHiddenBySections(attrs.sections, off);
  const byPlayback = hiddenByPlayback(attrs, state);
  if (!byYear && !bySection && !byPlayback) return null;
  const section = bySection ? (attrs.sections.find((ref) => tree.has(ref.id)) ?? attrs.sections[0])?.id : undefined;
  const widen = revealThroughFilters({ year: attrs.year, section: section ?? null }, index.years);
  // A paper the playback has not reached yet: the playback ends, so it shows.
  return byPlayback ||
    (state.playhead !== null && attrs.year !== undefined && monthIndex(attrs.year, attrs.month) > state.playhead)
    ? (s) => stopPlayback(widen(s))
    : widen;
}
