import { describe, expect, it } from "vitest";

import { LINK_LOOKS, linkLookKind } from "../../../src/link-kinds/looks";
import { isLinkShown, linkKindCensus } from "../../../src/link-kinds/utils";
import type { LineageEvidence, LineageKind } from "../../../src/model";
import { syntheticGraph, syntheticOnlineGraph } from "../helpers-app";

function link(kinds: LineageKind[], influentialCite = false) {
  const evidence: LineageEvidence[] = kinds.map((kind) =>
    kind === "cites" ? { kind, text: "", source: "", influential: influentialCite } : { kind, text: "", source: "" },
  );
  return { kinds, evidence, influential: influentialCite };
}

describe("isLinkShown", () => {
  it("shows a link while any of its kinds is shown", () => {
    expect(isLinkShown(link(["mentions", "cites"]), new Set(["mentions"]), false)).toBe(true);
    expect(isLinkShown(link(["mentions", "cites"]), new Set(["mentions", "cites"]), false)).toBe(false);
    expect(isLinkShown(link(["version"]), new Set(), false)).toBe(true);
  });

  it("keeps only influential citations when asked, leaving other kinds alone", () => {
    expect(isLinkShown(link(["cites"], false), new Set(), true)).toBe(false);
    expect(isLinkShown(link(["cites"], true), new Set(), true)).toBe(true);
    expect(isLinkShown(link(["mentions", "cites"], false), new Set(), true)).toBe(true);
    expect(isLinkShown(link(["mentions", "cites"], false), new Set(["mentions"]), true)).toBe(false);
  });
});

describe("isLinkShown: citations of a later paper", () => {
  it("hides a citation of a later paper when `later` is off, and nothing else", () => {
    const later = { ...link(["cites"]), backwards: true as const };
    expect(isLinkShown(later, new Set(), false)).toBe(true);
    expect(isLinkShown(later, new Set(["later"]), false)).toBe(false);
    expect(isLinkShown(link(["cites"]), new Set(["later"]), false)).toBe(true);
  });
});

describe("linkLookKind", () => {
  it("draws a citation of a later paper as such, then a later version, then influential, cited and named links", () => {
    expect(linkLookKind({ kinds: ["cites"], influential: false, backwards: true })).toBe("later");
    expect(linkLookKind({ kinds: ["version", "mentions"], influential: false })).toBe("version");
    expect(linkLookKind({ kinds: ["mentions", "cites"], influential: true })).toBe("influential");
    expect(linkLookKind({ kinds: ["mentions", "cites"], influential: false })).toBe("cites");
    expect(linkLookKind({ kinds: ["mentions"], influential: false })).toBe("mentions");
  });

  it("gives every kind its own colour", () => {
    const colors = Object.values(LINK_LOOKS).map((l) => l.color);
    expect(new Set(colors).size).toBe(colors.length);
  });
});

describe("linkKindCensus", () => {
  it("finds only the kinds the offline graph has", () => {
    const census = linkKindCensus(syntheticGraph().graph);
    expect([...census.counts.keys()]).toEqual(["version", "mentions"]);
    expect(census.influential).toBe(0);
  });

  it("counts citations and influential ones after an online build, a two-kind link for both kinds", () => {
    const census = linkKindCensus(syntheticOnlineGraph().graph);
    expect([...census.counts.keys()]).toEqual(["version", "mentions", "cites"]);
    expect(census.counts.get("cites")).toBe(5);
    expect(census.influential).toBe(3);
  });
});
