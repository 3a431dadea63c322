import { describe, expect, it } from "vitest";

import {
  INITIAL_STATE,
  type SectionCatalog,
  describeHiddenSections,
  parseExploreParams,
  restoreExploreUrlState,
  revealThroughFilters,
  serializeUrlState,
  setHiddenSections,
  setInfluentialOnly,
  setLinkKindShown,
  setListOpen,
  setListSort,
  setSectionsShown,
  setShowSuggestions,
  setSuggestionsOpen,
  setThroughSuggestions,
  setView,
  stepLineage,
} from "../../../src/state";

/** A tiny tree: a › (a/b › a/b/c), and d. */
const TREE: Record<string, { parent?: string; subtree: string[] }> = {
  a: { subtree: ["a", "a/b", "a/b/c"] },
  "a/b": { parent: "a", subtree: ["a/b", "a/b/c"] },
  "a/b/c": { parent: "a/b", subtree: ["a/b/c"] },
  d: { subtree: ["d"] },
};
const sections: SectionCatalog = {
  subtree: (id) => TREE[id]?.subtree ?? null,
  parent: (id) => TREE[id]?.parent,
};

function parse(search: string) {
  const notices: string[] = [];
  return { state: parseExploreParams(new URLSearchParams(search), sections, notices), notices };
}

describe("explorer actions", () => {
  it("setHiddenSections sorts and de-duplicates, and keeps the state for the same set", () => {
    const s = setHiddenSections(["d", "a", "d"])(INITIAL_STATE);
    expect(s.hiddenSections).toEqual(["a", "d"]);
    expect(setHiddenSections(["a", "d"])(s)).toBe(s);
  });

  it("setSectionsShown switches sections off and on", () => {
    const off = setSectionsShown(["a", "a/b"], false)(INITIAL_STATE);
    expect(off.hiddenSections).toEqual(["a", "a/b"]);
    expect(setSectionsShown(["a/b"], true)(off).hiddenSections).toEqual(["a"]);
    expect(setSectionsShown(["d"], true)(off)).toBe(off);
  });

  it("setLinkKindShown keeps the kinds in the schema's order", () => {
    const s = setLinkKindShown("cites", false)(setLinkKindShown("mentions", false)(INITIAL_STATE));
    expect(s.hiddenLinkKinds).toEqual(["mentions", "cites"]);
    expect(setLinkKindShown("mentions", true)(s).hiddenLinkKinds).toEqual(["cites"]);
    expect(setLinkKindShown("version", true)(s)).toBe(s);
  });

  it("setView, setInfluentialOnly, setListOpen and setListSort return the same state when unchanged", () => {
    expect(setView("map")(INITIAL_STATE)).toBe(INITIAL_STATE);
    expect(setView("timeline")(INITIAL_STATE).view).toBe("timeline");
    expect(setInfluentialOnly(false)(INITIAL_STATE)).toBe(INITIAL_STATE);
    expect(setListOpen(true)(INITIAL_STATE).listOpen).toBe(true);
    expect(setListSort({ key: "year", descending: false })(INITIAL_STATE)).toBe(INITIAL_STATE);
    expect(setListSort({ key: "title", descending: true })(INITIAL_STATE).listSort).toEqual({
      key: "title",
      descending: true,
    });
  });

  it("stepLineage selects the neighbour and remembers the step", () => {
    const s = stepLineage("b", { origin: "a", direction: "buildsOn" })(INITIAL_STATE);
    expect(s.selected).toBe("b");
    expect(s.lineageStep).toEqual({ origin: "a", direction: "buildsOn" });
    expect(stepLineage("b", { origin: "a", direction: "buildsOn" })(s)).toBe(s);
  });
});

describe("revealThroughFilters", () => {
  const span = { min: 2013, max: 2023 };

  it("widens the year range to the paper's year, to no bound at the span's end", () => {
    const s = { ...INITIAL_STATE, yearRange: { from: 2018, to: 2020 } };
    expect(revealThroughFilters({ year: 2015, section: null }, span)(s).yearRange).toEqual({ from: 2015, to: 2020 });
    expect(revealThroughFilters({ year: 2023, section: null }, span)(s).yearRange).toEqual({ from: 2018, to: null });
    expect(revealThroughFilters({ year: 2019, section: null }, span)(s)).toBe(s);
  });

  it("brings undated papers back for an undated paper", () => {
    const s = { ...INITIAL_STATE, showUndated: false };
    expect(revealThroughFilters({ year: undefined, section: null }, span)(s).showUndated).toBe(true);
  });

  it("switches one of its sections back on", () => {
    const s = { ...INITIAL_STATE, hiddenSections: ["a", "d"] };
    expect(revealThroughFilters({ year: 2020, section: "d" }, span)(s).hiddenSections).toEqual(["a"]);
  });
});

describe("the explorer's part of a link", () => {
  it("reads the view, the sections off, the kinds of link hidden and influential-only", () => {
    expect(parse("?view=timeline&hideSection=a&hideSectionOnly=d&hideLinks=cites,mentions&influential=1")).toEqual({
      state: {
        view: "timeline",
        hiddenSections: ["a", "a/b", "a/b/c", "d"],
        hiddenLinkKinds: ["mentions", "cites"],
        influentialOnly: true,
        showSuggestions: false,
        throughSuggestions: false,
      },
      notices: [],
    });
  });

  it("gives the default view for an empty query", () => {
    expect(parse("")).toEqual({
      state: {
        view: "map",
        hiddenSections: [],
        hiddenLinkKinds: [],
        influentialOnly: false,
        showSuggestions: false,
        throughSuggestions: false,
      },
      notices: [],
    });
  });

  it("drops a section that is not on the map, with a notice naming it", () => {
    const parsed = parse("?hideSection=nope&hideSection=d");
    expect(parsed.state.hiddenSections).toEqual(["d"]);
    expect(parsed.notices).toEqual([
      'The link switches off the section "nope", which is not on this map; it was ignored.',
    ]);
  });

  it.each([
    ["?view=globe", "view"],
    ["?hideLinks=cites,friendship", "friendship"],
    ["?influential=yes", "influential"],
    ["?suggestions=on", "suggestions"],
  ])("drops a bad value in %s with a notice", (search, word) => {
    const parsed = parse(search);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toContain(word);
  });

  it("never throws on hostile input", () => {
    const long = "x".repeat(10_000);
    expect(() => parse(`?hideSection=${long}&view=${long}&hideLinks=${long}&influential=<script>`)).not.toThrow();
    expect(parse("?hideSection=%F0%9F%A6%99&hideLinks=.*(").notices).toHaveLength(2);
  });

  it("writes a wholly hidden subtree once, and a section whose children are back on alone", () => {
    expect(describeHiddenSections(["a", "a/b", "a/b/c", "d"], sections)).toEqual({ subtrees: ["a", "d"], only: [] });
    expect(describeHiddenSections(["a", "a/b/c"], sections)).toEqual({ subtrees: ["a/b/c"], only: ["a"] });
  });

  it("round-trips through the URL", () => {
    const state = {
      ...INITIAL_STATE,
      view: "timeline" as const,
      hiddenSections: ["a", "a/b/c", "d"],
      hiddenLinkKinds: ["version" as const],
      influentialOnly: true,
      showSuggestions: true,
      throughSuggestions: true,
    };
    const search = serializeUrlState(state, sections);
    expect(search).toBe(
      "?view=timeline&hideSection=a/b/c&hideSection=d&hideSectionOnly=a&hideLinks=version&influential=1&suggestions=1&throughSuggestions=1",
    );
    const parsed = parse(search);
    expect(parsed.notices).toEqual([]);
    expect(restoreExploreUrlState(parsed.state)(INITIAL_STATE)).toEqual({ ...INITIAL_STATE, ...parsed.state });
    expect(parsed.state).toEqual({
      view: state.view,
      hiddenSections: state.hiddenSections,
      hiddenLinkKinds: state.hiddenLinkKinds,
      influentialOnly: true,
      showSuggestions: true,
      throughSuggestions: true,
    });
  });

  it("writes nothing for the default view", () => {
    expect(serializeUrlState(INITIAL_STATE, sections)).toBe("");
  });
});

describe("the suggestions' part of the state", () => {
  it("opening the ranked view shows the suggestions; hiding them closes it", () => {
    const open = setSuggestionsOpen(true)(INITIAL_STATE);
    expect([open.suggestionsOpen, open.showSuggestions]).toEqual([true, true]);
    const hidden = setShowSuggestions(false)(open);
    expect([hidden.suggestionsOpen, hidden.showSuggestions]).toEqual([false, false]);
    expect(setThroughSuggestions(false)(INITIAL_STATE)).toBe(INITIAL_STATE);
  });
});
