// Plain data passed between the build's stages: parse → resolve → merge → (enrich) → link → layout.
import type { LineageEvidence, PaperAttributes, PaperLink } from "../../src/model";

/** Something the report should tell the curator about, located in a list file. */
export interface Issue {
  file: string;
  /** 1-based; 0 when the issue concerns the whole file. */
  line: number;
  message: string;
}

/** A link as written in the list, before any filtering. */
export interface RawLink {
  label: string;
  url: string;
}

/** One item of a reading list, as the parser found it. */
export interface Entry {
  list: string;
  file: string;
  line: number;
  /** Heading path, outermost first; never empty (entries above the first heading get the list's title). */
  section: string[];
  title: string;
  /** The entry's own link (the title's), if it has one; http(s) only. */
  url?: string;
  /** Every other http(s) link on the entry's line or in its description. */
  extraLinks: PaperLink[];
  /** The curator's description, as plain text. */
  summary: string;
  /** A block-quoted abstract that follows the entry (the AGI-Papers list has one per paper). */
  abstract?: string;
  yearHint?: { year: number; month?: number };
  /** A short name the list gives explicitly (`: *BERT*`). */
  nameHint?: string;
  /** Authors, when the list gives them (bibliographies, `Title. Authors. Venue` lines, Authors columns). */
  authors?: string[];
  /** Where it was published, when the list says (`CVPR`, a Venue column). */
  venue?: string;
  doi?: string;
}

export interface SectionInfo {
  list: string;
  path: string[];
  line: number;
  description?: string;
}

export interface ParsedList {
  list: string;
  file: string;
  /** The list's own title (its first heading, or the file name). */
  title: string;
  entries: Entry[];
  sections: SectionInfo[];
  issues: Issue[];
}

export type ResourceKind =
  "video" | "course" | "repository" | "news" | "post" | "dataset" | "book" | "docs" | "demo" | "other";

/** `by: "search"`: found by an online title search (see ./search.ts); `matchedTitle` is the source's title. */
export type Resolution =
  | { kind: "paper"; arxivId: string; by: "url" | "title" | "search"; matchedTitle?: string }
  | { kind: "paper"; arxivId?: undefined; by: "host" | "title" | "search"; matchedTitle?: string }
  | { kind: "resource"; resourceKind: ResourceKind }
  | { kind: "unresolved"; reason: string };

export interface ResolvedEntry {
  entry: Entry;
  resolution: Resolution;
  /** Normalised title, the merge key for papers without an arXiv ID. */
  titleKey: string;
}

export interface Ambiguity {
  entry: Entry;
  candidates: string[];
}

export interface ResolveResult {
  entries: ResolvedEntry[];
  ambiguities: Ambiguity[];
}

/** One paper after duplicates are merged: the unit the graph is made of. Its bibliographic
 * fields are the shared schema's (src/model), so build and app cannot drift apart. */
export interface Paper extends Pick<
  PaperAttributes,
  | "arxivId"
  | "doi"
  | "title"
  | "year"
  | "month"
  | "authors"
  | "venue"
  | "abstract"
  | "tldr"
  | "citationCount"
  | "sections"
  | "summaries"
  | "links"
  | "lists"
  | "provenance"
> {
  key: string;
  titleKey: string;
  /** Distinctive names from the lists' annotations and the titles (`LLaMA`, `ERNIE 2.0`). */
  names: string[];
  /** Names found only in descriptions and abstracts ("The Chinchilla paper"): weaker claims. */
  textNames: string[];
  /** Notes on the date for the report (a year hint that disagrees with the arXiv ID). */
  dateNotes: string[];
  /** Every list line the paper was merged from (`ai-canon.md:226`). */
  origins: string[];
}

/** A lineage link before it becomes a graph edge: `from` builds on `to`. */
export interface Lineage {
  from: string;
  to: string;
  evidence: LineageEvidence[];
  /** A citation of a paper that came out after the citing one (see ./dates.ts): drawn, never followed. */
  backwards?: true;
}
