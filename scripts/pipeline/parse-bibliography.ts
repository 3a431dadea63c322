// Stage 1 for bibliographies: a BibTeX or CSL-JSON file in data/lists/ becomes entries like a
// markdown list's, in one section named after the file. citation-js reads both formats; the
// arXiv ID comes from `eprint` + `archivePrefix`, the arXiv DOI `10.48550/arXiv.*`, or the URL.
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";

import { type PaperLink, arxivAbsUrl, normalizeArxivId } from "../../src/model";
import { ListError } from "./errors";
import { collapse } from "./inline";
import type { Entry, ParsedList } from "./types";

interface CslName {
  given?: string;
  family?: string;
  literal?: string;
}

interface CslItem {
  id?: string | number;
  "citation-key"?: string;
  title?: string;
  author?: CslName[];
  issued?: { "date-parts"?: Array<Array<number | string>>; literal?: string };
  DOI?: string;
  URL?: string;
  abstract?: string;
  note?: string;
  number?: string;
  publisher?: string;
  "container-title"?: string;
}

interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
const ARXIV_IN_TEXT = /\barxiv[:\s]*([a-z-]+\/\d{7}|\d{4}\.\d{4,5})(v\d+)?/i;

function authorName(name: CslName): string {
  return collapse(name.literal ?? [name.given, name.family].filter(Boolean).join(" "));
}

function arxivIdOf(item: CslItem, raw?: BibtexEntry): string | null {
  const fields = raw?.properties ?? {};
  const prefix = (fields.archiveprefix ?? fields.eprinttype ?? "").toLowerCase();
  if (fields.eprint && (prefix === "arxiv" || /^\d{4}\.\d{4,5}/.test(fields.eprint))) {
    const id = normalizeArxivId(fields.eprint);
    if (id) return id;
  }
  const doi = ARXIV_DOI.exec(item.DOI ?? "");
  if (doi?.[1]) return normalizeArxivId(doi[1]);
  for (const text of [item.URL, item.number, item.note, fields.journal]) {
    const match = text
      ? (/arxiv\.org\/(?:abs|pdf)\/([^\s?#]+?)(?:\.pdf)?(?:[?#].*)?$/i.exec(text) ?? ARXIV_IN_TEXT.exec(text))
      : null;
    const id = match?.[1] ? normalizeArxivId(match[1]) : null;
    if (id) return id;
  }
  return null;
}

function yearOf(item: CslItem): Entry["yearHint"] {
  const parts = item.issued?.["date-parts"]?.[0];
  const year = Number(parts?.[0]);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return undefined;
  const month = Number(parts?.[1]);
  return month >= 1 && month <= 12 ? { year, month } : { year };
}

/** 1-based line of `@type{key` in the BibTeX text, or of `"id": "key"` in CSL-JSON. */
function lineOf(text: string, key: string, bibtex: boolean): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = bibtex ? new RegExp(`@\\w+\\s*[{(]\\s*${escaped}\\s*,`) : new RegExp(`"id"\\s*:\\s*"?${escaped}"?`);
  const index = text.search(pattern);
  return index < 0 ? 0 : text.slice(0, index).split("\n").length;
}

function toEntry(
  item: CslItem,
  raw: BibtexEntry | undefined,
  base: Omit<Entry, "title" | "line" | "extraLinks" | "summary">,
  line: number,
): Entry | null {
  // collapse() also drops bidirectional overrides, as for markdown lists.
  const title = collapse(item.title ?? "");
  const arxivId = arxivIdOf(item, raw);
  const extraLinks: PaperLink[] = [];
  const isHttp = (url?: string): url is string => !!url && /^https?:\/\//i.test(url);
  if (isHttp(item.URL)) extraLinks.push({ label: "link", url: item.URL });
  if (item.DOI && !ARXIV_DOI.test(item.DOI))
    extraLinks.push({ label: `DOI ${item.DOI}`, url: `https://doi.org/${item.DOI}` });
  const url = arxivId ? arxivAbsUrl(arxivId) : (extraLinks[0]?.url ?? undefined);
  const entry: Entry = {
    ...base,
    title,
    line,
    extraLinks: extraLinks.filter((l) => l.url !== url),
    summary: collapse(item.abstract ?? item.note ?? ""),
  };
  if (url) entry.url = url;
  const yearHint = yearOf(item);
  if (yearHint) entry.yearHint = yearHint;
  const authors = (item.author ?? []).map(authorName).filter(Boolean);
  if (authors.length) entry.authors = authors;
  if (item.DOI && !ARXIV_DOI.test(item.DOI)) entry.doi = item.DOI;
  return title ? entry : null;
}

function sectionName(file: string): string {
  return file.replace(/\.[^.]+$/, "");
}

/** Reads a BibTeX file; a syntax error names the file, the line and the entry it is in. */
export function parseBibtex(text: string, options: { list: string; file: string }): ParsedList {
  const { list, file } = options;
  let raw: BibtexEntry[];
  let items: CslItem[];
  try {
    raw = plugins.input.chain(text, { target: "@biblatex/entries+list", generateGraph: false }) as BibtexEntry[];
    items = plugins.input.chain(text, { target: "@csl/list+object", generateGraph: false }) as CslItem[];
  } catch (error) {
    const message = (error as Error).message.split("\n")[0] ?? "unreadable";
    const line = Number(/at line (\d+)/.exec(message)?.[1] ?? 0);
    const before = text
      .split("\n")
      .slice(0, line || undefined)
      .join("\n");
    const keys = [...before.matchAll(/@\w+\s*[{(]\s*([^,\s{}()]+)/g)];
    const key = keys[keys.length - 1]?.[1];
    throw new ListError(
      `${file}:${line}: malformed BibTeX${key ? ` in entry "${key}"` : ""}: ${message.replace(/ at line \d+ col \d+:?/, "")}`,
    );
  }
  return bibliography(text, items, new Map(raw.map((r) => [r.label, r])), { list, file, bibtex: true });
}

/** Reads a CSL-JSON file (an array of items, as Zotero and citation-js export). */
export function parseCslJson(text: string, options: { list: string; file: string }): ParsedList {
  const { list, file } = options;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? -1);
    const line = position >= 0 ? text.slice(0, position).split("\n").length : 0;
    throw new ListError(`${file}:${line}: not valid JSON (${(error as Error).message}); expected a CSL-JSON array`);
  }
  const items = Array.isArray(data) ? data : null;
  if (!items || items.some((item) => typeof item !== "object" || item === null || Array.isArray(item)))
    throw new ListError(`${file}:1: not a CSL-JSON list; expected an array of items like {"id": ..., "title": ...}`);
  return bibliography(text, items as CslItem[], new Map(), { list, file, bibtex: false });
}

function bibliography(
  text: string,
  items: CslItem[],
  raw: Map<string, BibtexEntry>,
  options: { list: string; file: string; bibtex: boolean },
): ParsedList {
  const { list, file, bibtex } = options;
  const section = [sectionName(file)];
  const parsed: ParsedList = {
    list,
    file,
    title: section[0]!,
    entries: [],
    sections: [{ list, path: section, line: 1 }],
    issues: [],
  };
  for (const item of items) {
    const key = String(item["citation-key"] ?? item.id ?? "");
    const line = key ? lineOf(text, key, bibtex) : 0;
    const entry = toEntry(item, raw.get(key), { list, file, section }, line);
    if (entry) parsed.entries.push(entry);
    else parsed.issues.push({ file, line, message: `entry "${key}" has no title; skipped` });
  }
  if (!text.trim()) parsed.issues.push({ file, line: 0, message: "the list is empty" });
  else if (items.length === 0) parsed.issues.push({ file, line: 0, message: "no entries found" });
  return parsed;
}
