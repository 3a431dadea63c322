// Pure rules of the link-kind filter. A lineage link can rest on several kinds of evidence; it is
// drawn while any of its kinds is shown. "Influential only" keeps a citation only where Semantic
// Scholar marked it influential; other kinds of the same link are unaffected.
import type { PaperGraph } from "../load";
import { LINEAGE_KINDS, type LineageEdgeAttributes, type LineageKind } from "../model";

/** How the legend names each kind, in words a reader of the map uses. */
export const LINK_KIND_LABELS: Record<LineageKind, string> = {
  mentions: "Named in the text",
  version: "Later version",
  cites: "Cites",
};

export const LINK_KIND_DESCRIPTIONS: Record<LineageKind, string> = {
  mentions: "Its title or summary names the other paper",
  version: "It is a later version of the other paper (Llama 2 → LLaMA)",
  cites: "The citing paper's reference list holds the other: a citation file or an online source",
};

export function isLinkShown(
  link: Pick<LineageEdgeAttributes, "kinds" | "evidence" | "influential">,
  hiddenKinds: ReadonlySet<LineageKind>,
  influentialOnly: boolean,
): boolean {
  return link.kinds.some((kind) => {
    if (hiddenKinds.has(kind)) return false;
    if (kind !== "cites" || !influentialOnly) return true;
    return link.evidence.some((e) => e.kind === "cites" && e.influential === true);
  });
}

export interface LinkKindCensus {
  /** Lineage links with each kind (a link with two kinds counts for both). */
  counts: Map<LineageKind, number>;
  /** Citations Semantic Scholar marks influential. */
  influential: number;
}

/** Which kinds the graph has, so the legend offers a toggle only for those. */
export function linkKindCensus(graph: PaperGraph): LinkKindCensus {
  const counts = new Map<LineageKind, number>();
  let influential = 0;
  graph.forEachEdge((_edge, attrs) => {
    if (attrs.kind !== "lineage") return;
    for (const kind of attrs.kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (attrs.evidence.some((e) => e.kind === "cites" && e.influential === true)) influential++;
  });
  return {
    counts: new Map(LINEAGE_KINDS.filter((k) => counts.has(k)).map((k) => [k, counts.get(k) ?? 0])),
    influential,
  };
}
