// How each kind of lineage link is drawn, one look a link: its colour and width on the map and its
// swatch in the legend come from here, so the two always agree. Only colour and width (the arrow
// program is shared), so the looks compose with any edge program that reads `color` and `size`.
import type { LineageEdgeAttributes } from "../model";

/** The kinds a reader tells apart on the map, strongest first: a link shows the first that applies. */
export type LinkLookKind = "later" | "version" | "influential" | "cites" | "mentions";

export interface LinkLook {
  kind: LinkLookKind;
  label: string;
  description: string;
  color: string;
  /** The colour while a paper is selected and this link is one of its own: the same hue, opaque, so kinds stay apart. */
  focusColor: string;
  size: number;
}

export const LINK_LOOKS: Record<LinkLookKind, LinkLook> = {
  later: {
    kind: "later",
    label: "Cites a later paper",
    description: "A revised version's reference list cites a paper that came out after it: shown, not lineage",
    color: "rgba(213, 94, 0, 0.55)",
    focusColor: "rgb(213, 94, 0)",
    size: 1.2,
  },
  version: {
    kind: "version",
    label: "Later version",
    description: "It is a later version of the other paper (Llama 2 → LLaMA)",
    color: "rgba(136, 34, 85, 0.8)",
    focusColor: "rgb(136, 34, 85)",
    size: 2.2,
  },
  influential: {
    kind: "influential",
    label: "Influential citation",
    description: "Semantic Scholar marks the citation influential: the citing paper builds on the cited one",
    color: "rgba(0, 62, 120, 0.9)",
    focusColor: "rgb(0, 62, 120)",
    size: 2.8,
  },
  cites: {
    kind: "cites",
    label: "Cited",
    description: "The citing paper's reference list holds the other: a citation file or an online source",
    color: "rgba(0, 114, 178, 0.6)",
    focusColor: "rgb(0, 114, 178)",
    size: 1.6,
  },
  mentions: {
    kind: "mentions",
    label: "Named in the text",
    description: "Its title or summary names the other paper; no reference list confirms it",
    color: "rgba(110, 118, 130, 0.55)",
    focusColor: "rgb(95, 102, 114)",
    size: 1.2,
  },
};

export const LINK_LOOK_ORDER: readonly LinkLookKind[] = ["cites", "influential", "mentions", "version", "later"];

/** The look of one link: a citation of a later paper above all, then a later version, then citations, then names. */
export function linkLookKind(link: Pick<LineageEdgeAttributes, "kinds" | "influential" | "backwards">): LinkLookKind {
  if (link.backwards) return "later";
  if (link.kinds.includes("version")) return "version";
  if (link.kinds.includes("cites")) return link.influential ? "influential" : "cites";
  return "mentions";
}
