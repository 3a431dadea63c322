// The build report's *Suggested reading* section: the papers outside the lists that the lists cite
// most, each with the papers that cite it and the sections those sit in, so a curator sees what the
// lists may be missing and where it would belong. Without reference data it says how to get some.
import type { SuggestionsResult } from "./build";
import { escapeText } from "./report-text";
import type { Suggestion } from "./suggest";
import type { Paper } from "./types";

type Line = (text?: string) => void;

/** The online build that fills Semantic Scholar's reference lists into the cache. */
export const ONLINE_COMMAND = "npm run build:data -- --online";

function name(paper: Paper | undefined, fallback: string): string {
  if (!paper) return fallback;
  return escapeText(paper.names[0] ?? paper.textNames[0] ?? paper.title, 60);
}

function link(s: Suggestion): string {
  const title = escapeText(s.title, 120).replace(/[[\]]/g, "\\$&");
  if (s.arxivId) return `[${title}](https://arxiv.org/abs/${s.arxivId})`;
  if (s.doi) return `[${title}](https://doi.org/${s.doi})`;
  if (s.s2Id) return `[${title}](https://www.semanticscholar.org/paper/${s.s2Id})`;
  return title;
}

function sectionText(s: Suggestion): string {
  const names = s.sections.map((ref) => `${ref.list}: ${ref.path.join(" › ")}`);
  const shown = names.slice(0, 4).map((n) => escapeText(n, 80));
  return names.length > 4 ? `${shown.join("; ")} and ${names.length - 4} more` : shown.join("; ");
}

export function renderSuggestions(line: Line, result: SuggestionsResult, papers: Map<string, Paper>): void {
  const { suggestions, options } = result;
  line(`## Suggested reading (${suggestions.length})`);
  line();
  if (!result.hadReferences) {
    line(
      `No reference lists to read: suggestions (papers the lists cite but do not hold) need an online build, ` +
        `\`${ONLINE_COMMAND}\`, or citation files naming papers outside the lists.`,
    );
    line();
    return;
  }
  line(
    `Papers outside the lists cited by at least ${options.minCitedBy} papers of the lists (\`--min-cited-by\`), ` +
      `ranked by how many cite them, then by citation count; the top ${options.max} are kept (\`--max-suggestions\`). ` +
      `${result.eligible} papers qualify, ${result.below} more are cited by fewer` +
      `${result.listed ? `, ${result.listed} turned out to be papers of the lists (same title) and are left out` : ""}` +
      `${result.unidentified ? `; ${result.unidentified} references had no ID to count them by` : ""}.`,
  );
  line();
  const untitled = suggestions.filter((s) => !s.titled).length;
  if (untitled)
    line(`${untitled} suggestions are known only by their ID so far; \`${ONLINE_COMMAND}\` fetches their titles.`);
  if (untitled) line();
  for (const s of suggestions) {
    const year = s.year !== undefined ? ` (${s.year})` : "";
    const count = s.citationCount !== undefined ? `, ${s.citationCount.toLocaleString("en-US")} citations` : "";
    line(`${s.rank}. ${link(s)}${year} — cited by ${s.citedBy.length} papers of the lists${count}`);
    line(`   - cited by: ${s.citedBy.map((key) => name(papers.get(key), key)).join(", ")}`);
    line(`   - from: ${sectionText(s)}`);
  }
  line();
}
