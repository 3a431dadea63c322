// The one schema that crosses from the build to the app: node and edge attributes, the file
// header and its version. The build writes exactly this (as ./compact.ts lays it out); the app
// validates it on load (./validate.ts, ./validate-core.ts) and never guesses at its shape. Which
// attributes exist from the first frame and which come with the details: see ./compact.ts.
import type { SerializedGraph } from "graphology-types";

export const GRAPH_FORMAT = "ai-reading-graph";
/**
 * 3: the build writes the graph as a compact core and its details (./compact.ts: which fields come
 * when, and the rule for code that reads them); a whole file (header + graphology's graph) is still
 * read, with every field at once.
 * 2: lineage evidence says where each citation came from (`detail`, `citingVersion`), a citation of a
 * later paper is flagged on its edge (`backwards`), and papers outside the lists that the lists cite
 * can be carried as their own node kind (`suggestion`).
 */
export const GRAPH_VERSION = 3;

/** Where a field's value came from: the list text, the arXiv ID itself, or an online source. */
export type Provenance = "list" | "arxiv-id" | "arxiv" | "semantic-scholar" | "openalex";

/** A place a paper is listed: the section node's key, the list it belongs to and the heading path. */
export interface SectionRef {
  id: string;
  list: string;
  path: string[];
}

/** A curator's note on a paper: the description or block-quoted abstract from one list. */
export interface Summary {
  list: string;
  text: string;
  /** 1-based line of the entry in the list file. */
  line: number;
}

/** A link on the entry's line. Only http(s) URLs are ever stored. */
export interface PaperLink {
  label: string;
  url: string;
}

export interface PaperAttributes {
  kind: "paper";
  /** What the map draws: the short name (`LLaMA`) when there is one, else a shortened title. */
  label: string;
  title: string;
  /** The paper's distinctive name, if it has one (`LoRA`, `Chinchilla`). */
  shortName?: string;
  /** Every distinctive name found for it, shortName first. */
  names: string[];
  arxivId?: string;
  doi?: string;
  /** Absent when the paper is undated. */
  year?: number;
  month?: number;
  authors?: string[];
  /** Where it was published, as a list gives it (`NeurIPS`, a table's Venue column). */
  venue?: string;
  abstract?: string;
  /** One-sentence summary from Semantic Scholar, when the online build found one. */
  tldr?: string;
  citationCount?: number;
  sections: SectionRef[];
  /** Key of the top-level section node of its most specific (deepest) listing: the colour group. */
  topSection: string;
  summaries: Summary[];
  links: PaperLink[];
  lists: string[];
  /** Where each field came from; `doi` says whose DOI it is (arXiv's own `10.48550/arXiv.…` DOI is never stored as one). */
  provenance: { title: Provenance; date?: Provenance; authors?: Provenance; abstract?: Provenance; doi?: Provenance };
  x: number;
  y: number;
  size: number;
}

export interface SectionAttributes {
  kind: "section";
  label: string;
  list: string;
  path: string[];
  /** 1 for a top-level section. */
  depth: number;
  topSection: string;
  /** The section's own introduction (a block quote or paragraph under its heading), if any. */
  description?: string;
  /** Papers in this section and its sub-sections. */
  paperCount: number;
  x: number;
  y: number;
  size: number;
}

/**
 * A paper that is in none of the lists but that papers of the lists cite (a reference list, a
 * citation file or an online source says so): what the lists may be missing. Drawn only when the
 * reader asks for suggestions; never counted among the lists' papers.
 */
export interface SuggestionAttributes {
  kind: "suggestion";
  label: string;
  title: string;
  arxivId?: string;
  doi?: string;
  /** Semantic Scholar's paper ID, when the source gave one. */
  s2Id?: string;
  year?: number;
  month?: number;
  /** The first authors (at most 10); `authorCount` says how many there are when there are more. */
  authors?: string[];
  authorCount?: number;
  citationCount?: number;
  /** Keys of the papers of the lists that cite it, in the lists' order; how many decides its rank. */
  citedBy: string[];
  /** The listings of the papers that cite it: which sections of the lists lean on it. */
  sections: SectionRef[];
  /** The colour group: the top section most of its citing papers sit in. */
  topSection: string;
  /** 1 for the most cited-by suggestion. */
  rank: number;
  x: number;
  y: number;
  size: number;
}

export type NodeAttributes = PaperAttributes | SectionAttributes | SuggestionAttributes;

/**
 * How one paper builds on another. `mentions`: its title or summary names the other;
 * `version`: it is a later version (`Llama 2` → `LLaMA`); `cites`: a citation found online.
 */
export type LineageKind = "mentions" | "version" | "cites";

export interface LineageEvidence {
  kind: LineageKind;
  /** The words that made the link (`names "NeRF" in its summary`), for the app to show. */
  text: string;
  /** Where the evidence was found: `ai-canon.md:312`, or an online source's name. */
  source: string;
  /** Citations only: Semantic Scholar marks the citation as influential. */
  influential?: boolean;
  /** Citations only: Semantic Scholar's citation intents (`methodology`, `background`, ...). */
  intents?: string[];
  /** Citations only: the source's own words, e.g. the matched entry of the citing paper's reference list. */
  detail?: string;
  /** Citations only: the version of the citing paper whose reference list was read (`v1`, `v5`). */
  citingVersion?: string;
}

/** Directed from the paper that builds on (source) to the paper it builds on (target). */
export interface LineageEdgeAttributes {
  kind: "lineage";
  /** The distinct kinds among `evidence`, in the order of LINEAGE_KINDS. */
  kinds: LineageKind[];
  evidence: LineageEvidence[];
  influential: boolean;
  /**
   * The paper that builds on is dated before the paper it builds on. Only a citation can do this (a
   * revised version, or a merged record of a source, cites a later paper). Such a link is drawn and
   * listed as "cites a later paper"; lineage questions (ancestors, paths, reading order, arrow keys)
   * never follow it. Absent when false.
   */
  backwards?: boolean;
  size: number;
}

/** Paper → section it is listed in, or section → its parent section. */
export interface SectionEdgeAttributes {
  kind: "member" | "subsection";
  size: number;
}

/**
 * A paper of the lists → a suggestion in its reference list. Not a lineage link: lineage questions
 * (ancestors, paths, reading order) follow it only when the reader asks them to run through
 * suggestions, and it is drawn only while suggestions are shown.
 */
export interface ReferenceEdgeAttributes {
  kind: "reference";
  /** Where the citation was found (`Semantic Scholar`, `data/citations/x.tsv:12`), always of kind `cites`. */
  evidence: LineageEvidence[];
  /** The suggestion came out after the citing paper (a revised version's reference list). Absent when false. */
  backwards?: true;
  size: number;
}

export type EdgeAttributes = LineageEdgeAttributes | SectionEdgeAttributes | ReferenceEdgeAttributes;

export const LINEAGE_KINDS: readonly LineageKind[] = ["version", "mentions", "cites"];

export interface ListSummary {
  /** Short name used in sections and summaries, from the file name (`ai-canon`). */
  name: string;
  /** File name relative to the lists folder. */
  file: string;
  entries: number;
  papers: number;
  resources: number;
}

export interface TopSection {
  id: string;
  label: string;
  list: string;
}

export interface GraphHeader {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_VERSION;
  /** Newest year-month found in the inputs, so the file records its date without reading the clock. */
  dataAsOf: string | null;
  /** SHA-256 of the input files, in order: the same inputs give the same digest. */
  inputsDigest: string;
  lists: ListSummary[];
  counts: {
    papers: number;
    sections: number;
    lineageEdges: number;
    sectionEdges: number;
    undated: number;
    /** Suggestion nodes (papers the lists cite but do not hold); 0 when the build found none. */
    suggestions: number;
  };
  years: { min: number; max: number } | null;
  /** Top-level sections in list order: the colour groups and the legend. */
  topSections: TopSection[];
  /** Which online sources contributed (empty for an offline build with a cold cache). */
  sources: string[];
}

export type GraphAttributes = Record<string, never>;

export type SerializedPaperGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphFile {
  header: GraphHeader;
  graph: SerializedPaperGraph;
}

export function isPaper(attributes: NodeAttributes): attributes is PaperAttributes {
  return attributes.kind === "paper";
}

export function isSection(attributes: NodeAttributes): attributes is SectionAttributes {
  return attributes.kind === "section";
}

export function isSuggestion(attributes: NodeAttributes): attributes is SuggestionAttributes {
  return attributes.kind === "suggestion";
}

export function isLineage(attributes: EdgeAttributes): attributes is LineageEdgeAttributes {
  return attributes.kind === "lineage";
}

export function isReference(attributes: EdgeAttributes): attributes is ReferenceEdgeAttributes {
  return attributes.kind === "reference";
}

/** Whether a link answers lineage questions (ancestors, paths, reading order): never a citation of a later paper. */
export function followsLineage(attributes: EdgeAttributes): attributes is LineageEdgeAttributes {
  return attributes.kind === "lineage" && attributes.backwards !== true;
}

export function paperKey(arxivId: string): string {
  return `arxiv:${arxivId}`;
}
