// Citation files (`data/citations/*.tsv`, `*.csv`): each row says "the reference list of `citing`
// contains `cited`". This stage only reads rows into plain pairs; which papers of the map they name
// is decided later (./citation-links.ts), so pairs naming papers outside the lists stay available.
// Pure: the CLI reads the files, this parses their text.
import { parse as parseCsv } from "csv-parse/sync";

import { normalizeArxivId } from "../../src/model";
import { ListError } from "./errors";
import type { Issue } from "./types";

/** A citation file as read from disk: `file` is the path shown in evidence and messages. */
export interface CitationInput {
  file: string;
  text: string;
}

/** How a row names a paper: an arXiv ID, a DOI, or a key of the map (`arxiv:…`, `title:…`). */
export type PaperRef =
  | { kind: "arxiv"; id: string; version?: string; raw: string }
  | { kind: "doi"; doi: string; raw: string }
  | { kind: "key"; key: string; raw: string };

/** One row of a citation file: the reference list of `citing` contains `cited`. */
export interface CitationPair {
  citing: PaperRef;
  cited: PaperRef;
  /** Where the pair was found (`reference-list`, `openalex`, or the user's own word); may be empty. */
  source: string;
  /** The file's own words for the citation, e.g. the matched reference entry. */
  evidence: string;
  /** The version of the citing paper whose reference list was read (`v1`). */
  citingVersion?: string;
  file: string;
  line: number;
}

export interface CitationFileResult {
  pairs: CitationPair[];
  /** Malformed rows, each with its file and line; they never stop the build. */
  issues: Issue[];
}

/** Header names each column is recognised by (case and `_`/`-`/space ignored). */
export const CITATION_COLUMNS = {
  citing: ["citing", "from", "source_paper"],
  cited: ["cited", "to", "reference", "target_paper"],
  source: ["source", "provenance"],
  evidence: ["evidence", "detail", "reference_entry"],
  version: ["citing_version", "version"],
} as const;

type Column = keyof typeof CITATION_COLUMNS;

const DOI = /^10\.\d{4,9}\/\S+$/;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
const VERSION = /v(\d+)$/i;
const ARXIV_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?$/i;

function columnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The paper a cell names, or null when it names none in a form this reads. */
export function parsePaperRef(cell: string): PaperRef | null {
  const raw = cell.trim();
  if (!raw) return null;
  if (/^title:\S/.test(raw)) return { kind: "key", key: raw, raw };
  const doiText = raw.replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, "");
  const arxivDoi = ARXIV_DOI.exec(doiText);
  const arxivText = arxivDoi?.[1] ?? ARXIV_URL.exec(raw)?.[1] ?? raw.replace(/^arxiv:\s*/i, "");
  const id = normalizeArxivId(arxivText);
  if (id) {
    const version = VERSION.exec(arxivText.trim())?.[1];
    return version ? { kind: "arxiv", id, version: `v${version}`, raw } : { kind: "arxiv", id, raw };
  }
  if (DOI.test(doiText)) return { kind: "doi", doi: doiText.toLowerCase(), raw };
  return null;
}

function delimiterOf(file: string): string {
  return /\.(tsv|tab)$/i.test(file) ? "\t" : ",";
}

interface Row {
  cells: string[];
  line: number;
}

/** Rows with their 1-based line numbers; `#` lines are comments. A TSV has no quoting; a CSV has RFC 4180's. */
function readRows(input: CitationInput, issues: Issue[]): Row[] {
  const tsv = delimiterOf(input.file) === "\t";
  const records = parseCsv(input.text, {
    delimiter: delimiterOf(input.file),
    quote: tsv ? false : '"',
    relax_quotes: true,
    relax_column_count: true,
    comment: "#",
    comment_no_infix: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    bom: true,
    info: true,
    on_skip: (error) => {
      if (error)
        issues.push({ file: input.file, line: Number(error.lines ?? 0), message: `unreadable row: ${error.message}` });
      return undefined;
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
}

function headerColumns(row: Row, file: string): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  row.cells.forEach((cell, index) => {
    const name = columnName(cell);
    for (const [column, names] of Object.entries(CITATION_COLUMNS) as Array<[Column, readonly string[]]>)
      if (names.includes(name) && columns[column] === undefined) columns[column] = index;
  });
  if (columns.citing === undefined || columns.cited === undefined)
    throw new ListError(
      `${file}:${row.line}: the first row must name the columns, with at least "citing" and "cited" ` +
        `(found ${row.cells.map((c) => `"${c.trim()}"`).join(", ") || "nothing"})`,
    );
  return columns;
}

/**
 * Reads one citation file: a header row, then one pair a row. Malformed rows become issues; a file
 * without the `citing` and `cited` columns cannot be used at all and throws a ListError.
 */
export function parseCitationFile(input: CitationInput): CitationFileResult {
  const issues: Issue[] = [];
  const rows = readRows(input, issues);
  const [header, ...body] = rows;
  if (!header) return { pairs: [], issues };
  const columns = headerColumns(header, input.file);
  const pairs: CitationPair[] = [];
  const seen = new Set<string>();
  const problem = (line: number, message: string) => issues.push({ file: input.file, line, message });
  for (const { cells, line } of body) {
    const cell = (column: Column) => (columns[column] === undefined ? "" : (cells[columns[column]!] ?? "").trim());
    const [citingText, citedText] = [cell("citing"), cell("cited")];
    if (!citingText || !citedText) {
      problem(line, `row has no ${citingText ? "cited" : "citing"} paper; expecting ${header.cells.length} columns`);
      continue;
    }
    const citing = parsePaperRef(citingText);
    const cited = parsePaperRef(citedText);
    if (!citing || !cited) {
      const bad = citing ? citedText : citingText;
      problem(line, `"${bad}" is not an arXiv ID, a DOI or a paper key of the map; row skipped`);
      continue;
    }
    const key = `${refKey(citing)}\u0000${refKey(cited)}`;
    if (refKey(citing) === refKey(cited)) {
      problem(line, `"${citingText}" cites itself; row skipped`);
      continue;
    }
    if (seen.has(key)) {
      problem(line, `the pair ${citingText} → ${citedText} is already in this file; row skipped`);
      continue;
    }
    seen.add(key);
    const version = cell("version") || (citing.kind === "arxiv" ? citing.version : undefined);
    const pair: CitationPair = {
      citing,
      cited,
      source: cell("source"),
      evidence: cell("evidence"),
      file: input.file,
      line,
    };
    if (version) pair.citingVersion = /^\d+$/.test(version) ? `v${version}` : version;
    pairs.push(pair);
  }
  return { pairs, issues };
}

/** One string per paper a ref can name: the same paper written two ways gives the same key. */
export function refKey(ref: PaperRef): string {
  if (ref.kind === "arxiv") return `arxiv:${ref.id}`;
  if (ref.kind === "doi") return `doi:${ref.doi}`;
  return ref.key;
}
