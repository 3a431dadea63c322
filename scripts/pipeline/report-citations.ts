// The build report's sections on citations: what each citation file gave (every row accounted
// for: drawn, naming a paper outside the map, or malformed), the citations of a later paper, and
// how well the name links agree with the reference lists (./quality.ts).
import type { CitationsResult } from "./build";
import type { PaperRef } from "./citation-file";
import { lineageQuality, percent } from "./quality";
import { escapeText } from "./report-text";
import type { Lineage, Paper } from "./types";

type Line = (text?: string) => void;

function refText(ref: PaperRef): string {
  return ref.kind === "arxiv" ? `arXiv ${ref.id}` : ref.kind === "doi" ? `DOI ${ref.doi}` : ref.key;
}

function dateText(paper: Paper | undefined): string {
  if (paper?.year === undefined) return "undated";
  return paper.month ? `${paper.year}-${String(paper.month).padStart(2, "0")}` : `${paper.year}`;
}

function name(paper: Paper | undefined, fallback: string): string {
  if (!paper) return fallback;
  return escapeText(paper.names[0] ?? paper.textNames[0] ?? paper.title, 70);
}

export function renderCitations(line: Line, citations: CitationsResult, papers: Map<string, Paper>): void {
  const { files, resolution } = citations;
  const rows = files.reduce((n, f) => n + f.pairs.length + f.issues.length, 0);
  line(`## Citation files (${files.length})`);
  line();
  if (files.length === 0) {
    line("No citation files were read (see `--citations DIR` in the README).");
    line();
    return;
  }
  line("| file | pairs read | between papers of the map | naming a paper not on the map | malformed rows |");
  line("|---|---:|---:|---:|---:|");
  for (const f of files) {
    const drawn = resolution.drawn.filter((p) => p.file === f.file).length;
    const off = resolution.offMap.filter((o) => o.pair.file === f.file).length;
    line(`| ${escapeText(f.file, 80)} | ${f.pairs.length} | ${drawn} | ${off} | ${f.issues.length} |`);
  }
  line();
  line(
    `${rows} rows: ${resolution.drawn.length} drawn as \`cites\` links (${resolution.lineage.length} pairs of papers), ` +
      `${resolution.offMap.length} naming a paper not on the map, ${rows - resolution.drawn.length - resolution.offMap.length} malformed.`,
  );
  line();
  const issues = files.flatMap((f) => f.issues);
  if (issues.length) {
    line(`### Malformed rows (${issues.length})`);
    line();
    for (const issue of issues) line(`- \`${issue.file}:${issue.line}\`: ${escapeText(issue.message, 200)}`);
    line();
  }
  if (resolution.offMap.length) {
    line(`### Pairs naming a paper not on the map (${resolution.offMap.length})`);
    line();
    for (const { pair, citingKey, citedKey } of resolution.offMap) {
      const missing = [!citingKey ? "the citing paper" : "", !citedKey ? "the cited paper" : ""].filter(Boolean);
      const what = missing.length
        ? `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not on the map`
        : "both sides are one paper";
      line(
        `- \`${pair.file}:${pair.line}\`: ${name(citingKey ? papers.get(citingKey) : undefined, refText(pair.citing))} → ` +
          `${name(citedKey ? papers.get(citedKey) : undefined, refText(pair.cited))}: ${what}`,
      );
    }
    line();
  }
}

export function renderBackwards(line: Line, lineage: Lineage[], papers: Map<string, Paper>): void {
  const backwards = lineage.filter((l) => l.backwards);
  line(`## Citations of a later paper (${backwards.length})`);
  line();
  line(
    "The citing paper came out before the paper it cites (a revised version's reference list, or a merged record). " +
      "Each is kept and drawn as *cites a later paper*; ancestors, paths, reading order and the arrow keys never follow it.",
  );
  line();
  for (const l of backwards) {
    const from = papers.get(l.from);
    const to = papers.get(l.to);
    const where = l.evidence
      .filter((e) => e.kind === "cites")
      .map((e) => `${escapeText(e.text, 120)} (${escapeText(e.source, 80)})`)
      .join("; ");
    line(`- **${name(from, l.from)}** (${dateText(from)}) cites **${name(to, l.to)}** (${dateText(to)}): ${where}`);
  }
  line();
}

export function renderQuality(
  line: Line,
  lineage: Lineage[],
  citations: CitationsResult,
  papers: Map<string, Paper>,
): void {
  const q = lineageQuality(lineage, citations.resolution);
  line("## Lineage quality");
  line();
  if (q.citingPapers === 0) {
    line("No citation file names a citing paper of the map, so the name links cannot be measured.");
    line();
    return;
  }
  line(
    `Measured against the citation files, for the ${q.citingPapers} papers of the map whose reference lists they hold: ` +
      "how many of their name and version links are real citations, and how many of their citations the names found.",
  );
  line();
  line("| measure | value |");
  line("|---|---:|");
  line(`| precision of the name links | ${percent(q.precision)} (${q.confirmed} of ${q.namedLinks}) |`);
  line(
    `| precision over the links the files can judge (cited paper on arXiv) | ${percent(q.judgedPrecision)} (${q.confirmed} of ${q.judgeable}) |`,
  );
  line(`| recall of the name links | ${percent(q.recall)} (${q.found} of ${q.citations}) |`);
  line();
  if (q.unconfirmed.length) {
    line(
      `Name links the reference lists do not hold (${q.unconfirmed.length}; a name is real evidence, a list can miss a reference):`,
    );
    line();
    for (const l of q.unconfirmed) {
      const evidence = l.evidence.find((e) => e.kind !== "cites");
      line(
        `- **${name(papers.get(l.from), l.from)}** → **${name(papers.get(l.to), l.to)}**: ${escapeText(evidence?.text ?? "", 160)}`,
      );
    }
    line();
  }
}
