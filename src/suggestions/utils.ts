// Pure helpers for suggestions (papers outside the lists that papers of the lists cite): the ranked
// rows of the Suggested reading view, a suggestion's links, and the markdown line a curator pastes
// into a list. No DOM here.
import type { GraphIndex, PaperGraph } from "../load";
import { type SectionRef, type SuggestionAttributes, arxivAbsUrl, isPaper, isSuggestion } from "../model";
import { markdownLine } from "../reading-order/markdown";

/** The command that fills the cache with the reference lists suggestions are made from. */
export const ONLINE_BUILD_COMMAND = "npm run build:data -- --online";

export interface SuggestionLink {
  label: string;
  url: string;
}

export interface CitingPaper {
  key: string;
  label: string;
  title: string;
  year?: number;
}

export interface SuggestionRow {
  key: string;
  rank: number;
  title: string;
  year?: number;
  citationCount?: number;
  citedBy: CitingPaper[];
  /** The distinct sections the citing papers are listed in, each once. */
  sections: SectionRef[];
  links: SuggestionLink[];
}

/** arXiv, DOI and Semantic Scholar pages of a suggestion, in that order, for what it has. */
export function suggestionLinks(attrs: SuggestionAttributes): SuggestionLink[] {
  return [
    ...(attrs.arxivId ? [{ label: "arXiv", url: arxivAbsUrl(attrs.arxivId) }] : []),
    ...(attrs.doi ? [{ label: "DOI", url: `https://doi.org/${attrs.doi}` }] : []),
    ...(attrs.s2Id ? [{ label: "Semantic Scholar", url: `https://www.semanticscholar.org/paper/${attrs.s2Id}` }] : []),
  ];
}

/**
 * One line in the lists' own shape, ready to paste into a list: `- [Title](https://arxiv.org/abs/ID) (2019)`.
 * The link is the arXiv abstract, else the DOI, else the Semantic Scholar page (as the reading order's).
 */
export function listEntry(graph: PaperGraph, key: string): string {
  return `- ${markdownLine(graph, key, 0).replace(/^0\. /, "")}`;
}

export function citingPapers(graph: PaperGraph, attrs: SuggestionAttributes): CitingPaper[] {
  return attrs.citedBy.flatMap((key) => {
    if (!graph.hasNode(key)) return [];
    const paper = graph.getNodeAttributes(key);
    if (!isPaper(paper)) return [];
    const ref: CitingPaper = { key, label: paper.shortName ?? paper.label, title: paper.title };
    if (paper.year !== undefined) ref.year = paper.year;
    return [ref];
  });
}

/** "cited by 7 papers of this list" (or "of these lists" when the map holds several). */
export function citedByText(count: number, lists: number): string {
  return `cited by ${count} paper${count === 1 ? "" : "s"} of ${lists > 1 ? "these lists" : "this list"}`;
}

/** Every suggestion, best first (by the build's rank). */
export function rankedSuggestions(graph: PaperGraph, index: GraphIndex): SuggestionRow[] {
  const rows: SuggestionRow[] = [];
  for (const key of index.suggestions) {
    const attrs = graph.getNodeAttributes(key);
    if (!isSuggestion(attrs)) continue;
    const row: SuggestionRow = {
      key,
      rank: attrs.rank,
      title: attrs.title,
      citedBy: citingPapers(graph, attrs),
      sections: attrs.sections,
      links: suggestionLinks(attrs),
    };
    if (attrs.year !== undefined) row.year = attrs.year;
    if (attrs.citationCount !== undefined) row.citationCount = attrs.citationCount;
    rows.push(row);
  }
  return rows.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1));
}
