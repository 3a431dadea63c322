import { describe, expect, it } from "vitest";

import {
  buildSectionTree,
  checkState,
  isHiddenBySections,
  liveSections,
  onlySection,
  toggleTarget,
} from "../../../src/sections";
import { syntheticGraph } from "../helpers-app";

const { graph, file } = syntheticGraph();
const tree = buildSectionTree(graph, file.header.topSections);

const LANDMARK = "section:ai-canon/Landmark research results";
const LLM = `${LANDMARK}/Large language models`;
const LLM_NEW = `${LLM}/New models`;
const LLM_IMPROVE = `${LLM}/Model improvements`;
const IMAGE = `${LANDMARK}/Image generation models`;
const AGENTS = `${LANDMARK}/Agents`;
const DEEP_DIVE = "section:ai-canon/Tech deep dive";
const REFERENCE = `${DEEP_DIVE}/Reference and commentary`;
const AGI = "section:agi-papers/AGI-Papers";
const BEFORE = "section:agi-papers/before 2023";

describe("buildSectionTree", () => {
  it("puts the top-level sections in the header's order", () => {
    expect(tree.roots).toEqual(file.header.topSections.map((t) => t.id));
    expect(tree.roots).toEqual([LANDMARK, DEEP_DIVE, AGI, BEFORE]);
  });

  it("lists sub-sections in list order, parents before children", () => {
    expect(tree.children(LANDMARK)).toEqual([LLM, IMAGE, AGENTS]);
    expect(tree.children(LLM)).toEqual([LLM_NEW, LLM_IMPROVE]);
    expect(tree.ordered.slice(0, 6)).toEqual([LANDMARK, LLM, LLM_NEW, LLM_IMPROVE, IMAGE, AGENTS]);
  });

  it("gives a section's subtree, parent and top-level ancestor", () => {
    expect(tree.subtree(LLM)).toEqual([LLM, LLM_NEW, LLM_IMPROVE]);
    expect(tree.subtree(AGENTS)).toEqual([AGENTS]);
    expect(tree.parent(LLM_NEW)).toBe(LLM);
    expect(tree.parent(LANDMARK)).toBeUndefined();
    expect(tree.root(LLM_NEW)).toBe(LANDMARK);
  });

  it("says null for the subtree of something that is not a section", () => {
    expect(tree.subtree("arxiv:1706.03762")).toBeNull();
    expect(tree.subtree("section:nope")).toBeNull();
    expect(tree.has(LLM)).toBe(true);
    expect(tree.has("section:nope")).toBe(false);
  });
});

describe("the section filter's rules", () => {
  const ref = (id: string) => ({ id, list: "l", path: [] });

  it("hides a paper only when every section it is listed in is off", () => {
    expect(isHiddenBySections([ref(REFERENCE), ref(BEFORE)], new Set([REFERENCE]))).toBe(false);
    expect(isHiddenBySections([ref(REFERENCE), ref(BEFORE)], new Set([REFERENCE, BEFORE]))).toBe(true);
    expect(isHiddenBySections([], new Set([REFERENCE]))).toBe(false);
    expect(isHiddenBySections([ref(REFERENCE)], new Set())).toBe(false);
  });

  it("shows a row as on, off or mixed from the sections under it", () => {
    expect(checkState(tree, new Set(), LANDMARK)).toBe("on");
    expect(checkState(tree, new Set(tree.subtree(LLM)), LLM)).toBe("off");
    expect(checkState(tree, new Set(tree.subtree(LLM)), LANDMARK)).toBe("mixed");
    expect(checkState(tree, new Set([LANDMARK]), LANDMARK)).toBe("mixed");
  });

  it("switches a whole subtree: on goes off, off and mixed come back on", () => {
    expect(toggleTarget(tree, new Set(), LLM)).toEqual({ ids: [LLM, LLM_NEW, LLM_IMPROVE], shown: false });
    expect(toggleTarget(tree, new Set([LLM, LLM_NEW, LLM_IMPROVE]), LLM).shown).toBe(true);
    expect(toggleTarget(tree, new Set([LLM_NEW]), LLM).shown).toBe(true);
  });

  it("shows only one section by switching off every section outside its subtree", () => {
    const off = onlySection(tree, LLM);
    expect(off).not.toContain(LLM);
    expect(off).not.toContain(LLM_NEW);
    expect(off).toContain(LANDMARK);
    expect(off).toContain(AGENTS);
    expect(off).toContain(AGI);
    expect(off.length).toBe(tree.ordered.length - 3);
  });

  it("keeps a hub alive through a listing in it or below it that is on", () => {
    const alive = liveSections(tree, [[ref(LLM_NEW)], [ref(REFERENCE), ref(BEFORE)]], new Set([BEFORE]));
    expect([...alive].sort()).toEqual([DEEP_DIVE, LANDMARK, LLM, LLM_NEW, REFERENCE].sort());
  });
});
