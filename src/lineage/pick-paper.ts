// "Find path to…": the typed name → a paper, as tolerantly as the search box reads it ("GPT-3",
// "bert (2018)", a full title, a small typo). An exact option of the list wins; otherwise the
// search engine's best paper, preferring the year typed in brackets when there is one.
import type { PaperGraph } from "../load";
import { isPaper } from "../model";
import type { SearchEngine } from "../search/engine";

/** Hits looked at for a paper of the right year before giving up on the year. */
const CANDIDATE_HITS = 20;
const TRAILING_YEAR = /\s*\((\d{4})\)\s*$/;

/** The paper a typed name means, or null; `exclude` is the path's other end. */
export function pickPaper(
  graph: PaperGraph,
  engine: SearchEngine,
  typed: string,
  exclude: string,
  exact?: ReadonlyMap<string, string>,
): string | null {
  const text = typed.trim();
  if (!text) return null;
  const listed = exact?.get(text);
  if (listed) return listed;
  const yearMatch = TRAILING_YEAR.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const query = yearMatch ? text.slice(0, yearMatch.index) : text;
  const papers = engine
    .search(query || text, CANDIDATE_HITS)
    .filter((hit) => hit.id !== exclude && graph.hasNode(hit.id) && isPaper(graph.getNodeAttributes(hit.id)))
    .map((hit) => hit.id);
  if (year !== undefined) {
    const sameYear = papers.find((key) => {
      const attrs = graph.getNodeAttributes(key);
      return isPaper(attrs) && attrs.year === year;
    });
    if (sameYear) return sameYear;
  }
  return papers[0] ?? null;
}
