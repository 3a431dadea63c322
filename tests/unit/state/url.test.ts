import { describe, expect, it, vi } from "vitest";

import {
  INITIAL_STATE,
  type UrlWindow,
  bindUrl,
  createStore,
  hoverNode,
  parseUrlState,
  selectNode,
  serializeUrlState,
  setYearRange,
  showAppliedUrl,
} from "../../../src/state";

const known = (key: string) => key === "arxiv:1706.03762" || key === "section:ai-canon/x";

describe("parseUrlState", () => {
  it("reads the selected node, the years and the undated toggle", () => {
    expect(parseUrlState("?selected=arxiv:1706.03762&from=2017&to=2020&undated=0", known)).toEqual({
      state: { selected: "arxiv:1706.03762", yearRange: { from: 2017, to: 2020 }, showUndated: false },
      notices: [],
      adjusted: false,
    });
  });

  it("reads percent-encoded keys", () => {
    expect(parseUrlState("?selected=section%3Aai-canon%2Fx", known).state.selected).toBe("section:ai-canon/x");
  });

  it("gives the default view for an empty query", () => {
    expect(parseUrlState("", known)).toEqual({
      state: { selected: null, yearRange: { from: null, to: null }, showUndated: true },
      notices: [],
      adjusted: false,
    });
  });

  it("keeps a bound of 0 as a bound, not as 'no bound'", () => {
    expect(parseUrlState("?from=0", known).state.yearRange).toEqual({ from: 0, to: null });
  });

  it("treats an empty bound as absent, silently", () => {
    expect(parseUrlState("?from=&to=2020", known)).toMatchObject({
      state: { yearRange: { from: null, to: 2020 } },
      notices: [],
    });
  });

  it("drops a paper that is not on the map, with a notice", () => {
    const parsed = parseUrlState("?selected=arxiv:9999.99999", known);
    expect(parsed.state.selected).toBeNull();
    expect(parsed.notices).toEqual([
      'The link points at "arxiv:9999.99999", which is not on this map; showing the whole map.',
    ]);
  });

  it.each([["abc"], ["2017.5"], ["-3"], ["20170"], ["1e3"]])("drops the year %s with a notice", (year) => {
    const parsed = parseUrlState(`?from=${year}`, known);
    expect(parsed.state.yearRange.from).toBeNull();
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toContain(year);
  });

  it("reads a backwards range the right way round, with a notice", () => {
    const parsed = parseUrlState("?from=2022&to=2018", known);
    expect(parsed.state.yearRange).toEqual({ from: 2018, to: 2022 });
    expect(parsed.notices).toHaveLength(1);
  });

  it("drops an undated value that is not 0 or 1, with a notice", () => {
    const parsed = parseUrlState("?undated=maybe", known);
    expect(parsed.state.showUndated).toBe(true);
    expect(parsed.notices).toHaveLength(1);
  });
});

describe("parseUrlState: years outside the data", () => {
  const span = { min: 2013, max: 2023 };
  const parse = (search: string) => parseUrlState(search, known, known, span);

  it("brings a start after the newest paper to the newest year, and says so", () => {
    expect(parse("?from=2025")).toEqual({
      state: { selected: null, yearRange: { from: 2023, to: null }, showUndated: true },
      notices: ["The link asks for papers from 2025, but the newest on this map are from 2023; showing 2023."],
      adjusted: true,
    });
  });

  it("brings an end before the oldest paper to the oldest year, and says so", () => {
    expect(parse("?to=1800")).toMatchObject({
      state: { yearRange: { from: null, to: 2013 } },
      notices: ["The link asks for papers up to 1800, but the oldest on this map are from 2013; showing 2013."],
    });
  });

  it("drops a bound beyond the near end silently: it changes nothing shown", () => {
    expect(parse("?from=1990&to=2030")).toMatchObject({
      state: { yearRange: { from: null, to: null } },
      notices: [],
      adjusted: true,
    });
  });

  it("keeps years inside the data as they are", () => {
    expect(parse("?from=2017&to=2020")).toMatchObject({
      state: { yearRange: { from: 2017, to: 2020 } },
      adjusted: false,
    });
  });

  it("ignores years on a map with no dated paper, with a notice", () => {
    expect(parseUrlState("?from=2017", known, known, null)).toMatchObject({
      state: { yearRange: { from: null, to: null } },
      notices: ["No paper on this map has a year, so the link's years were ignored."],
    });
  });
});

describe("showAppliedUrl", () => {
  it("replaces the address with what is applied, without a history entry", () => {
    const win = fakeWindow();
    win.location.search = "?from=2025&selected=nope&junk=1";
    showAppliedUrl(win, { ...INITIAL_STATE, yearRange: { from: 2023, to: null } });
    expect(win.history.replaceState).toHaveBeenCalledWith(null, "", "/app/?from=2023");
    expect(win.history.pushState).not.toHaveBeenCalled();
  });
});

describe("serializeUrlState", () => {
  it("writes nothing for the default view", () => {
    expect(serializeUrlState(INITIAL_STATE)).toBe("");
  });

  it("keeps : and / readable in keys and writes a bound of 0", () => {
    expect(
      serializeUrlState({ selected: "section:ai-canon/x y", yearRange: { from: 0, to: 2020 }, showUndated: false }),
    ).toBe("?selected=section:ai-canon/x%20y&from=0&to=2020&undated=0");
  });

  it("round-trips through parseUrlState", () => {
    const url = { selected: "arxiv:1706.03762", yearRange: { from: 2018, to: null }, showUndated: false };
    expect(parseUrlState(serializeUrlState(url), known).state).toEqual(url);
  });
});

function fakeWindow(search = "") {
  const listeners = new Set<() => void>();
  const win = {
    location: { search, pathname: "/app/", hash: "" },
    history: {
      pushState: vi.fn(
        (_s: unknown, _t: string, url: string) => (win.location.search = new URL(url, "http://x").search),
      ),
      replaceState: vi.fn(
        (_s: unknown, _t: string, url: string) => (win.location.search = new URL(url, "http://x").search),
      ),
    },
    addEventListener: (_type: "popstate", listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: "popstate", listener: () => void) => listeners.delete(listener),
    back(search: string) {
      win.location.search = search;
      for (const l of listeners) l();
    },
  };
  return win satisfies UrlWindow;
}

describe("bindUrl", () => {
  it("pushes a history entry for a selection and replaces for a dragged range", () => {
    const store = createStore(INITIAL_STATE);
    const win = fakeWindow();
    bindUrl(store, win, { hasNode: known, onNotices: () => {} });
    store.dispatch(selectNode("arxiv:1706.03762"));
    expect(win.history.pushState).toHaveBeenCalledWith(null, "", "/app/?selected=arxiv:1706.03762");
    store.dispatch(setYearRange({ from: 2019, to: null }), { history: "replace" });
    expect(win.history.replaceState).toHaveBeenCalledWith(null, "", "/app/?selected=arxiv:1706.03762&from=2019");
  });

  it("leaves the URL alone for hover", () => {
    const store = createStore(INITIAL_STATE);
    const win = fakeWindow();
    bindUrl(store, win, { hasNode: known, onNotices: () => {} });
    store.dispatch(hoverNode("arxiv:1706.03762"));
    expect(win.history.pushState).not.toHaveBeenCalled();
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it("restores the state on Back without writing history, and reports bad links", () => {
    const store = createStore(INITIAL_STATE);
    const win = fakeWindow();
    const onNotices = vi.fn();
    bindUrl(store, win, { hasNode: known, onNotices });
    store.dispatch(selectNode("arxiv:1706.03762"));
    win.back("?from=2018&selected=nope");
    expect(store.get()).toMatchObject({ selected: null, yearRange: { from: 2018, to: null } });
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(onNotices).toHaveBeenCalledWith([expect.stringContaining('"nope"')]);
    // The ignored parameter does not stay in the address bar.
    expect(win.history.replaceState).toHaveBeenLastCalledWith(null, "", "/app/?from=2018");
  });

  it("stops listening when unbound", () => {
    const store = createStore(INITIAL_STATE);
    const win = fakeWindow();
    const unbind = bindUrl(store, win, { hasNode: known, onNotices: () => {} });
    unbind();
    store.dispatch(selectNode("arxiv:1706.03762"));
    win.back("?from=2018");
    expect(win.history.pushState).not.toHaveBeenCalled();
    expect(store.get().yearRange.from).toBeNull();
  });
});
