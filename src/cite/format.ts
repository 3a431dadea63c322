// Citation formats, made by citation-js (loaded on demand: this module is a separate chunk, first
// imported when the user opens Cite or an export). BibTeX follows arXiv's own export: `@misc` with
// `eprint` and `archivePrefix`, which citation-js does not write, so its entries (already escaped
// for LaTeX) are taken as objects, adjusted and written out here.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";

import type { CslItem } from "./csl";

/** The CSL styles @citation-js/plugin-csl ships; no other official style is packaged on npm. */
export const CITATION_STYLES = [
  { id: "apa", label: "APA (7th edition)" },
  { id: "vancouver", label: "Vancouver" },
  { id: "harvard1", label: "Harvard (Cite Them Right)" },
] as const;

export type CitationStyle = (typeof CITATION_STYLES)[number]["id"];

export const DEFAULT_STYLE: CitationStyle = "apa";
const LOCALE = "en-US";

export function isCitationStyle(value: string): value is CitationStyle {
  return CITATION_STYLES.some((s) => s.id === value) && plugins.config.get("@csl").styles?.has(value) === true;
}

/** The formatted reference(s) as plain text (no HTML ever reaches the page), one a line. */
export function formatReference(items: CslItem[], style: CitationStyle = DEFAULT_STYLE): string {
  return new Cite(items).format("bibliography", { format: "text", template: style, lang: LOCALE }).trim();
}

interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** Field order in the output: what a reader looks for first. */
const FIELD_ORDER = ["title", "author", "year", "month", "eprint", "archiveprefix", "doi", "url"];
const FIELD_NAMES: Record<string, string> = { archiveprefix: "archivePrefix" };

/** A word styles must not recase: a capital after its first letter (`LaMDA`, `CodeGen`, `GPT-4`, `iPhone`). */
const MIXED_CASE_WORD = /^[^\s{]*\p{L}[^\s{]*\p{Lu}|^[^\s{]*\p{Lu}[^\s{]*\d/u;

/**
 * citation-js braces the capitalised words of a title but never its first word, so styles that
 * sentence-case lowercase `LaMDA` to `Lamda`. The first word gets the same protection as the rest
 * when its case is its own (two capitals, or a capital beside a digit).
 */
export function protectTitle(title: string): string {
  const first = /^([^\s:]+)(.*)$/su.exec(title);
  if (!first || first[1]!.startsWith("{") || !MIXED_CASE_WORD.test(first[1]!)) return title;
  return `{${first[1]}}${first[2]}`;
}

function bibtexEntry(entry: BibtexEntry, item: CslItem | undefined): string {
  const fields: Record<string, string> = { ...entry.properties };
  // A preprint or an unpublished paper has no journal: @misc, as arXiv's own BibTeX does.
  delete fields.publisher;
  delete fields.number;
  // citation-js repeats the URL in howpublished, LaTeX-escaped (`\textunderscore{}`): the url field has it.
  delete fields.howpublished;
  if (fields.title) fields.title = protectTitle(fields.title);
  // A venue is how an @misc entry was published (citation-js writes it, escaped, as `journal`).
  if (fields.journal) {
    fields.howpublished = fields.journal;
    delete fields.journal;
  }
  if (item?.publisher === "arXiv" && item.number) {
    fields.eprint = item.number;
    fields.archiveprefix = "arXiv";
  }
  const names = Object.keys(fields).sort((a, b) => {
    const ia = FIELD_ORDER.indexOf(a);
    const ib = FIELD_ORDER.indexOf(b);
    return (ia < 0 ? FIELD_ORDER.length : ia) - (ib < 0 ? FIELD_ORDER.length : ib) || a.localeCompare(b);
  });
  const body = names.map((name) => `  ${FIELD_NAMES[name] ?? name} = {${fields[name]}},\n`).join("");
  return `@misc{${entry.label},\n${body}}\n`;
}

export function toBibtex(items: CslItem[]): string {
  if (!items.length) return "";
  const entries = new Cite(items).format("bibtex", { format: "object" }) as unknown as BibtexEntry[];
  const byKey = new Map(items.map((item) => [item["citation-key"], item]));
  return entries.map((entry) => bibtexEntry(entry, byKey.get(entry.label))).join("\n");
}

type RisEntry = Record<string, string | number | (string | number)[]>;

/**
 * citation-js writes every CSL `article` as `JOUR`, so a reference manager files an arXiv preprint
 * as a journal article with no journal. An arXiv preprint is the RIS spec's unpublished work
 * (`UNPB`); another paper with no known journal is generic (`GEN`), its venue in T2.
 */
function risType(entry: RisEntry, item: CslItem | undefined): string {
  if (!item || item.type !== "article") return String(entry.TY);
  if (item.publisher === "arXiv") return "UNPB";
  return "GEN";
}

/**
 * RIS from citation-js's entries, written out here: its own text output hard-wraps every value at
 * 70 characters (mid-word), which readers, citation-js included, join back with a space ("S cale").
 * A value is one line, so line breaks inside it become spaces.
 */
export function toRis(items: CslItem[]): string {
  if (!items.length) return "";
  const entries = new Cite(items).format("ris", { format: "object" }) as unknown as RisEntry[];
  const byKey = new Map(items.map((item) => [item["citation-key"], item]));
  const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, " ")}\n`;
  return entries
    .map((entry) => {
      let text = line("TY", risType(entry, byKey.get(String(entry.ID))));
      for (const [tag, value] of Object.entries(entry))
        if (tag !== "TY") for (const v of ([] as (string | number)[]).concat(value)) text += line(tag, v);
      return `${text}ER  - \n`;
    })
    .join("\n");
}

/** CSL-JSON, as Zotero and citation-js read it. */
export function toCslJson(items: CslItem[]): string {
  return `${new Cite(items).format("data", { format: "text" })}\n`;
}
