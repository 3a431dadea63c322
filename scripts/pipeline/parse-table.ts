// Table rows as entries, from markdown tables and HTML `<table>`s alike (cells as segments).
// A header row names the columns (Title/Paper, Model, Authors, Venue, Year, Link, Code,
// Description…), and each cell goes where its column says: the Venue column is the venue, never
// the paper's description. Without a header the lists' two shapes are guessed: one row a paper
// (`| [Title](url) | Venue | 2019 |`, `| Title | 2019 | [arXiv](url) |`) or one cell a paper (a gallery).
import { arxivIdFromUrl } from "../../src/model";
import { readAuthors } from "./citation-line";
import { type EntryFields, type EntryRead, isGenericLabel, readEntryFields } from "./entry";
import { type Segment, collapse, segmentsText } from "./inline";

export type ColumnRole = "title" | "name" | "authors" | "venue" | "year" | "link" | "code" | "description" | "other";

/** Header words per role, matched against the whole header text (case and emoji aside). */
const COLUMN_HEADERS: Array<[ColumnRole, RegExp]> = [
  ["title", /^(paper|papers|title|paper title|paper name|publication|work|article)$/],
  ["name", /^(model|models|name|method|short name|abbr|abbreviation|acronym|system)$/],
  ["authors", /^(authors?|by|researchers?)$/],
  ["venue", /^(venue|conference|conf|journal|published in|publisher|source|where|booktitle)$/],
  ["year", /^(year|date|published|release|release date|release time|time|when)$/],
  ["link", /^(links?|url|urls|arxiv|pdf|paper link|download|resources?)$/],
  ["code", /^(code|codes|github|repo|repository|implementation|official code|project|project page)$/],
  [
    "description",
    /^(description|summary|notes?|comments?|tl;?dr|abstract|contributions?|remarks?|highlights?|key ideas?|ideas?|keywords?|topic)$/,
  ],
];

const YEAR_CELL = /^(19|20)\d\d$/;
const YEAR_IN_CELL = /\b((?:19|20)\d\d)(?:[/.-](\d{1,2}))?\b/;

function headerText(cell: Segment[]): string {
  return segmentsText(cell)
    .toLowerCase()
    .replace(/[^\p{L}\p{N};\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Each column's role, or null when no header word is recognised (the table is then guessed). */
export function columnRoles(header: Segment[][]): ColumnRole[] | null {
  const roles = header.map((cell): ColumnRole => {
    const text = headerText(cell);
    return COLUMN_HEADERS.find(([, pattern]) => pattern.test(text))?.[0] ?? "other";
  });
  const known = roles.filter((r) => r !== "other");
  const placesPaper = roles.some((r) => r === "title" || r === "name" || r === "link");
  return known.length > 0 && placesPaper ? roles : null;
}

const httpLinks = (cell: Segment[]) => cell.filter((s) => s.kind === "link" && /^https?:\/\//i.test(s.href ?? ""));
const hasLink = (cell: Segment[]) => httpLinks(cell).length > 0;

function yearOf(text: string): EntryFields["yearHint"] {
  const match = YEAR_IN_CELL.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  return month !== undefined && month >= 1 && month <= 12 ? { year, month } : { year };
}

/** A link outside the paper's own columns that points at another arXiv paper, for the report. */
function strayArxivProblems(cells: Segment[][], roles: ColumnRole[], headers: string[], own?: string): string[] {
  const problems: string[] = [];
  cells.forEach((cell, i) => {
    if (roles[i] !== "other" && roles[i] !== "description") return;
    for (const link of httpLinks(cell)) {
      const id = arxivIdFromUrl(link.href!);
      if (!id || (own && arxivIdFromUrl(own) === id)) continue;
      problems.push(
        `arXiv link "[${collapse(link.text)}](${link.href!.trim()})" in the ${headers[i] || "unnamed"} column is about ` +
          "this row's paper, not a paper of the list; not taken as one",
      );
    }
  });
  return problems;
}

/** A row read by its columns' roles. */
function readByColumns(cells: Segment[][], roles: ColumnRole[], headers: string[]): EntryRead {
  const cellOf = (role: ColumnRole) => cells.find((_, i) => roles[i] === role);
  const titleCell = cellOf("title") ?? cellOf("name");
  const nameCell = cellOf("title") ? cellOf("name") : undefined;
  const problems: string[] = [];
  let fields: EntryFields | undefined;
  if (titleCell && segmentsText(titleCell)) {
    const read = readEntryFields(titleCell);
    problems.push(...(read?.problems ?? []));
    // A plain-text title cell (the link is in its own column) reads as no entry on its own.
    fields = read?.entries[0]
      ? { ...read.entries[0], extraLinks: [...read.entries[0].extraLinks] }
      : { title: segmentsText(titleCell), extraLinks: [], summary: "" };
  }
  // The paper's link: the title's own, else the Link column's (an arXiv or paper link first).
  const linkCell = cellOf("link");
  const linkCandidates = linkCell ? httpLinks(linkCell) : [];
  const paperLink =
    linkCandidates.find((l) => arxivIdFromUrl(l.href!)) ??
    linkCandidates.find((l) => isGenericLabel(l.text)) ??
    linkCandidates[0];
  if (!fields) {
    if (!paperLink || !collapse(paperLink.text) || isGenericLabel(paperLink.text)) return { entries: [], problems };
    fields = { title: collapse(paperLink.text), url: paperLink.href!.trim(), extraLinks: [], summary: "" };
  }
  if (!fields.url && paperLink) fields.url = paperLink.href!.trim();
  for (const link of linkCandidates)
    if (link.href!.trim() !== fields.url)
      fields.extraLinks.push({ label: collapse(link.text) || "link", url: link.href!.trim() });
  const codeCell = cellOf("code");
  for (const link of codeCell ? httpLinks(codeCell) : [])
    fields.extraLinks.push({ label: isGenericLabel(link.text) ? collapse(link.text) : "code", url: link.href!.trim() });

  const nameText = nameCell ? segmentsText(nameCell) : "";
  if (nameText && nameText.length <= 40 && !fields.nameHint) fields.nameHint = nameText;
  const authorsCell = cellOf("authors");
  const authors = authorsCell ? readAuthors(segmentsText(authorsCell)) : null;
  if (authors) fields.authors = authors;
  const venue = cellOf("venue") ? segmentsText(cellOf("venue")!) : "";
  const venueYear = yearOf(venue);
  if (venue) fields.venue = collapse(venue.replace(YEAR_IN_CELL, "")) || venue;
  const yearCell = cellOf("year");
  const year = (yearCell ? yearOf(segmentsText(yearCell)) : undefined) ?? venueYear;
  if (year && !fields.yearHint) fields.yearHint = year;
  // What the columns do not place (a description, or columns with no known header) is the description.
  const described = cells
    .map((cell, i) => {
      if (roles[i] === "description") return segmentsText(cell);
      if (roles[i] !== "other" || !segmentsText(cell)) return "";
      return headers[i] ? `${headers[i]}: ${segmentsText(cell)}` : segmentsText(cell);
    })
    .filter(Boolean);
  fields.summary = [fields.summary, ...described].filter(Boolean).join("\n\n");
  problems.push(...strayArxivProblems(cells, roles, headers, fields.url));
  return { entries: [fields], problems };
}

/** A row of a table whose header names no column: the two shapes lists use, guessed. */
function readGuessed(cells: Segment[][]): EntryRead {
  const linked = cells.filter(hasLink);
  if (linked.length === 0) return { entries: [], problems: [] };
  const reads = new Map(linked.map((cell) => [cell, readEntryFields(cell)]));
  const titled = linked.filter((cell) => {
    const entries = reads.get(cell)?.entries ?? [];
    return entries.length === 1 && !!entries[0]!.url && !!entries[0]!.title;
  });
  const problems = linked.flatMap((cell) => reads.get(cell)?.problems ?? []);

  // A row of one titled link per cell (a gallery of books or papers) is one entry per cell.
  if (titled.length >= 2 && titled.every((cell) => !reads.get(cell)!.entries[0]!.summary))
    return { entries: titled.map((cell) => reads.get(cell)!.entries[0]!), problems };

  const texts = cells.map(segmentsText);
  const yearCell = texts.findIndex((t) => YEAR_CELL.test(t));
  const year = yearCell >= 0 ? { year: Number(texts[yearCell]) } : undefined;
  const titleCell = titled[0];
  if (titleCell) {
    const fields = { ...reads.get(titleCell)!.entries[0]! };
    const rest = texts.filter((t, i) => t && cells[i] !== titleCell && i !== yearCell).join(" · ");
    if (rest) fields.summary = [fields.summary, rest].filter(Boolean).join("\n\n");
    if (!fields.yearHint && year) fields.yearHint = year;
    return { entries: [fields], problems };
  }

  // `| Title | Venue | Year | [arXiv](url) |`: the first text cell is the title, the link the paper's.
  const url = reads.get(linked[0]!)?.entries[0]?.url;
  const titleIndex = texts.findIndex((t, i) => t && cells[i] !== linked[0] && i !== yearCell);
  if (!url || titleIndex < 0) return { entries: [], problems };
  const others = texts.filter((t, i) => t && i !== titleIndex && i !== yearCell && cells[i] !== linked[0]);
  const fields: EntryFields = { title: texts[titleIndex]!, url, extraLinks: [], summary: others.join(" · ") };
  if (year) fields.yearHint = year;
  return { entries: [fields], problems };
}

/** One table row; `header` is the table's header row when it has one. */
export function readTableRow(cells: Segment[][], header?: Segment[][]): EntryRead {
  const roles = header ? columnRoles(header) : null;
  if (!roles) return readGuessed(cells);
  return readByColumns(cells, roles, header!.map(segmentsText));
}
