// Walking markdown-it's token stream: where a block closes, the paragraphs and quotes directly
// inside a list item, the list's own title. Shared by the parser's passes (./parse.ts).
import MarkdownIt, { type Token } from "markdown-it";

import { collapse, inlineText } from "./inline";

export const markdown = new MarkdownIt({ html: true, linkify: true });
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
export function closingIndex(tokens: Token[], start: number): number {
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
 * Inline tokens of the paragraphs directly inside a block (not in nested lists or quotes). An item
 * that opens with raw HTML (`- <script>…</script> [Title](url)`) is an HTML block to markdown-it:
 * its markdown is recovered with the tags stripped, so the entry is not silently lost.
 */
export function directInlines(tokens: Token[], start: number, end: number): Token[] {
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

/** Block quotes directly inside a list item (`- **Title** [paper](url)` then `  > abstract`), as text. */
export function directQuotes(tokens: Token[], start: number, end: number): string[] {
  const level = tokens[start]!.level;
  const quotes: string[] = [];
  for (let i = start + 1; i < end; i++) {
    const token = tokens[i]!;
    if (token.type !== "blockquote_open" || token.level !== level + 1) continue;
    const close = closingIndex(tokens, i);
    const text = blockText(tokens, i, close);
    if (text) quotes.push(text);
    i = close;
  }
  return quotes;
}

/** Indices of the lists nested directly in a list item. */
export function nestedLists(tokens: Token[], start: number, end: number): Array<[open: number, close: number]> {
  const lists: Array<[number, number]> = [];
  const level = tokens[start]!.level;
  for (let j = start + 1; j < end; j++) {
    const inner = tokens[j]!;
    if ((inner.type === "bullet_list_open" || inner.type === "ordered_list_open") && inner.level === level + 1) {
      const close = closingIndex(tokens, j);
      lists.push([j, close]);
      j = close;
    }
  }
  return lists;
}

/** The items of a list, each as [open, close] indices. */
export function listItems(tokens: Token[], start: number, end: number): Array<[open: number, close: number]> {
  const items: Array<[number, number]> = [];
  for (let i = start + 1; i < end; i++) {
    const token = tokens[i]!;
    if (token.type !== "list_item_open" || token.level !== tokens[start]!.level + 1) continue;
    const close = closingIndex(tokens, i);
    items.push([i, close]);
    i = close;
  }
  return items;
}

/** Text of every inline token between two indices, paragraphs separated by blank lines. */
export function blockText(tokens: Token[], start: number, end: number): string {
  const parts: string[] = [];
  for (let i = start + 1; i < end; i++) if (tokens[i]!.type === "inline") parts.push(inlineText(tokens[i]));
  return parts.filter(Boolean).join("\n\n");
}

export function listTitle(tokens: Token[], fallback: string): string {
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
