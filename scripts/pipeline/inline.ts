// Turns one markdown-it inline token (an entry's line) into flat segments of text and links,
// keeping whether each sits in bold or italics: the parser reads titles, name annotations and
// descriptions off these. Raw HTML is never kept: `<a href>` becomes a link, other tags vanish.
import type { Token } from "markdown-it";

export interface Segment {
  kind: "text" | "link";
  text: string;
  /** Links only: the href exactly as written (may be empty, relative or any scheme). */
  href?: string;
  strong: boolean;
  em: boolean;
  /** Links only: the link wraps an image (a badge or thumbnail), not a title. */
  image?: boolean;
}

const HTML_LINK_OPEN = /^<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>$/i;
const HTML_LINK_CLOSE = /^<\/a\s*>$/i;
const HTML_BREAK = /^<br\s*\/?>$/i;

/** Decodes the few entities markdown-it leaves in html_inline attribute values. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export function inlineSegments(children: Token[]): Segment[] {
  const segments: Segment[] = [];
  let strong = 0;
  let em = 0;
  let link: Segment | null = null;

  const pushText = (text: string) => {
    if (!text) return;
    if (link) {
      link.text += text;
      return;
    }
    const last = segments[segments.length - 1];
    if (last && last.kind === "text" && last.strong === strong > 0 && last.em === em > 0) last.text += text;
    else segments.push({ kind: "text", text, strong: strong > 0, em: em > 0 });
  };
  const openLink = (href: string) => {
    link = { kind: "link", text: "", href, strong: strong > 0, em: em > 0 };
    segments.push(link);
  };

  for (const token of children) {
    switch (token.type) {
      case "text":
      case "code_inline":
        pushText(token.content);
        break;
      case "softbreak":
      case "hardbreak":
        pushText("\n");
        break;
      case "strong_open":
        strong++;
        break;
      case "strong_close":
        strong = Math.max(0, strong - 1);
        break;
      case "em_open":
        em++;
        break;
      case "em_close":
        em = Math.max(0, em - 1);
        break;
      case "link_open":
        openLink(String(token.attrGet("href") ?? ""));
        break;
      case "link_close":
        link = null;
        break;
      case "image":
        if (link) (link as Segment).image = true;
        break;
      case "html_inline": {
        const open = HTML_LINK_OPEN.exec(token.content);
        if (open) openLink(decodeAttribute(open[1] ?? open[2] ?? open[3] ?? ""));
        else if (HTML_LINK_CLOSE.test(token.content)) link = null;
        else if (HTML_BREAK.test(token.content)) pushText("\n");
        break;
      }
      default:
        break;
    }
  }
  for (const segment of segments) {
    // Unbalanced `**` (the lists have `**[LoRA ...](url) (2021)`) stays as literal text: drop it.
    segment.text = segment.text.replace(/\*\*/g, "");
  }
  return segments;
}

/** Plain text of a run of segments, whitespace collapsed. */
export function segmentsText(segments: Segment[]): string {
  return collapse(segments.map((s) => s.text).join(""));
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a list's text
 * they can make a title read backwards or hide part of it (U+202E reverses what follows), so no
 * string from a list keeps them. The direction marks U+200E/U+200F stay: they only place
 * punctuation in right-to-left text.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

export function collapse(text: string): string {
  return stripBidiControls(text).replace(/\s+/g, " ").trim();
}

/** Plain text of an inline token's content. */
export function inlineText(token: Token | undefined): string {
  return token?.children ? segmentsText(inlineSegments(token.children)) : "";
}

/** Whether an inline token holds a link to an http(s) URL. */
export function hasHttpLink(inline: Token): boolean {
  return (inline.children ?? []).some(
    (c) => c.type === "link_open" && /^https?:/i.test(String(c.attrGet("href") ?? "")),
  );
}
