// Reads an entry's fields off the segments of its line: which link is the title, the year
// hint, an explicit short name (`: *BERT*`), the description, and the other links.
// Handles the shapes reading lists use: `**[Title](url)** (2017): text ([blog post](url))`,
// `[2019/07] **[Title](url)** : *Name*`, `Title. Authors. Venue 2019. [paper](url)`,
// several resources on one line, and titles with no link at all.
import type { PaperLink } from "../../src/model";
import { type CitationLine, readCitationLine, readCitationTail } from "./citation-line";
import { type Segment, collapse, segmentsText } from "./inline";

export interface EntryFields {
  title: string;
  url?: string;
  extraLinks: PaperLink[];
  summary: string;
  yearHint?: { year: number; month?: number };
  nameHint?: string;
  /** From `Title. Authors. Venue 2019.` lines and Authors/Venue table columns. */
  authors?: string[];
  venue?: string;
}

export interface EntryRead {
  entries: EntryFields[];
  /** Links that were dropped, with why, for the report. */
  problems: string[];
}

/** Link labels that describe the link, not the entry: `([blog post](...))`, `[paper](...)`. */
const GENERIC_LABEL =
  /^\W*(?:the\s+)?(?:blog(?:\s*post)?|post|website|web\s*site|site|home\s*page|project(?:\s*page)?|paper|pdf|arxiv|abs|html|code|github|repo|video|talk|slides|demo|explainer|comic|link|here|page|dataset|data|model|weights|tweet|thread|youtube|news|article|openreview|official|website\s*\/\s*blog)\W*$/i;
/** Labels that say the link is the paper itself, for `Title. Authors. Venue. [paper](url)`. */
const PAPER_LABEL = /^\W*(?:paper|pdf|arxiv|abs|openreview|html)\W*$/i;
const YEAR_MONTH_PREFIX = /^\s*\[(\d{4})[/.-](\d{1,2})\]/;
const YEAR_IN_PARENS = /\((1[89]\d\d|20\d\d)\)/;
const SEPARATORS_ONLY = /^[\s,;|/·•&+-]*$/;
const MAX_NAME_LENGTH = 40;

/** A link whose text is its own address, as linkify makes of a bare URL. */
export function isBareUrl(segment: Segment): boolean {
  const text = collapse(segment.text);
  return /^(https?:\/\/|www\.)\S+$/i.test(text);
}

export function isGenericLabel(label: string): boolean {
  return GENERIC_LABEL.test(label.trim());
}

function isHttp(href: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(href);
}

function validYear(year: number): boolean {
  return year >= 1950 && year <= 2049;
}

/** Sorts links into usable ones and problems; fragment links (tables of contents) and badges vanish. */
function usableLinks(segments: Segment[], problems: string[]): Segment[] {
  const usable: Segment[] = [];
  for (const segment of segments) {
    if (segment.kind !== "link") continue;
    const href = (segment.href ?? "").trim();
    const label = collapse(segment.text);
    if (href.startsWith("#")) continue;
    if (segment.image && !label) continue;
    if (!href) problems.push(`empty link "[${label}]()"`);
    else if (isHttp(href)) usable.push(segment);
    else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) problems.push(`link "${truncate(href, 60)}" is not http(s); not kept`);
    else problems.push(`relative link "${truncate(href, 60)}" cannot be followed; not kept`);
  }
  return usable;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function toLink(segment: Segment): PaperLink {
  return { label: collapse(segment.text) || "link", url: (segment.href ?? "").trim() };
}

/** `[A](u), [B](v), [C](w)`: a line that is only links to separate things is one entry each. */
function splitMultiEntryLine(segments: Segment[], links: Segment[]): EntryFields[] | null {
  const titled = links.filter((l) => !isGenericLabel(l.text) && collapse(l.text));
  if (titled.length < 2 || segments.some((s) => s.strong)) return null;
  const textOnly = segments.filter((s) => s.kind === "text").every((s) => SEPARATORS_ONLY.test(s.text));
  const everyLinkTitled = segments.filter((s) => s.kind === "link").every((s) => titled.includes(s) || !s.href);
  if (!textOnly || !everyLinkTitled) return null;
  return titled.map((link) => ({ title: collapse(link.text), url: link.href!.trim(), extraLinks: [], summary: "" }));
}

/** Chooses the segment that names the entry: a bold titled link, any titled link, or none. */
function primaryLink(segments: Segment[]): Segment | undefined {
  // A bare URL (`https://arxiv.org/abs/…`, linkified) names nothing: it is no title.
  const titled = segments.filter(
    (s) => s.kind === "link" && collapse(s.text) && !s.image && !isGenericLabel(s.text) && !isBareUrl(s),
  );
  const isFragment = (s: Segment) => (s.href ?? "").trim().startsWith("#");
  return titled.find((s) => s.strong && !isFragment(s)) ?? titled.find((s) => !isFragment(s));
}

/** Pulls `(2022)` out of a title such as `Constitutional AI (2022)`. */
function splitTitleYear(title: string): { title: string; year?: number } {
  const match = YEAR_IN_PARENS.exec(title);
  if (!match) return { title };
  const year = Number(match[1]);
  if (!validYear(year)) return { title };
  return { title: collapse(title.replace(match[0], "")), year };
}

/** Removes the traces generic links leave in a description: `( )`, `(, )`, doubled spaces. */
function cleanSummary(text: string): string {
  return collapse(
    text
      .replace(/\(\s*[,;]?\s*\)/g, "")
      .replace(/\s+([.,;:])/g, "$1")
      // `reveals! ([blog post](…)).` leaves `reveals!.` once the link is gone
      .replace(/([.!?])\.+/g, "$1")
      .replace(/^[\s:;,.–—-]+/, ""),
  );
}

export function readEntryFields(segments: Segment[]): EntryRead | null {
  const problems: string[] = [];
  const links = usableLinks(segments, problems);
  const multi = splitMultiEntryLine(segments, links);
  if (multi) return { entries: multi, problems };

  const fullText = segmentsText(segments);
  const monthPrefix = YEAR_MONTH_PREFIX.exec(fullText);
  let yearHint: EntryFields["yearHint"];
  if (monthPrefix) {
    const year = Number(monthPrefix[1]);
    const month = Number(monthPrefix[2]);
    if (validYear(year)) yearHint = month >= 1 && month <= 12 ? { year, month } : { year };
  }

  const primary = primaryLink(segments);
  let title: string;
  let url: string | undefined;
  let rest: Segment[];
  let cited: Omit<CitationLine, "title"> = {};
  const notStrong = (list: Segment[]) => list.filter((s) => !(s.kind === "text" && s.strong));
  if (primary) {
    title = collapse(primary.text);
    url = links.includes(primary) ? primary.href!.trim() : undefined;
    rest = segments.slice(segments.indexOf(primary) + 1);
    // `[Title](url). Authors. Venue 2017.`: a reference after the title, not a description.
    const next = rest[0];
    if (next?.kind === "text" && /^\s*\.\s/.test(next.text)) {
      const tail = readCitationTail(next.text);
      if (tail.authors) {
        cited = tail;
        rest = rest.slice(1);
      }
    }
  } else {
    const paperLink = links.find((l) => PAPER_LABEL.test(l.text));
    const strongText = collapse(
      segments
        .filter((s) => s.kind === "text" && s.strong)
        .map((s) => s.text)
        .join(" "),
    );
    const bracketed = /^\s*\[([^\]]+)\]/.exec(fullText.replace(YEAR_MONTH_PREFIX, ""));
    if (paperLink) {
      const before = segments.slice(0, segments.indexOf(paperLink));
      // `**Title**. Authors. Venue 2019. [paper](url)` or the same without the bold.
      const line = readCitationLine(strongText || segmentsText(before));
      const tail = strongText ? readCitationTail(segmentsText(notStrong(before))) : line;
      title = line.title;
      const year = tail.year ?? line.year;
      cited = { ...tail };
      if (year !== undefined) cited.year = year;
      url = paperLink.href!.trim();
      rest = segments.slice(segments.indexOf(paperLink) + 1);
    } else if (strongText) {
      // A title with no link at all: kept, and reported as unresolved later. What follows it may
      // be its reference (`**Title**. Authors. Venue 2023.`) rather than a description.
      title = strongText;
      rest = notStrong(segments);
      const tail = readCitationTail(segmentsText(rest));
      if (tail.authors) {
        cited = tail;
        rest = [];
      }
    } else if (bracketed) {
      title = collapse(bracketed[1]!);
      rest = [{ kind: "text", text: fullText.replace(bracketed[0], ""), strong: false, em: false }];
    } else if (links.length > 0 || problems.length > 0) {
      // Only generic or broken links and plain text: the text is the title.
      const line = readCitationLine(segmentsText(segments.filter((s) => s.kind === "text")));
      ({ title, ...cited } = line);
      delete cited.year;
      url = links[0]?.href?.trim();
      rest = [];
    } else {
      return null;
    }
  }
  if (cited.year !== undefined && !yearHint) yearHint = { year: cited.year };

  const titleYear = splitTitleYear(title.replace(YEAR_MONTH_PREFIX, ""));
  title = titleYear.title;
  if (titleYear.year !== undefined && !yearHint) yearHint = { year: titleYear.year };

  // Before the description proper come a year `(2017)` and a name annotation `: *BERT*`.
  let nameHint: string | undefined;
  let sawContent = false;
  const summaryParts: Segment[] = [];
  for (const segment of rest) {
    if (segment.kind === "text" && !segment.em) {
      let text = segment.text;
      const year = sawContent ? null : YEAR_IN_PARENS.exec(text);
      if (year && !/[\p{L}\p{N}]/u.test(text.slice(0, year.index))) {
        if (!yearHint) yearHint = { year: Number(year[1]) };
        text = text.replace(year[0], "");
      }
      if (/[\p{L}\p{N}]/u.test(text)) sawContent = true;
      summaryParts.push({ ...segment, text });
      continue;
    }
    if (!sawContent && segment.kind === "text" && segment.em && !nameHint) {
      const candidate = collapse(segment.text);
      if (candidate && candidate.length <= MAX_NAME_LENGTH) {
        nameHint = candidate;
        continue;
      }
    }
    summaryParts.push(segment);
  }

  const extraLinks = links.filter((l) => l !== primary && l.href?.trim() !== url).map(toLink);
  // A year at the very end of the line: `[Title](url) — description (2019)`.
  const last = summaryParts[summaryParts.length - 1];
  const trailingYear = last?.kind === "text" ? /\((1[89]\d\d|20\d\d)\)\s*$/.exec(last.text) : null;
  if (last && trailingYear && !yearHint) {
    yearHint = { year: Number(trailingYear[1]) };
    summaryParts[summaryParts.length - 1] = { ...last, text: last.text.slice(0, trailingYear.index) };
  }

  // A "description" made only of link labels (`+ [Google AI Blog](url)`) is no description.
  const hasProse = summaryParts.some((s) => s.kind === "text" && /[\p{L}\p{N}]/u.test(s.text));
  const summaryText = summaryParts
    .map((s) => (s.kind === "link" && (isGenericLabel(s.text) || s.image) ? "" : s.text))
    .join("");
  const fields: EntryFields = { title, extraLinks, summary: hasProse ? cleanSummary(summaryText) : "" };
  if (url) fields.url = url;
  if (yearHint) fields.yearHint = yearHint;
  if (nameHint) fields.nameHint = nameHint;
  if (cited.authors) fields.authors = cited.authors;
  if (cited.venue) fields.venue = cited.venue;
  return { entries: [fields], problems };
}
