// Stage 1, parse: list text → entries with their section paths, descriptions and year hints.
// Structure comes from markdown-it's token stream (headings, list items, tables, block quotes);
// raw HTML is read for text and links only and never passed on.
import { hasHttpLink, inlineText } from "./inline";
import { ListParser } from "./list-parser";
import { blockText, closingIndex, listTitle, markdown } from "./parse-tokens";
import type { ParsedList } from "./types";

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
        if (inline && hasHttpLink(inline)) parser.headingLink(inline, line);
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
        parser.blockquote(blockText(tokens, i, close), line);
        i = close;
        break;
      }
      case "html_block":
        parser.htmlBlock(token.content, line);
        break;
      case "paragraph_open": {
        const inline = tokens[i + 1];
        const children = inline?.children ?? [];
        const first = children.find((c) => c.type !== "text" || c.content.trim());
        // A paragraph that starts with a link or bold link is an entry written without a bullet;
        // under a linked heading, one that starts in bold may be the paper's full title.
        const startsWithLink =
          first?.type === "link_open" || (first?.type === "strong_open" && children[1]?.type === "link_open");
        if (inline && startsWithLink) parser.addEntries(inline, line);
        else if (inline && first?.type === "strong_open" && parser.headingEntry) parser.headedParagraph(inline, line);
        else parser.describe(inlineText(inline), line, inline);
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
