// The list parser's state machine: the section path (headings, `<details>` summaries, labels of
// items over nested lists), and how each block becomes entries — list items, tables, raw HTML,
// block quotes (abstracts), a linked heading and the paragraph that may title it.
import type { Token } from "markdown-it";

import { arxivIdFromUrl } from "../../src/model";
import { type EntryFields, readEntryFields } from "./entry";
import { readHtmlBlock } from "./html";
import { type Segment, collapse, hasHttpLink, inlineSegments, inlineText } from "./inline";
import { linkChildren } from "./link-children";
import type { ParseOptions } from "./parse";
import { readTableRow } from "./parse-table";
import { directInlines, directQuotes, listItems, nestedLists } from "./parse-tokens";
import type { Entry, Issue, SectionInfo } from "./types";

/** Link labels that are just the entry's own kind of link (`[paper]`, `[arXiv]`): the entry itself. */
const SELF_LINK_LABEL = /^\W*(paper|arxiv|pdf|abs|preprint)\W*$/i;
/** "(click to expand)", "Click here": the noise `<summary>` texts carry. */
const CLICK_NOISE = /\s*[([]?\s*click(?: here)?(?: to (?:expand|open|show|see))?\s*[)\]]?\s*$/i;
/** A heading link this short is a name (`### [DPO](url)`), which the entry below it may spell out. */
const MAX_HEADING_NAME = 40;

export class ListParser {
  readonly entries: Entry[] = [];
  readonly sections: SectionInfo[] = [];
  readonly issues: Issue[] = [];
  private headings: string[] = [];
  private headingLevels: number[] = [];
  /** Labels of list items that hold nested lists (`- **Vision**` then indented entries). */
  private itemLabels: string[][] = [];
  /** Summaries of the `<details>` blocks open here: each names a sub-section for what it holds. */
  private detailsLabels: string[] = [];
  /** The entries of the list that just closed: a block quote right after is their abstract. */
  private lastListEntries: Entry[] = [];
  private currentSection: SectionInfo | null = null;
  private entriesAtSectionStart = 0;
  /** The entry made from the current heading's own link, if it had one. */
  headingEntry: Entry | null = null;
  /** Whether a block has come between the heading and now (its full title can only be the first). */
  private headingFollowed = false;

  constructor(
    private readonly options: ParseOptions,
    readonly title: string,
  ) {}

  private issue(line: number, message: string) {
    this.issues.push({ file: this.options.file, line, message });
  }

  private sectionPath(): string[] {
    const labels = [...this.detailsLabels.filter(Boolean), ...this.itemLabels.flat()];
    return this.headings.length > 0 ? [...this.headings, ...labels] : [this.title, ...labels];
  }

  heading(level: number, text: string, line: number) {
    while (this.headingLevels.length > 0 && this.headingLevels[this.headingLevels.length - 1]! >= level) {
      this.headingLevels.pop();
      this.headings.pop();
    }
    this.headingLevels.push(level);
    this.headings.push(text || `(untitled heading, line ${line})`);
    this.detailsLabels = [];
    this.currentSection = { list: this.options.list, path: [...this.headings], line };
    this.sections.push(this.currentSection);
    this.entriesAtSectionStart = this.entries.length;
    this.lastListEntries = [];
    this.headingEntry = null;
    this.headingFollowed = false;
  }

  /** `### [DPO](url)` is an entry of its own section, named by its short text until the text below titles it. */
  headingLink(inline: Token, line: number) {
    this.headingEntry = this.addEntries(inline, line)[0] ?? null;
  }

  /** A paragraph or block quote under a heading, before any entry, describes the section. */
  describe(text: string, line: number, inline?: Token) {
    if (inline) this.reportStrayArxivLinks(inlineSegments(inline.children ?? []), line);
    // Under a heading that is itself an entry (`### [Paper](url)`), the text describes the paper.
    const headed = this.headingEntry;
    if (headed && !headed.summary && text) headed.summary = text.slice(0, this.options.maxSummaryLength);
    const section = this.currentSection;
    const before = this.entriesAtSectionStart + (headed ? 1 : 0);
    if (section && !section.description && text && this.entries.length === before)
      section.description = text.slice(0, this.options.maxSummaryLength);
    this.headingFollowed = true;
  }

  /**
   * The first block under a linked heading may give the paper's full title: a bold title
   * (`**Direct Preference Optimization: …**. Rafailov et al. 2023.`) or an entry with the same
   * link. The title then replaces the heading's short text, which stays as the paper's name.
   * Returns whether the block was taken so.
   */
  private titleHeadingEntry(fields: EntryFields, boldAllowed: boolean): boolean {
    const headed = this.headingEntry;
    if (!headed || this.headingFollowed) return false;
    this.headingFollowed = true;
    const sameLink = fields.url !== undefined && fields.url === headed.url;
    const boldTitle = boldAllowed && fields.url === undefined && fields.title.length > headed.title.length;
    if (!(sameLink || boldTitle) || headed.title.length > MAX_HEADING_NAME) return false;
    if (fields.title !== headed.title) {
      headed.nameHint ??= headed.title;
      headed.title = fields.title;
    }
    if (fields.summary) headed.summary = [headed.summary, fields.summary].filter(Boolean).join("\n\n");
    if (fields.authors && !headed.authors) headed.authors = fields.authors;
    if (fields.venue && !headed.venue) headed.venue = fields.venue;
    if (fields.yearHint && !headed.yearHint) headed.yearHint = fields.yearHint;
    for (const link of fields.extraLinks)
      if (!headed.extraLinks.some((l) => l.url === link.url)) headed.extraLinks.push(link);
    this.lastListEntries = [headed];
    return true;
  }

  /** A paragraph under a linked heading that starts in bold: the paper's full title, else a description. */
  headedParagraph(inline: Token, line: number) {
    const read = readEntryFields(inlineSegments(inline.children ?? []));
    const fields = read?.entries.length === 1 ? read.entries[0]! : null;
    if (!fields || !this.titleHeadingEntry({ ...fields }, true)) this.describe(inlineText(inline), line, inline);
  }

  /** Parses one entry line; `quotes` are block quotes indented under it (its abstract). */
  addEntries(
    inline: Token,
    line: number,
    moreText: string[] = [],
    extra: Segment[] = [],
    quotes: string[] = [],
  ): Entry[] {
    const read = readEntryFields([...inlineSegments(inline.children ?? []), ...extra]);
    if (!read) return [];
    for (const problem of read.problems) this.issue(line, problem);
    if (read.entries.length === 1 && this.headingEntry && this.titleHeadingEntry({ ...read.entries[0]! }, false)) {
      if (quotes.length) this.addAbstract(this.headingEntry, quotes.join("\n\n"));
      return [this.headingEntry];
    }
    const added: Entry[] = [];
    for (const fields of read.entries) {
      const entry = this.toEntry(fields, line, moreText);
      if (entry) added.push(entry);
    }
    this.entries.push(...added);
    const last = added[added.length - 1];
    if (last && quotes.length) this.addAbstract(last, quotes.join("\n\n"));
    if (added.length === 1) this.reportStrayArxivLinks(added[0]!, line);
    return added;
  }

  private addAbstract(entry: Entry, text: string) {
    entry.abstract = [entry.abstract, text].filter(Boolean).join("\n\n").slice(0, this.options.maxSummaryLength);
  }

  /**
   * An arXiv link in an entry's description ("based on our survey paper [A Survey of …](…)", "[GPT-4](…)"
   * naming a study of GPT-4) or in a section's introduction is kept as a link, not made a paper of
   * the list: its words are the curator's, not the paper's title. The report says so.
   */
  private reportStrayArxivLinks(from: Entry | Segment[], line: number) {
    const inEntry = !Array.isArray(from);
    const links = inEntry
      ? from.extraLinks
      : from.filter((s) => s.kind === "link").map((s) => ({ label: collapse(s.text), url: (s.href ?? "").trim() }));
    const own = inEntry && from.url ? arxivIdFromUrl(from.url) : null;
    for (const link of links) {
      const id = arxivIdFromUrl(link.url);
      if (!id || id === own || SELF_LINK_LABEL.test(link.label)) continue;
      const where = inEntry
        ? `in the description of "${from.title}" is kept as one of its links,`
        : "in the introduction of a section is";
      this.issue(line, `arXiv link "[${link.label}](${link.url})" ${where} not taken as a paper`);
    }
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
    if (fields.authors) entry.authors = fields.authors;
    if (fields.venue) entry.venue = fields.venue;
    return entry;
  }

  /** Walks a list: each item is an entry, or (with a nested list and no link) a label for its children. */
  list(tokens: Token[], start: number, end: number) {
    const listEntries: Entry[] = [];
    for (const [i, close] of listItems(tokens, start, end)) {
      const token = tokens[i]!;
      const [first, ...more] = directInlines(tokens, i, close);
      const quotes = directQuotes(tokens, i, close);
      const line = (token.map?.[0] ?? 0) + 1;
      const nested = nestedLists(tokens, i, close);
      const children = nested.length && first && !hasHttpLink(first) ? linkChildren(tokens, i, close) : null;
      if (children) {
        const moreText = [...more.map(inlineText), ...children.texts];
        listEntries.push(...this.addEntries(first!, line, moreText, children.segments, quotes));
        continue;
      }
      // `- **Detection**` over an indented list is a heading for its children, not an entry.
      const isLabel = nested.length > 0 && !!first && !hasHttpLink(first);
      const added = first && !isLabel ? this.addEntries(first, line, more.map(inlineText), [], quotes) : [];
      listEntries.push(...added);
      if (nested.length) {
        const label = isLabel ? inlineText(first) : "";
        this.itemLabels.push(label ? [label.slice(0, 80)] : []);
        for (const [open, innerClose] of nested) this.list(tokens, open, innerClose);
        this.itemLabels.pop();
      }
    }
    this.lastListEntries = listEntries;
    this.headingFollowed = true;
  }

  /** A markdown table: its header row names the columns; each body row with a paper is an entry. */
  table(tokens: Token[], start: number, end: number) {
    let header: Segment[][] | undefined;
    let row: Segment[][] = [];
    let rowLine = 0;
    let inHead = false;
    for (let i = start + 1; i < end; i++) {
      const token = tokens[i]!;
      if (token.type === "thead_open") inHead = true;
      else if (token.type === "thead_close") inHead = false;
      else if (token.type === "tr_open") {
        row = [];
        rowLine = (token.map?.[0] ?? 0) + 1;
      } else if (token.type === "inline") row.push(inlineSegments(token.children ?? []));
      else if (token.type === "tr_close") {
        if (inHead) header = row;
        else this.tableRow(row, rowLine, header);
      }
    }
    this.headingFollowed = true;
  }

  private tableRow(cells: Segment[][], line: number, header?: Segment[][]) {
    const read = readTableRow(cells, header);
    for (const problem of read.problems) this.issue(line, problem);
    for (const fields of read.entries) {
      const entry = this.toEntry(fields, line, []);
      if (entry) this.entries.push(entry);
    }
  }

  /** Raw HTML: `<details>`/`<summary>` name sub-sections, `<table>` rows are read like a markdown table's. */
  htmlBlock(html: string, line: number) {
    const content = readHtmlBlock(html, line);
    for (let k = 0; k < content.detailsClosed; k++) this.detailsLabels.pop();
    if (content.lateSummary !== undefined && this.detailsLabels[this.detailsLabels.length - 1] === "")
      this.detailsLabels[this.detailsLabels.length - 1] = this.detailsLabel(content.lateSummary);
    for (const table of content.tables) {
      const headerRow = table.rows.find((r) => r.header);
      for (const row of table.rows) if (row !== headerRow) this.tableRow(row.cells, row.line, headerRow?.cells);
    }
    for (const summary of content.detailsOpened) this.detailsLabels.push(this.detailsLabel(summary));
    if (content.tables.length) this.headingFollowed = true;
  }

  private detailsLabel(summary: string): string {
    return summary.replace(CLICK_NOISE, "").slice(0, 80);
  }

  blockquote(text: string, line: number) {
    const target = this.lastListEntries[this.lastListEntries.length - 1];
    if (target && text) this.addAbstract(target, text);
    else this.describe(text, line);
    this.lastListEntries = [];
  }
}
