// How good the name inference is, measured against the citation files: for the papers whose
// reference lists the files hold, how many of their name and version links are real citations
// (precision), and how many of their citations to papers of the map the names found (recall).
// Pure, so the build report and the bench compute the same figures.
import type { CitationResolution } from "./citation-links";
import type { Lineage } from "./types";

export interface LineageQuality {
  /** Papers of the map whose reference lists the citation files hold. */
  citingPapers: number;
  /** Name and version links leaving those papers. */
  namedLinks: number;
  /** Of those, the ones the citation files confirm. */
  confirmed: number;
  /** Citations in the files from those papers to papers of the map. */
  citations: number;
  /** Of those, the ones a name or version link also found. */
  found: number;
  /** confirmed / namedLinks; null when there is no name link to judge. */
  precision: number | null;
  /** found / citations; null when the files hold no citation between papers of the map. */
  recall: number | null;
  /** Name links from those papers that the reference lists do not hold (wrong, or missed by the lists). */
  unconfirmed: Lineage[];
  /**
   * Of the name links, those the files could have confirmed: the cited paper is on arXiv (the files
   * name papers by arXiv ID) or some pair of the files names it. A link to a paper off arXiv (GPT-2)
   * is neither right nor wrong by this measure.
   */
  judgeable: number;
  /** confirmed / judgeable; null when no name link can be judged. */
  judgedPrecision: number | null;
}

const pairKey = (link: { from: string; to: string }) => `${link.from}\u0000${link.to}`;

function isNamed(link: Lineage): boolean {
  return link.evidence.some((e) => e.kind === "mentions" || e.kind === "version");
}

export function lineageQuality(lineage: Lineage[], truth: CitationResolution): LineageQuality {
  const citing = new Set([
    ...truth.lineage.map((l) => l.from),
    ...truth.offMap.flatMap((o) => (o.citingKey ? [o.citingKey] : [])),
  ]);
  const cited = new Set(truth.lineage.map(pairKey));
  const named = lineage.filter((l) => citing.has(l.from) && isNamed(l));
  const confirmed = named.filter((l) => cited.has(pairKey(l)));
  const namedPairs = new Set(lineage.filter(isNamed).map(pairKey));
  const found = truth.lineage.filter((l) => namedPairs.has(pairKey(l))).length;
  const citedPapers = new Set(truth.lineage.map((l) => l.to));
  const judgeable = named.filter((l) => l.to.startsWith("arxiv:") || citedPapers.has(l.to)).length;
  return {
    citingPapers: citing.size,
    namedLinks: named.length,
    confirmed: confirmed.length,
    citations: truth.lineage.length,
    found,
    precision: named.length ? confirmed.length / named.length : null,
    recall: truth.lineage.length ? found / truth.lineage.length : null,
    unconfirmed: named.filter((l) => !cited.has(pairKey(l))),
    judgeable,
    judgedPrecision: judgeable ? confirmed.length / judgeable : null,
  };
}

/** `75.0 %`, or `–` when there is nothing to measure. */
export function percent(value: number | null): string {
  return value === null ? "–" : `${(value * 100).toFixed(1)} %`;
}
