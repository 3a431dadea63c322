import { describe, expect, it } from "vitest";

import {
  cancelPathPicking,
  clearHighlight,
  clickNode,
  clickStage,
  showLineage,
  showPath,
  startPathPicking,
} from "../../../src/lineage/actions";
import { INITIAL_STATE, parseUrlState, restoreUrlState, serializeUrlState } from "../../../src/state";
import { state } from "../helpers-app";

const PAPERS = new Set(["arxiv:1706.03762", "arxiv:2303.08774", "arxiv:2005.14165"]);
const isPaper = (key: string) => PAPERS.has(key);
const hasNode = (key: string) => isPaper(key) || key === "section:ai-canon/x";
const click = (key: string, shiftKey = false) => clickNode(key, { shiftKey, isPaper });

describe("lineage actions", () => {
  it("show a lineage, and a path, one at a time", () => {
    const withLineage = showLineage("A")(INITIAL_STATE);
    expect(withLineage).toMatchObject({ lineage: "A", path: null });
    const withPath = showPath("A", "B")(withLineage);
    expect(withPath).toMatchObject({ lineage: null, path: { from: "A", to: "B" } });
    expect(showLineage("B")(withPath)).toMatchObject({ lineage: "B", path: null });
  });

  it("return the same state when nothing changes, so no history entry is made", () => {
    const s = showPath("A", "B")(INITIAL_STATE);
    expect(showPath("A", "B")(s)).toBe(s);
    expect(showLineage(null)(INITIAL_STATE)).toBe(INITIAL_STATE);
    expect(cancelPathPicking()(INITIAL_STATE)).toBe(INITIAL_STATE);
    expect(clearHighlight()(INITIAL_STATE)).toBe(INITIAL_STATE);
  });

  it("make no path from a paper to itself", () => {
    const picking = startPathPicking("A")(INITIAL_STATE);
    expect(showPath("A", "A")(picking)).toEqual(INITIAL_STATE);
  });

  it("clear everything the map highlights at once", () => {
    const s = startPathPicking("B")(showLineage("A")(INITIAL_STATE));
    expect(clearHighlight()(s)).toEqual(INITIAL_STATE);
  });
});

describe("clicks", () => {
  const selected = state({ selected: "arxiv:1706.03762" });

  it("select what is clicked", () => {
    expect(click("arxiv:2303.08774")(selected).selected).toBe("arxiv:2303.08774");
  });

  it("while picking, make the clicked paper the path's other end and keep the selection", () => {
    const picking = startPathPicking("arxiv:1706.03762")(selected);
    expect(click("arxiv:2303.08774")(picking)).toEqual({
      ...selected,
      path: { from: "arxiv:1706.03762", to: "arxiv:2303.08774" },
    });
  });

  it("while picking, ignore a section and the paper the path starts from", () => {
    const picking = startPathPicking("arxiv:1706.03762")(selected);
    expect(click("section:ai-canon/x")(picking)).toBe(picking);
    expect(click("arxiv:1706.03762")(picking)).toBe(picking);
  });

  it("make a path from the selected paper on shift-click", () => {
    expect(click("arxiv:2005.14165", true)(selected).path).toEqual({
      from: "arxiv:1706.03762",
      to: "arxiv:2005.14165",
    });
    expect(click("arxiv:2005.14165", true)(INITIAL_STATE).selected).toBe("arxiv:2005.14165");
  });

  it("on the empty map, end a pick in progress before closing the selection", () => {
    const picking = startPathPicking("arxiv:1706.03762")(selected);
    expect(clickStage()(picking)).toEqual(selected);
    expect(clickStage()(selected).selected).toBeNull();
  });
});

describe("lineage in the URL", () => {
  it("reads a lineage and a path between papers on the map", () => {
    expect(parseUrlState("?selected=arxiv:2303.08774&lineage=arxiv:2303.08774", hasNode, isPaper).state).toEqual({
      selected: "arxiv:2303.08774",
      yearRange: { from: null, to: null },
      showUndated: true,
      lineage: "arxiv:2303.08774",
    });
    expect(parseUrlState("?pathfrom=arxiv:2303.08774&pathto=arxiv:1706.03762", hasNode, isPaper).state.path).toEqual({
      from: "arxiv:2303.08774",
      to: "arxiv:1706.03762",
    });
  });

  it("drops what is not a paper on the map, with a notice", () => {
    const parsed = parseUrlState("?lineage=section:ai-canon/x&pathfrom=arxiv:2303.08774&pathto=nope", hasNode, isPaper);
    expect(parsed.state).not.toHaveProperty("lineage");
    expect(parsed.state).not.toHaveProperty("path");
    expect(parsed.notices).toEqual([
      'The link asks for the lineage of "section:ai-canon/x", which is not a paper on this map.',
      'The link\'s path names "nope", not a paper on this map; no path is shown.',
    ]);
  });

  it("needs both ends of a path, and two different ones", () => {
    expect(parseUrlState("?pathfrom=arxiv:2303.08774", hasNode, isPaper).notices).toEqual([
      "The link's path names only one paper (it needs pathfrom and pathto); no path is shown.",
    ]);
    expect(parseUrlState("?pathfrom=arxiv:2303.08774&pathto=arxiv:2303.08774", hasNode, isPaper).notices).toEqual([
      "The link's path starts and ends at the same paper; no path is shown.",
    ]);
  });

  it("keeps the path when a link asks for a lineage too", () => {
    const parsed = parseUrlState(
      "?lineage=arxiv:2005.14165&pathfrom=arxiv:2303.08774&pathto=arxiv:1706.03762",
      hasNode,
      isPaper,
    );
    expect(parsed.state).toMatchObject({ path: { from: "arxiv:2303.08774", to: "arxiv:1706.03762" } });
    expect(parsed.state).not.toHaveProperty("lineage");
    expect(parsed.notices).toEqual(["The link asks for a lineage and a path at once; the path is shown."]);
  });

  it("writes them after the other parameters and reads them back", () => {
    const s = showPath("arxiv:2303.08774", "arxiv:1706.03762")(state({ selected: "arxiv:2303.08774" }));
    const search = serializeUrlState(s);
    expect(search).toBe("?selected=arxiv:2303.08774&pathfrom=arxiv:2303.08774&pathto=arxiv:1706.03762");
    expect(restoreUrlState(parseUrlState(search, hasNode, isPaper).state)(INITIAL_STATE)).toEqual(s);
    expect(serializeUrlState(showLineage("arxiv:2303.08774")(INITIAL_STATE))).toBe("?lineage=arxiv:2303.08774");
  });

  it("ends a pick in progress on Back/Forward", () => {
    const picking = startPathPicking("arxiv:2303.08774")(state({ selected: "arxiv:2303.08774" }));
    const restored = restoreUrlState({ selected: "arxiv:2303.08774", yearRange: picking.yearRange, showUndated: true })(
      picking,
    );
    expect(restored.pickingPathFrom).toBeNull();
  });
});
