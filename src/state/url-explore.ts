// The explorer's part of a link: the layout, sections switched off and kinds of link hidden, e.g.
// `?view=timeline&hideSection=section:ai-canon/agents&hideLinks=mentions&influential=1`.
// Parsed and validated with ./url.ts (unknown sections and values are dropped with a notice);
// the default view writes nothing, so old links stay valid and short.
import { LINK_FILTER_KINDS, type LinkFilterKind } from "../link-kinds/utils";
import type { Action } from "./actions";
import type { ViewMode } from "./explore";
import {
  setHiddenSections,
  setInfluentialOnly,
  setShowSuggestions,
  setThroughSuggestions,
  setView,
} from "./explore-actions";
import type { AppState } from "./types";

export const EXPLORE_URL_PARAMS = {
  view: "view",
  /** A section and everything under it is off (repeatable). */
  hideSection: "hideSection",
  /** Only the section's own listings are off, some of its sub-sections are on (repeatable). */
  hideSectionOnly: "hideSectionOnly",
  hideLinks: "hideLinks",
  influential: "influential",
  /** Suggestions (papers outside the lists) drawn: `suggestions=1`. */
  suggestions: "suggestions",
  /** Lineage questions may run through suggestions: `throughSuggestions=1`. */
  throughSuggestions: "throughSuggestions",
} as const;

export type ExploreUrlState = Pick<
  AppState,
  "view" | "hiddenSections" | "hiddenLinkKinds" | "influentialOnly" | "showSuggestions" | "throughSuggestions"
>;

/** What the link needs to know about the map's sections (see ../sections/tree.ts). */
export interface SectionCatalog {
  /** The section and every section under it, or null when it is not a section of this map. */
  subtree(id: string): readonly string[] | null;
  parent(id: string): string | undefined;
}

const VIEWS: readonly ViewMode[] = ["map", "timeline"];
const FLAG_VALUES: Record<string, boolean> = { "1": true, "0": false };

export function parseExploreParams(
  params: URLSearchParams,
  sections: SectionCatalog,
  notices: string[],
): ExploreUrlState {
  let view: ViewMode = "map";
  const rawView = params.get(EXPLORE_URL_PARAMS.view);
  if (rawView !== null && rawView !== "") {
    if ((VIEWS as readonly string[]).includes(rawView)) view = rawView as ViewMode;
    else notices.push(`The link's view "${rawView}" is not "map" or "timeline"; showing the map.`);
  }

  const hidden = new Set<string>();
  const unknown = (id: string) =>
    notices.push(`The link switches off the section "${id}", which is not on this map; it was ignored.`);
  for (const id of params.getAll(EXPLORE_URL_PARAMS.hideSection)) {
    const subtree = sections.subtree(id);
    if (subtree) subtree.forEach((s) => hidden.add(s));
    else if (id !== "") unknown(id);
  }
  for (const id of params.getAll(EXPLORE_URL_PARAMS.hideSectionOnly)) {
    if (sections.subtree(id)) hidden.add(id);
    else if (id !== "") unknown(id);
  }

  const kinds = new Set<LinkFilterKind>();
  for (const raw of params.getAll(EXPLORE_URL_PARAMS.hideLinks).flatMap((v) => v.split(","))) {
    const kind = raw.trim();
    if ((LINK_FILTER_KINDS as readonly string[]).includes(kind)) kinds.add(kind as LinkFilterKind);
    else if (kind !== "")
      notices.push(
        `The link hides links of kind "${kind}", which is not one of ${LINK_FILTER_KINDS.join(", ")}; it was ignored.`,
      );
  }

  const flag = (name: string): boolean => {
    const raw = params.get(name);
    if (raw === null) return false;
    const value = FLAG_VALUES[raw];
    if (value === undefined) notices.push(`The link's "${name}" value (${raw}) is not 0 or 1, so it was ignored.`);
    return value ?? false;
  };

  return {
    view,
    hiddenSections: [...hidden].sort(),
    hiddenLinkKinds: LINK_FILTER_KINDS.filter((k) => kinds.has(k)),
    influentialOnly: flag(EXPLORE_URL_PARAMS.influential),
    showSuggestions: flag(EXPLORE_URL_PARAMS.suggestions),
    throughSuggestions: flag(EXPLORE_URL_PARAMS.throughSuggestions),
  };
}

/**
 * The shortest exact description of the hidden sections: a section whose whole subtree is off is
 * written once (`hideSection`), unless its parent's whole subtree is off too; a section that is
 * off while some section under it is on is written alone (`hideSectionOnly`).
 */
export function describeHiddenSections(
  hidden: readonly string[],
  sections: SectionCatalog,
): { subtrees: string[]; only: string[] } {
  const set = new Set(hidden);
  const whollyOff = new Map<string, boolean>();
  const wholly = (id: string): boolean => {
    let off = whollyOff.get(id);
    if (off === undefined) {
      off = (sections.subtree(id) ?? [id]).every((s) => set.has(s));
      whollyOff.set(id, off);
    }
    return off;
  };
  const subtrees: string[] = [];
  const only: string[] = [];
  for (const id of [...set].sort()) {
    if (!wholly(id)) only.push(id);
    else {
      const parent = sections.parent(id);
      if (parent === undefined || !wholly(parent)) subtrees.push(id);
    }
  }
  return { subtrees, only };
}

/** The query parts (`name=value`, values encoded by `encode`) for the explorer's state. */
export function serializeExploreParams(
  state: Partial<ExploreUrlState>,
  sections: SectionCatalog | undefined,
  encode: (value: string) => string,
): string[] {
  const parts: string[] = [];
  if (state.view && state.view !== "map") parts.push(`${EXPLORE_URL_PARAMS.view}=${state.view}`);
  if (state.hiddenSections?.length) {
    // Without the tree every section is written alone: longer, but still exact.
    const { subtrees, only } = sections
      ? describeHiddenSections(state.hiddenSections, sections)
      : { subtrees: [], only: [...state.hiddenSections] };
    for (const id of subtrees) parts.push(`${EXPLORE_URL_PARAMS.hideSection}=${encode(id)}`);
    for (const id of only) parts.push(`${EXPLORE_URL_PARAMS.hideSectionOnly}=${encode(id)}`);
  }
  if (state.hiddenLinkKinds?.length) parts.push(`${EXPLORE_URL_PARAMS.hideLinks}=${state.hiddenLinkKinds.join(",")}`);
  if (state.influentialOnly) parts.push(`${EXPLORE_URL_PARAMS.influential}=1`);
  if (state.showSuggestions) parts.push(`${EXPLORE_URL_PARAMS.suggestions}=1`);
  if (state.throughSuggestions) parts.push(`${EXPLORE_URL_PARAMS.throughSuggestions}=1`);
  return parts;
}

export function exploreUrlChanged(a: AppState, b: AppState): boolean {
  return (
    a.view !== b.view ||
    a.hiddenSections !== b.hiddenSections ||
    a.hiddenLinkKinds !== b.hiddenLinkKinds ||
    a.influentialOnly !== b.influentialOnly ||
    a.showSuggestions !== b.showSuggestions ||
    a.throughSuggestions !== b.throughSuggestions
  );
}

/** Replaces everything the explorer's part of a link carries (start-up, back/forward). */
export const restoreExploreUrlState =
  (url: ExploreUrlState): Action =>
  (state) => {
    let next = setView(url.view)(setInfluentialOnly(url.influentialOnly)(setHiddenSections(url.hiddenSections)(state)));
    next = setThroughSuggestions(url.throughSuggestions)(setShowSuggestions(url.showSuggestions)(next));
    const kinds = url.hiddenLinkKinds;
    if (kinds.length !== next.hiddenLinkKinds.length || kinds.some((k, i) => next.hiddenLinkKinds[i] !== k))
      next = { ...next, hiddenLinkKinds: [...kinds] };
    return next;
  };

/** For callers without a tree: no section is known, so a link's sections are dropped with a notice. */
export const NO_SECTIONS: SectionCatalog = { subtree: () => null, parent: () => undefined };
