// Raw HTML blocks of a markdown list, read with htmlparser2 (a real, forgiving HTML parser) for
// the few structures lists write in HTML: tables of papers (`<td><a href=…>`) and the
// `<summary>` of a `<details>` block. Only text and links come out, as the same segments the
// markdown side produces (./inline.ts); no markup is ever passed on.
import { Parser } from "htmlparser2";

import { type Segment, collapse } from "./inline";

export interface HtmlTableRow {
  /** 1-based line in the list file. */
  line: number;
  cells: Segment[][];
  /** Whether the row is made of `<th>` cells (a header). */
  header: boolean;
}

export interface HtmlTable {
  rows: HtmlTableRow[];
}

export interface HtmlBlockContent {
  tables: HtmlTable[];
  /** `<details>` opened in this block, each with its `<summary>` text ("" when it has none here). */
  detailsOpened: string[];
  /** `</details>` closed in this block (after any opened in it). */
  detailsClosed: number;
  /** A `<summary>` whose `<details>` was opened in an earlier block. */
  lateSummary?: string;
}

/** Elements whose text is never content: scripts and styles. */
const SKIPPED = new Set(["script", "style"]);
const BREAKS = new Set(["br", "p", "div", "li"]);
const CLOSE_DETAILS = /<\/details\s*>/gi;

/** Reads one html_block's text; `firstLine` is the block's 1-based line in the file. */
export function readHtmlBlock(html: string, firstLine: number): HtmlBlockContent {
  const content: HtmlBlockContent = { tables: [], detailsOpened: [], detailsClosed: 0 };
  const tables: HtmlTable[] = [];
  let row: HtmlTableRow | null = null;
  let cell: Segment[] | null = null;
  let link: Segment | null = null;
  let strong = 0;
  let em = 0;
  let skipped = 0;
  let summary: string[] | null = null;
  let summaryOwner: number | null = null;
  let matchedCloses = 0;

  const lineAt = (index: number) => firstLine + (html.slice(0, index).match(/\n/g)?.length ?? 0);
  const text = (value: string) => {
    if (skipped) return;
    if (summary) summary.push(value);
    if (!cell) return;
    if (link) {
      link.text += value;
      return;
    }
    const last = cell[cell.length - 1];
    if (last && last.kind === "text" && last.strong === strong > 0 && last.em === em > 0) last.text += value;
    else cell.push({ kind: "text", text: value, strong: strong > 0, em: em > 0 });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIPPED.has(name)) skipped++;
        if (name === "table") tables.push({ rows: [] });
        else if (name === "tr" && tables.length) {
          row = { line: lineAt(parser.startIndex), cells: [], header: false };
          tables[tables.length - 1]!.rows.push(row);
        } else if ((name === "td" || name === "th") && row) {
          cell = [];
          row.cells.push(cell);
          if (name === "th") row.header = true;
        } else if (name === "a" && cell) {
          link = { kind: "link", text: "", href: attribs.href ?? "", strong: strong > 0, em: em > 0 };
          cell.push(link);
        } else if (name === "img" && link) link.image = true;
        else if (name === "b" || name === "strong") strong++;
        else if (name === "i" || name === "em") em++;
        else if (name === "details") content.detailsOpened.push("");
        else if (name === "summary") {
          summary = [];
          summaryOwner = content.detailsOpened.length - 1;
        } else if (BREAKS.has(name)) text("\n");
      },
      ontext: text,
      onclosetag(name, isImplied) {
        if (SKIPPED.has(name)) skipped = Math.max(0, skipped - 1);
        // A block often opens `<details>` and leaves its closing to a later block: the parser's
        // implied close at the end of this block is not the list's.
        if (name === "details" && isImplied) return;
        if (name === "a") link = null;
        else if (name === "td" || name === "th") cell = null;
        else if (name === "tr") row = null;
        else if (name === "b" || name === "strong") strong = Math.max(0, strong - 1);
        else if (name === "i" || name === "em") em = Math.max(0, em - 1);
        else if (name === "summary" && summary) {
          const label = collapse(summary.join(" "));
          if (summaryOwner !== null && summaryOwner >= 0) content.detailsOpened[summaryOwner] = label;
          else content.lateSummary = label;
          summary = null;
        } else if (name === "details") {
          content.detailsOpened.pop();
          matchedCloses++;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  // The parser drops a `</details>` it saw no opening for (the opening was in an earlier block).
  content.detailsClosed = (html.match(CLOSE_DETAILS) ?? []).length - matchedCloses;
  content.tables = tables.filter((t) => t.rows.length > 0);
  return content;
}
