import type { CitationsResult, SuggestionsResult } from "./build";
import { renderBackwards, renderCitations, renderQuality } from "./report-citations";
import { renderSuggestions } from "./report-suggestions";
import { escapeText } from "./report-text";
import type { Ambiguity, Issue, Lineage, Paper, ParsedList, ResolvedEntry } from "./types";

// Stage 8b, report: what the build found, for the curator — counts per list, every unresolved
// or ambiguous entry with the reason, titles matched across lists, and each lineage edge with
// its evidence. Markdown for people; list text is escaped so it cannot become markup.
export { escapeText } from "./report-text";

export interface ListCounts {
  list: string;
  file: string;
  entries: number;
  papers: number;
  resources: number;
  byUrl: number;
  byTitle: number;
  /** Found by an online title search (Semantic Scholar or arXiv). */
  bySearch: number;
  hosted: number;
  unresolved: number;
  /** Entries merged into a paper listed earlier in the same list. */
  duplicates: number;
  /** Entries merged into a paper an earlier list already has. */
  shared: number;
}

export interface ReportInput {
  lists: ParsedList[];
  counts: ListCounts[];
  resolved: ResolvedEntry[];
  ambiguities: Ambiguity[];
  papers: Paper[];
  lineage: Lineage[];
  ambiguousNames: Map<string, Paper[]>;
  sections: number;
  citations: CitationsResult;
  suggestions: SuggestionsResult;
  /** Per-paper problems from online sources, when the build went online. */
  enrichment?: { sources: string[]; failures: Issue[]; notes: string[] };
}

export function countList(list: ParsedList, resolved: ResolvedEntry[], duplicates: number, shared: number): ListCounts {
  const mine = resolved.filter((r) => r.entry.list === list.list);
  const by = (how: string) => mine.filter((r) => r.resolution.kind === "paper" && r.resolution.by === how).length;
  return {
    list: list.list,
    file: list.file,
    entries: mine.length,
    papers: mine.filter((r) => r.resolution.kind === "paper").length,
    resources: mine.filter((r) => r.resolution.kind === "resource").length,
    byUrl: by("url"),
    byTitle: mine.filter((r) => r.resolution.kind === "paper" && r.resolution.by === "title" && r.resolution.arxivId)
      .length,
    bySearch: mine.filter((r) => r.resolution.kind === "paper" && r.resolution.by === "search" && r.resolution.arxivId)
      .length,
    hosted: mine.filter((r) => r.resolution.kind === "paper" && !r.resolution.arxivId).length,
    unresolved: mine.filter((r) => r.resolution.kind === "unresolved").length,
    duplicates,
    shared,
  };
}

function at(entry: { file: string; line: number }): string {
  return `\`${entry.file}:${entry.line}\``;
}

function paperName(paper: Paper | undefined): string {
  if (!paper) return "?";
  const name = paper.names[0] ?? paper.textNames[0];
  return escapeText(name ? `${name} (${paper.title})` : paper.title, 90);
}

export function renderReport(input: ReportInput): string {
  const out: string[] = [];
  const line = (text = "") => out.push(text);
  const papers = new Map(input.papers.map((p) => [p.key, p]));

  line("# Build report");
  line();
  line("## Lists");
  line();
  line(
    "| list | entries | papers | resources | arXiv by URL | arXiv by title | arXiv by search | papers off arXiv | unresolved | duplicates merged | also in an earlier list |",
  );
  line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const c of input.counts)
    line(
      `| ${c.file} | ${c.entries} | ${c.papers} | ${c.resources} | ${c.byUrl} | ${c.byTitle} | ${c.bySearch} | ${c.hosted} | ${c.unresolved} | ${c.duplicates} | ${c.shared} |`,
    );
  line();
  line(
    "Papers are entries that resolve to an arXiv ID or link a paper hosted elsewhere; resources are posts, courses, " +
      "videos, repositories and news. A paper listed twice is one node: *duplicates merged* are repeats within a list, " +
      "*also in an earlier list* are papers an earlier list already has.",
  );
  line();
  const withId = input.papers.filter((p) => p.arxivId).length;
  const undated = input.papers.filter((p) => p.year === undefined).length;
  const kinds = (kind: string) => input.lineage.filter((l) => l.evidence.some((e) => e.kind === kind)).length;
  line("## Graph");
  line();
  line(
    `- ${input.papers.length} papers (${withId} with an arXiv ID, ${input.papers.length - withId} without; ${undated} undated)`,
  );
  line(`- ${input.sections} section nodes`);
  const linked = new Set(input.lineage.flatMap((l) => [l.from, l.to])).size;
  const backwards = input.lineage.filter((l) => l.backwards).length;
  line(
    `- ${input.lineage.length} lineage edges: ${kinds("version")} later versions, ${kinds("mentions")} by name, ${kinds("cites")} citations (${backwards} of a later paper)`,
  );
  line(`- ${linked} papers with a lineage link, ${input.papers.length - linked} without`);
  if (input.enrichment) line(`- online sources: ${input.enrichment.sources.join(", ") || "none"}`);
  line();

  const issues = input.lists.flatMap((l) => l.issues);
  line(`## Problems in the lists (${issues.length})`);
  line();
  for (const issue of issues)
    line(`- ${issue.line ? at(issue) : `\`${issue.file}\``}: ${escapeText(issue.message, 200)}`);
  line();

  const unresolved = input.resolved.filter((r) => r.resolution.kind === "unresolved");
  line(`## Unresolved entries (${unresolved.length})`);
  line();
  for (const r of unresolved)
    line(
      `- ${at(r.entry)} "${escapeText(r.entry.title)}": ${r.resolution.kind === "unresolved" ? r.resolution.reason : ""}`,
    );
  line();

  line(`## Ambiguous (${input.ambiguities.length + input.ambiguousNames.size})`);
  line();
  for (const a of input.ambiguities)
    line(
      `- ${at(a.entry)} "${escapeText(a.entry.title)}" matches several arXiv papers: ${a.candidates.join(", ")}; not resolved by title`,
    );
  for (const [name, owners] of input.ambiguousNames)
    line(
      `- the name "${escapeText(name)}" belongs to ${owners.map((p) => p.arxivId ?? p.key).join(", ")}; it makes no lineage edges`,
    );
  line();

  const byTitle = input.resolved.filter((r) => r.resolution.kind === "paper" && r.resolution.by === "title");
  line(`## Resolved by title (${byTitle.length})`);
  line();
  for (const r of byTitle) {
    if (r.resolution.kind !== "paper") continue;
    const target = r.resolution.arxivId ? `arXiv ${r.resolution.arxivId}` : "the same paper listed elsewhere";
    const matched = r.resolution.matchedTitle ? ` ("${escapeText(r.resolution.matchedTitle)}")` : "";
    line(`- ${at(r.entry)} "${escapeText(r.entry.title)}" → ${target}${matched}`);
  }
  line();

  const offArxiv = input.papers.filter((p) => !p.arxivId);
  line(`## Papers without an arXiv ID (${offArxiv.length})`);
  line();
  for (const p of offArxiv)
    line(
      `- "${escapeText(p.title)}" ${p.year ? `(${p.year})` : "(undated)"} — ${p.origins.map((o) => `\`${o}\``).join(", ")}`,
    );
  line();

  const notes = input.papers.filter((p) => p.dateNotes.length > 0);
  line(`## Dates the lists disagree on (${notes.length})`);
  line();
  for (const p of notes)
    for (const note of p.dateNotes) line(`- ${p.arxivId ?? p.key} "${escapeText(p.title, 80)}": ${escapeText(note)}`);
  line();

  renderCitations(line, input.citations, papers);
  renderBackwards(line, input.lineage, papers);
  renderQuality(line, input.lineage, input.citations, papers);
  renderSuggestions(line, input.suggestions, papers);

  line(`## Lineage (${input.lineage.length})`);
  line();
  for (const l of input.lineage) {
    const verb = l.backwards ? "cites a later paper," : "builds on";
    line(`- **${paperName(papers.get(l.from))}** ${verb} **${paperName(papers.get(l.to))}**`);
    for (const e of l.evidence) line(`  - ${e.kind}: ${escapeText(e.text, 200)} (${escapeText(e.source, 80)})`);
  }
  line();

  if (input.enrichment) {
    line(`## Online enrichment problems (${input.enrichment.failures.length})`);
    line();
    // One line per distinct problem: an unreachable host otherwise repeats for every paper.
    const byMessage = new Map<string, string[]>();
    for (const f of input.enrichment.failures) byMessage.set(f.message, [...(byMessage.get(f.message) ?? []), f.file]);
    for (const [message, places] of byMessage) {
      if (places.length === 1) {
        line(`- ${escapeText(places[0]!, 80)}: ${escapeText(message, 240)}`);
        continue;
      }
      const where =
        places.length > 8 ? `${places.slice(0, 8).join(", ")} and ${places.length - 8} more` : places.join(", ");
      line(`- ${escapeText(message, 240)} — ${places.length} papers: ${escapeText(where, 600)}`);
    }
    line();
    line(`## Online enrichment notes (${input.enrichment.notes.length})`);
    line();
    for (const note of input.enrichment.notes) line(`- ${escapeText(note, 240)}`);
    line();
  }

  const resources = input.resolved.filter((r) => r.resolution.kind === "resource");
  line(`## Resources: posts, courses, videos, repositories, news (${resources.length})`);
  line();
  for (const r of resources) {
    const kind = r.resolution.kind === "resource" ? r.resolution.resourceKind : "";
    line(`- ${at(r.entry)} [${kind}] "${escapeText(r.entry.title)}" — ${escapeText(r.entry.url ?? "", 120)}`);
  }
  line();
  return out.join("\n");
}
