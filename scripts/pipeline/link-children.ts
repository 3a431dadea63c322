// A title bullet whose nested items are only its links (`- Paper title` over `- [arXiv](url)`,
// `- [code](url)`): the parent is the entry and the children its links, not a one-paper
// sub-section named after the title with a paper called "https".
import type { Token } from "markdown-it";

import { isBareUrl, isGenericLabel } from "./entry";
import { type Segment, collapse, inlineSegments, inlineText } from "./inline";
import { directInlines, listItems, nestedLists } from "./parse-tokens";

/** The child items of a title bullet, when they are only its links (`- [arXiv](url)`, `- [code](url)`). */
export interface LinkChildren {
  segments: Segment[];
  texts: string[];
}

/** Words beside a child's links that still make it only links (`Code: [GitHub](url)`). */
const MAX_LINK_CAPTION_WORDS = 3;

/** Null: no link (a note); true: only links with generic labels; false: anything else. */
function isLinkOnly(segments: Segment[]): boolean | null {
  const links = segments.filter((s) => s.kind === "link" && /^https?:/i.test(s.href ?? ""));
  if (links.length === 0) return null;
  const caption = segments
    .filter((s) => s.kind === "text")
    .map((s) => s.text)
    .join(" ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ");
  if (caption.split(/\s+/).filter(Boolean).length > MAX_LINK_CAPTION_WORDS) return false;
  return links.every((l) => isGenericLabel(l.text) || isBareUrl(l) || !collapse(l.text));
}

/**
 * `- Paper title` whose nested items are only its links (`- [arXiv](url)`, `- [code](url)`), and
 * perhaps notes: the item is the entry, the children its links and description. Null when a
 * child is an entry of its own (a titled link) or holds a list.
 */
export function linkChildren(tokens: Token[], start: number, end: number): LinkChildren | null {
  const segments: Segment[] = [];
  const texts: string[] = [];
  for (const [open, close] of nestedLists(tokens, start, end)) {
    for (const [item, itemClose] of listItems(tokens, open, close)) {
      if (nestedLists(tokens, item, itemClose).length) return null;
      for (const inline of directInlines(tokens, item, itemClose)) {
        const childSegments = inlineSegments(inline.children ?? []);
        const linkOnly = isLinkOnly(childSegments);
        if (linkOnly === false) return null;
        if (linkOnly) segments.push({ kind: "text", text: " ", strong: false, em: false }, ...childSegments);
        else if (inlineText(inline)) texts.push(inlineText(inline));
      }
    }
  }
  return segments.length ? { segments, texts } : null;
}
