// Table rows as entries. Lists write papers in tables two ways: one row a paper
// (`| [Title](url) | Venue | 2019 |` or `| Title | Venue | 2019 | [arXiv](url) |`), or one cell a
// paper (a gallery of books). The other cells become the description; a year cell, the year.
import type { Token } from "markdown-it";

import { type EntryFields, type EntryRead, readEntryFields } from "./entry";
import { hasHttpLink, inlineSegments, inlineText } from "./inline";

const YEAR_CELL = /^(19|20)\d\d$/;

export function readTableRow(cells: Token[]): EntryRead {
  const linked = cells.filter(hasHttpLink);
  if (linked.length === 0) return { entries: [], problems: [] };
  const reads = new Map(linked.map((cell) => [cell, readEntryFields(inlineSegments(cell.children ?? []))]));
  const titled = linked.filter((cell) => {
    const entries = reads.get(cell)?.entries ?? [];
    return entries.length === 1 && !!entries[0]!.url && !!entries[0]!.title;
  });
  const problems = linked.flatMap((cell) => reads.get(cell)?.problems ?? []);

  // A row of one titled link per cell (a gallery of books or papers) is one entry per cell.
  if (titled.length >= 2 && titled.every((cell) => !reads.get(cell)!.entries[0]!.summary))
    return { entries: titled.map((cell) => reads.get(cell)!.entries[0]!), problems };

  const texts = cells.map(inlineText);
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
