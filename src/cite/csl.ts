// A paper as CSL-JSON, the one record every citation format is made from, and its citation key.
// arXiv preprints are CSL's `article` (a preprint) with publisher arXiv, the ID as number, the arXiv
// DOI and the abstract page; authors only when the data knows them (never invented). Imported only
// by the lazily loaded citation and export code (it pulls in citation-js's name parser).
import { parse as parseName } from "@citation-js/name";

import type { PaperGraph } from "../load";
import { type PaperAttributes, arxivAbsUrl, isPaper } from "../model";
import { safeHttpUrl } from "../ui/links";

export interface CslName {
  given?: string;
  family?: string;
  "non-dropping-particle"?: string;
  "dropping-particle"?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  "citation-key": string;
  type: "article";
  title: string;
  author?: CslName[];
  issued?: { "date-parts": [[number] | [number, number]] };
  publisher?: string;
  /** Where a paper off arXiv was published, as the list gives it (its venue). */
  "container-title"?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
}

/** "Ashish Vaswani" → given + family; a one-word name (an organisation) stays whole. */
export function cslName(name: string): CslName {
  const trimmed = name.trim();
  const parsed = parseName(trimmed) as CslName;
  if (!parsed.given || !parsed.family) return { literal: trimmed };
  return parsed;
}

export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id}`;
}

export function paperToCsl(paper: PaperAttributes, citationKey: string): CslItem {
  const item: CslItem = { id: citationKey, "citation-key": citationKey, type: "article", title: paper.title };
  if (paper.authors?.length) item.author = paper.authors.map(cslName);
  if (paper.year !== undefined)
    item.issued = { "date-parts": [paper.month !== undefined ? [paper.year, paper.month] : [paper.year]] };
  if (paper.arxivId) {
    item.publisher = "arXiv";
    item.number = paper.arxivId;
    item.DOI = arxivDoi(paper.arxivId);
    item.URL = arxivAbsUrl(paper.arxivId);
  } else {
    if (paper.venue) item["container-title"] = paper.venue;
    if (paper.doi) item.DOI = paper.doi;
    const url = paper.links.map((l) => safeHttpUrl(l.url)).find((u) => u !== null);
    if (url) item.URL = url;
  }
  if (paper.abstract) item.abstract = paper.abstract;
  return item;
}

/** Words a citation key skips when it takes the title's first word. */
const STOPWORDS = new Set([
  "a",
  "an",
  "the",
  "on",
  "of",
  "in",
  "for",
  "to",
  "and",
  "with",
  "from",
  "towards",
  "toward",
]);

/** Lower-case ASCII letters and digits only: "Łukasz" → "ukasz", "GPT-4" → "gpt4". */
export function keyPart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function firstTitleWord(title: string): string {
  const words = title
    .split(/[\s\-:–—]+/)
    .map(keyPart)
    .filter(Boolean);
  return words.find((w) => !STOPWORDS.has(w)) ?? words[0] ?? "paper";
}

/**
 * `vaswani2017attention` (first author's family name, year, first word of the title), or without
 * authors `gpt4_2023` (the short name or the title's first word, then the year).
 */
export function citationKeyBase(paper: PaperAttributes): string {
  const year = paper.year !== undefined ? `${paper.year}` : "";
  const first = paper.authors?.[0];
  const family = first ? keyPart(cslName(first).family ?? cslName(first).literal ?? "") : "";
  if (family) return `${family}${year}${firstTitleWord(paper.title)}`;
  const head = keyPart(paper.shortName ?? "") || firstTitleWord(paper.title);
  return `${head}${/\d$/.test(head) && year ? "_" : ""}${year}`;
}

/**
 * One key for every paper of the graph, unique: papers sharing a base key are told apart by a
 * suffix a, b, c… in date-then-title order. Computed over the whole graph, so a paper has the same
 * key in its Cite box and in every export, whatever the filters.
 */
export function citationKeys(graph: PaperGraph): Map<string, string> {
  const byBase = new Map<string, { node: string; paper: PaperAttributes }[]>();
  graph.forEachNode((node, attrs) => {
    if (!isPaper(attrs)) return;
    const base = citationKeyBase(attrs);
    const group = byBase.get(base);
    if (group) group.push({ node, paper: attrs });
    else byBase.set(base, [{ node, paper: attrs }]);
  });
  const keys = new Map<string, string>();
  const when = (p: PaperAttributes) => (p.year ?? Infinity) * 12 + (p.month ?? 1);
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      keys.set(group[0]!.node, base);
      continue;
    }
    group.sort(
      (a, b) =>
        when(a.paper) - when(b.paper) || a.paper.title.localeCompare(b.paper.title, "en") || (a.node < b.node ? -1 : 1),
    );
    group.forEach(({ node }, i) => keys.set(node, `${base}${suffix(i)}`));
  }
  return keys;
}

/** a, b, …, z, aa, ab, … */
function suffix(i: number): string {
  let s = "";
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}
