import { describe, expect, it } from "vitest";

import { hiddenNote, revealAction } from "../../../src/filters/hidden";
import { computeVisibility } from "../../../src/filters/visibility";
import { buildSectionTree } from "../../../src/sections";
import { state, syntheticGraph } from "../helpers-app";

const { graph, index, file } = syntheticGraph();
const tree = buildSectionTree(graph, file.header.topSections);
const TRANSFORMER = "arxiv:1706.03762"; // 2017, in Reference and commentary and in before 2023
const REFERENCE = "section:ai-canon/Tech deep dive/Reference and commentary";
const BEFORE = "section:agi-papers/before 2023";

describe("hiddenNote", () => {
  it("names the year filter and its range", () => {
    expect(hiddenNote(graph, TRANSFORMER, state({ yearRange: { from: 2020, to: null } }))).toBe(
      "Hidden on the map by the year filter (from 2020).",
    );
  });

  it("names the section filter, and both filters when both hide the paper", () => {
    const off = { hiddenSections: [REFERENCE, BEFORE] };
    expect(hiddenNote(graph, TRANSFORMER, state(off))).toBe(
      "Hidden on the map by the section filter (every section it is listed in is switched off).",
    );
    expect(hiddenNote(graph, TRANSFORMER, state({ ...off, yearRange: { from: 2020, to: 2021 } }))).toBe(
      "Hidden on the map by the year filter (2020–2021) and the section filter (every section it is listed in is switched off).",
    );
  });

  it("says when a section is switched off", () => {
    expect(hiddenNote(graph, BEFORE, state({ hiddenSections: [BEFORE] }))).toBe(
      "This section is switched off in the legend.",
    );
  });
});

describe("revealAction", () => {
  it("is null when the filters do not hide the node", () => {
    expect(revealAction(graph, index, tree, TRANSFORMER, state())).toBeNull();
    expect(revealAction(graph, index, tree, "nope", state())).toBeNull();
  });

  it("shows a hidden paper by widening the years and switching one of its sections on", () => {
    const s = state({ yearRange: { from: 2020, to: 2021 }, hiddenSections: [REFERENCE, BEFORE] });
    const next = revealAction(graph, index, tree, TRANSFORMER, s)!(s);
    expect(next.yearRange).toEqual({ from: 2017, to: 2021 });
    expect(next.hiddenSections).toHaveLength(1);
    expect(computeVisibility(graph, index, next, tree).hidden.has(TRANSFORMER)).toBe(false);
  });

  it("switches a hidden section and everything under it back on", () => {
    const s = state({ hiddenSections: [...tree.subtree("section:ai-canon/Tech deep dive")!] });
    const next = revealAction(graph, index, tree, "section:ai-canon/Tech deep dive", s)!(s);
    expect(next.hiddenSections).toEqual([]);
  });
});

describe("a paper the year playback has not reached", () => {
  const playing = state({ playhead: 2016 * 12 + 5, playing: true }); // June 2016; the Transformer is June 2017

  it("is hidden by the playback, which the note names with its month", () => {
    expect(computeVisibility(graph, index, playing, tree).hidden.has(TRANSFORMER)).toBe(true);
    expect(hiddenNote(graph, TRANSFORMER, playing)).toBe(
      "Hidden on the map by the year playback (up to June 2016: it comes later).",
    );
  });

  it("is shown by ending the playback", () => {
    const shown = revealAction(graph, index, tree, TRANSFORMER, playing)!(playing);
    expect(shown.playhead).toBeNull();
    expect(shown.playing).toBe(false);
    expect(computeVisibility(graph, index, shown, tree).hidden.has(TRANSFORMER)).toBe(false);
  });
});
