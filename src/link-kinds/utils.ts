// Pure rules of the link-kind filter. A lineage link can rest on several kinds of evidence; it is
// drawn while any of its kinds is shown. "Influential only" keeps a citation only where Semantic
// Scholar marked it influential; other kinds of the same link are unaffected.
import type { PaperGraph } from "../load";
import { LINEAGE_KINDS, type LineageEdgeAttributes, type LineageKind } from "../model";
import { LINK_LOOKS } from "./looks";

/** What the filter switches: a kind of evidence, or `later`, the citations of a later paper. */
export type LinkFilterKind = LineageKind | "later";

export const LINK_FILTER_KINDS: readonly LinkFilterKind[] = [...LINEAGE_KINDS, "later"];

/** How the legend names each kind, in words a reader of the map uses (the looks' own labels). */
export const LINK_KIND_LABELS: Record<LinkFilterKind, string> = {
  mentions: LINK_LOOKS.mentions.label,
  version: LINK_LOOKS.version.label,
  cites: LINK_LOOKS.cites.label,
  later: LINK_LOOKS.later.label,
};

export const LINK_KIND_DESCRIPTIONS: Record<LinkFilterKind, string> = {
  mentions: LINK_LOOKS.mentions.description,
  version: LINK_LOOKS.version.description,
  cites: LINK_LOOKS.cites.description,
  later: LINK_LOOKS.later.description,
};

export function isLinkShown(
  link: Pick<LineageEdgeAttributes, "kinds" | "evidence" | "influential" | "backwards">,
  hiddenKinds: ReadonlySet<LinkFilterKind>,
  influentialOnly: boolean,
): boolean {
  if (link.backwards && hiddenKinds.has("later")) return false;
  return link.kinds.some((kind) => {
    if (hiddenKinds.has(kind)) return false;
    if (kind !== "cites" || !influentialOnly) return true;
    return link.evidence.some((e) => e.kind === "cites" && e.influential === true);
  });
}

/**
 * Links with the same key get the same answer from isLinkShown under every filter: the map sorts
 * links into classes by it and evaluates isLinkShown once per class (../filters/table.ts). Whatever
 * isLinkShown reads of a link, this key must capture.
 */
export function linkClassKey(link: Pick<LineageEdgeAttributes, "kinds" | "evidence" | "backwards">): string {
  const influentialCitation = link.evidence.some((e) => e.kind === "cites" && e.influential === true);
  return `${link.kinds.join(",")}|${influentialCitation ? "influential" : ""}|${link.backwards ? "later" : ""}`;
}

export interface LinkKindCensus {
  /** Lineage links with each kind (a link with two kinds counts for both). */
  counts: Map<LinkFilterKind, number>;
  /** Citations Semantic Scholar marks influential. */
  influential: number;
}

/** Which kinds the graph has, so the legend offers a toggle only for those. */
export function linkKindCensus(graph: PaperGraph): LinkKindCensus {
  const counts = new Map<LinkFilterKind, number>();
  let influential = 0;
  graph.forEachEdge((_edge, attrs) => {
    if (attrs.kind !== "lineage") return;
    for (const kind of attrs.kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (attrs.backwards) counts.set("later", (counts.get("later") ?? 0) + 1);
    if (attrs.evidence.some((e) => e.kind === "cites" && e.influential === true)) influential++;
  });
  return {
    counts: new Map(LINK_FILTER_KINDS.filter((k) => counts.has(k)).map((k) => [k, counts.get(k) ?? 0])),
    influential,
  };
}
