// Stage 1, parse: list text → entries with their section paths, descriptions and year hints.
// Structure comes from markdown-it's token stream (headings, list items, tables, block quotes);
// raw HTML is read for text and links only and never passed on.
import MarkdownIt, { type Token } from "markdown-it";

import { type EntryFields, readEntryFields } from "./entry";
import { collapse, hasHttpLink, inlineSegments, inlineText } from "./inline";
import { readTableRow } from "./parse-table";
import type { Entry, Issue, ParsedList, SectionInfo } from "./types";

export interface ParseOptions {
  /** Short list name (`ai-canon`), used in sections and summaries. */
  list: string;
  /** File name for messages (`ai-canon.md`). */
  file: string;
  maxTitleLength: number;
  maxSummaryLength: number;
}

export const PARSE_DEFAULTS: Omit<ParseOptions, "list" | "file"> = { maxTitleLength: 300, maxSummaryLength: 5000 };

export function checkParseOptions(options: ParseOptions): void {
  if (!options.list.trim()) throw new Error("parse: invalid `list`. Expecting a non-empty list name.");
  for (const field of ["maxTitleLength", "maxSummaryLength"] as const) {
    const value = options[field];
    if (!Number.isInteger(value) || value < 20)
      throw new Error(`parse: invalid \`${field}\`. Expecting an integer of at least 20.`);
  }
}

const markdown = new MarkdownIt({ html: true, linkify: true });
// Keep every link, whatever its scheme, so the report can say which ones were dropped and why.
markdown.validateLink = () => true;

const HTML_HEADING = /<h1[^>]*>([\s\S]*?)<\/h1>/i;

/** Strips tags, emoji and decoration from an HTML heading: `<h1> 🌟 AGI-Papers 🌟 </h1>` → `AGI-Papers`. */
function htmlHeadingText(html: string): string | null {
  const match = HTML_HEADING.exec(html);
  if (!match?.[1]) return null;
  const text = collapse(match[1].replace(/<[^>]*>/g, " ").replace(/[^\p{L}\p{N}\s.,:&'’()+-]/gu, " "));
  return text || null;
}

/** Index of the token closing the block opened at `start` (same level, nesting -1). */
function closingIndex(tokens: Token[], start: number): number {
  const level = tokens[start]!.level;
  for (let i = start + 1; i < tokens.length; i++) {
    if (tokens[i]!.level === level && tokens[i]!.nesting === -1) return i;
  }
  return tokens.length - 1;
}

/** Scripts and styles lose their content; other tags only their markup. */
function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<\/?[a-z][^>]*>/gi, " ");
}

/**
 * Inline tokens of the paragraphs directly inside a block (not in nested lists). An item that
 * opens with raw HTML (`- <script>…</script> [Title](url)`) is an HTML block to markdown-it:
 * its markdown is recovered with the tags stripped, so the entry is not silently lost.
 */
function directInlines(tokens: Token[], start: number, end: number): Token[] {
  const level = tokens[start]!.level;
  const inlines: Token[] = [];
  for (let i = start + 1; i < end; i++) {
    const token = tokens[i]!;
    if (token.level !== level + 1) continue;
    if (token.type === "paragraph_open" && tokens[i + 1]?.type === "inline") inlines.push(tokens[i + 1]!);
    if (token.type === "html_block") {
      const recovered = markdown.parseInline(stripHtml(token.content), {})[0];
      if (recovered?.children?.some((c) => c.type !== "text" || c.content.trim())) inlines.push(recovered);
    }
  }
  return inlines;
}

function hasNestedList(tokens: Token[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const type = tokens[i]!.type;
    if (type === "bullet_list_open" || type === "ordered_list_open") return true;
  }
  return false;
}

class ListParser {
  readonly entries: Entry[] = [];
  readonly sections: SectionInfo[] = [];
  readonly issues: Issue[] = [];
  private headings: string[] = [];
  private headingLevels: number[] = [];
  /** Labels of list items that hold nested lists (`- **Vision**` then indented entries). */
  private itemLabels: string[][] = [];
  /** The entries of the list that just closed: a block quote right after is their abstract. */
  private lastListEntries: Entry[] = [];
  private currentSection: SectionInfo | null = null;
  private entriesAtSectionStart = 0;
  /** The entry made from the current heading's own link, if it had one. */
  headingEntry: Entry | null = null;

  constructor(
    private readonly options: ParseOptions,
    readonly title: string,
  ) {}

  private issue(line: number, message: string) {
    this.issues.push({ file: this.options.file, line, message });
  }

  private sectionPath(): string[] {
    const labels = this.itemLabels.flat();
    return this.headings.length > 0 ? [...this.headings, ...labels] : [this.title, ...labels];
  }

  heading(level: number, text: string, line: number) {
    while (this.headingLevels.length > 0 && this.headingLevels[this.headingLevels.length - 1]! >= level) {
      this.headingLevels.pop();
      this.headings.pop();
    }
    this.headingLevels.push(level);
    this.headings.push(text || `(untitled heading, line ${line})`);
    this.currentSection = { list: this.options.list, path: [...this.headings], line };
    this.sections.push(this.currentSection);
    this.entriesAtSectionStart = this.entries.length;
    this.lastListEntries = [];
    this.headingEntry = null;
  }

  /** A paragraph or block quote under a heading, before any entry, describes the section. */
  describe(text: string) {
    // Under a heading that is itself an entry (`### [Paper](url)`), the text describes the paper.
    const headed = this.headingEntry;
    if (headed && !headed.summary && text) headed.summary = text.slice(0, this.options.maxSummaryLength);
    const section = this.currentSection;
    const before = this.entriesAtSectionStart + (headed ? 1 : 0);
    if (section && !section.description && text && this.entries.length === before)
      section.description = text.slice(0, this.options.maxSummaryLength);
  }

  addEntries(inline: Token, line: number, moreText: string[] = []): Entry[] {
    const read = readEntryFields(inlineSegments(inline.children ?? []));
    if (!read) return [];
    for (const problem of read.problems) this.issue(line, problem);
    const added: Entry[] = [];
    for (const fields of read.entries) {
      const entry = this.toEntry(fields, line, moreText);
      if (entry) added.push(entry);
    }
    this.entries.push(...added);
    return added;
  }

  private toEntry(fields: EntryFields, line: number, moreText: string[]): Entry | null {
    const { maxTitleLength, maxSummaryLength } = this.options;
    let title = fields.title;
    if (!title) {
      if (!fields.url) {
        this.issue(line, "entry has neither title nor link; skipped");
        return null;
      }
      this.issue(line, `entry has no title (link ${fields.url}); kept with its link as title`);
      title = fields.url;
    }
    if (title.length > maxTitleLength) {
      this.issue(line, `title is ${title.length} characters long; cut to ${maxTitleLength}`);
      title = `${title.slice(0, maxTitleLength - 1)}…`;
    }
    let summary = [fields.summary, ...moreText].filter(Boolean).join("\n\n");
    if (summary.length > maxSummaryLength) {
      this.issue(line, `description is ${summary.length} characters long; cut to ${maxSummaryLength}`);
      summary = `${summary.slice(0, maxSummaryLength - 1)}…`;
    }
    const entry: Entry = {
      list: this.options.list,
      file: this.options.file,
      line,
      section: this.sectionPath(),
      title,
      extraLinks: fields.extraLinks,
      summary,
    };
    if (fields.url) entry.url = fields.url;
    if (fields.yearHint) entry.yearHint = fields.yearHint;
    if (fields.nameHint) entry.nameHint = fields.nameHint;
    return entry;
  }

  /** Walks a list: each item is an entry, or (with a nested list and no link) a label for its children. */
  list(tokens: Token[], start: number, end: number) {
    const listEntries: Entry[] = [];
    for (let i = start + 1; i < end; i++) {
      const token = tokens[i]!;
      if (token.type !== "list_item_open" || token.level !== tokens[start]!.level + 1) continue;
      const close = closingIndex(tokens, i);
      const [first, ...more] = directInlines(tokens, i, close);
      const line = (token.map?.[0] ?? 0) + 1;
      const nested = hasNestedList(tokens, i, close);
      // `- **Detection**` over an indented list is a heading for its children, not an entry.
      const isLabel = nested && !!first && !hasHttpLink(first);
      const added = first && !isLabel ? this.addEntries(first, line, more.map(inlineText)) : [];
      listEntries.push(...added);
      if (nested) {
        const label = isLabel ? inlineText(first) : "";
        this.itemLabels.push(label ? [label.slice(0, 80)] : []);
        for (let j = i + 1; j < close; j++) {
          const inner = tokens[j]!;
          if (
            (inner.type === "bullet_list_open" || inner.type === "ordered_list_open") &&
            inner.level === token.level + 1
          ) {
            const innerClose = closingIndex(tokens, j);
            this.list(tokens, j, innerClose);
            j = innerClose;
          }
        }
        this.itemLabels.pop();
      }
      i = close;
    }
    this.lastListEntries = listEntries;
  }

  /** A table row that holds links is an entry; a row of one titled link per cell is one entry per cell. */
  table(tokens: Token[], start: number, end: number) {
    let row: Token[] = [];
    let rowLine = 0;
    for (let i = start + 1; i < end; i++) {
      const token = tokens[i]!;
      if (token.type === "tr_open") {
        row = [];
        rowLine = (token.map?.[0] ?? 0) + 1;
      } else if (token.type === "inline") row.push(token);
      else if (token.type === "tr_close") this.tableRow(row, rowLine);
    }
  }

  private tableRow(cells: Token[], line: number) {
    const read = readTableRow(cells);
    for (const problem of read.problems) this.issue(line, problem);
    for (const fields of read.entries) {
      const entry = this.toEntry(fields, line, []);
      if (entry) this.entries.push(entry);
    }
  }

  blockquote(text: string) {
    const target = this.lastListEntries[this.lastListEntries.length - 1];
    if (target && text) {
      const abstract = [target.abstract, text].filter(Boolean).join("\n\n");
      target.abstract = abstract.slice(0, this.options.maxSummaryLength);
    } else this.describe(text);
    this.lastListEntries = [];
  }
}

/** Text of every inline token between two indices, paragraphs separated by blank lines. */
function blockText(tokens: Token[], start: number, end: number): string {
  const parts: string[] = [];
  for (let i = start + 1; i < end; i++) if (tokens[i]!.type === "inline") parts.push(inlineText(tokens[i]));
  return parts.filter(Boolean).join("\n\n");
}

function listTitle(tokens: Token[], fallback: string): string {
  for (const token of tokens) {
    if (token.type === "html_block") {
      const text = htmlHeadingText(token.content);
      if (text) return text;
    }
    if (token.type === "heading_open" && token.tag === "h1") {
      const index = tokens.indexOf(token);
      return inlineText(tokens[index + 1]) || fallback;
    }
  }
  return fallback;
}

export function parse(text: string, options: Partial<ParseOptions> & Pick<ParseOptions, "list" | "file">): ParsedList {
  const settings: ParseOptions = { ...PARSE_DEFAULTS, ...options };
  checkParseOptions(settings);
  const tokens = markdown.parse(text.replace(/^\uFEFF/, ""), {});
  const parser = new ListParser(settings, listTitle(tokens, settings.list));

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const line = (token.map?.[0] ?? 0) + 1;
    switch (token.type) {
      case "heading_open": {
        const inline = tokens[i + 1];
        parser.heading(Number(token.tag.slice(1)), inlineText(inline), line);
        // A heading that links somewhere (`### [Paper](url)`) is also an entry of its own section.
        if (inline && hasHttpLink(inline)) parser.headingEntry = parser.addEntries(inline, line)[0] ?? null;
        i = closingIndex(tokens, i);
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open": {
        const close = closingIndex(tokens, i);
        parser.list(tokens, i, close);
        i = close;
        break;
      }
      case "table_open": {
        const close = closingIndex(tokens, i);
        parser.table(tokens, i, close);
        i = close;
        break;
      }
      case "blockquote_open": {
        const close = closingIndex(tokens, i);
        parser.blockquote(blockText(tokens, i, close));
        i = close;
        break;
      }
      case "paragraph_open": {
        const inline = tokens[i + 1];
        const first = inline?.children?.find((c) => c.type !== "text" || c.content.trim());
        // A paragraph that starts with a link or bold link is an entry written without a bullet.
        const startsWithLink =
          first?.type === "link_open" || (first?.type === "strong_open" && inline?.children?.[1]?.type === "link_open");
        if (inline && startsWithLink) parser.addEntries(inline, line);
        else parser.describe(inlineText(inline));
        i = closingIndex(tokens, i);
        break;
      }
      default:
        break;
    }
  }

  const result: ParsedList = {
    list: settings.list,
    file: settings.file,
    title: parser.title,
    entries: parser.entries,
    sections: parser.sections,
    issues: parser.issues,
  };
  if (!text.trim()) result.issues.push({ file: settings.file, line: 0, message: "the list is empty" });
  else if (parser.entries.length === 0)
    result.issues.push({
      file: settings.file,
      line: 0,
      message: "no entries found (is this a markdown reading list?)",
    });
  return result;
}
