import { describe, expect, it, vi } from "vitest";

import {
  INITIAL_STATE,
  createStore,
  hoverNode,
  restoreUrlState,
  selectNode,
  setShowUndated,
  setYearRange,
} from "../../../src/state";

describe("actions", () => {
  it("selectNode sets the selection and returns the same state when it is unchanged", () => {
    const s = selectNode("arxiv:1706.03762")(INITIAL_STATE);
    expect(s.selected).toBe("arxiv:1706.03762");
    expect(selectNode("arxiv:1706.03762")(s)).toBe(s);
  });

  it("setYearRange keeps the state when the bounds are equal, even as a new object", () => {
    const s = setYearRange({ from: 2017, to: 2020 })(INITIAL_STATE);
    expect(s.yearRange).toEqual({ from: 2017, to: 2020 });
    expect(setYearRange({ from: 2017, to: 2020 })(s)).toBe(s);
  });

  it("setYearRange tells a bound of 0 from no bound", () => {
    const s = setYearRange({ from: 0, to: null })(INITIAL_STATE);
    expect(s).not.toBe(INITIAL_STATE);
    expect(s.yearRange.from).toBe(0);
  });

  it("restoreUrlState replaces selection and filters but keeps the hover", () => {
    const hovered = hoverNode("x")(INITIAL_STATE);
    const s = restoreUrlState({ selected: "y", yearRange: { from: 2019, to: null }, showUndated: false })(hovered);
    expect(s).toEqual({
      ...INITIAL_STATE,
      selected: "y",
      hovered: "x",
      yearRange: { from: 2019, to: null },
      showUndated: false,
    });
  });

  it("setShowUndated toggles the undated papers", () => {
    expect(setShowUndated(false)(INITIAL_STATE).showUndated).toBe(false);
    expect(setShowUndated(true)(INITIAL_STATE)).toBe(INITIAL_STATE);
  });
});

describe("createStore", () => {
  it("tells subscribers the new and previous state and how history should record it", () => {
    const store = createStore(INITIAL_STATE);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(selectNode("a"), { history: "replace" });
    expect(listener).toHaveBeenCalledWith({ ...INITIAL_STATE, selected: "a" }, INITIAL_STATE, { history: "replace" });
  });

  it("pushes history by default", () => {
    const store = createStore(INITIAL_STATE);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(selectNode("a"));
    expect(listener.mock.calls[0]?.[2]).toEqual({ history: "push" });
  });

  it("does not notify when an action changes nothing", () => {
    const store = createStore(INITIAL_STATE);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(selectNode(null));
    expect(listener).not.toHaveBeenCalled();
  });

  it("stops notifying after unsubscribe, without skipping other listeners", () => {
    const store = createStore(INITIAL_STATE);
    const second = vi.fn();
    const unsubscribe = store.subscribe(() => unsubscribe());
    store.subscribe(second);
    store.dispatch(selectNode("a"));
    store.dispatch(selectNode("b"));
    expect(second).toHaveBeenCalledTimes(2);
  });
});
