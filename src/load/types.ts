import type Graph from "graphology";

import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../model";

/** The data graph as imported from the file; the app never writes UI state into it. */
export type PaperGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Why the map cannot be shown, in words for the user. */
export interface LoadError {
  title: string;
  detail: string;
}

/** Lookups computed once at load, so filters and the panel never scan the whole graph per event. */
export interface GraphIndex {
  papers: string[];
  sections: string[];
  /** Papers outside the lists that the lists cite (see SuggestionAttributes); hidden unless asked for. */
  suggestions: string[];
  /** Every paper listed in a section or any of its sub-sections. */
  sectionPapers: Map<string, string[]>;
  /** Lineage edges touching each paper (either direction). */
  lineageDegree: Map<string, number>;
  /** Papers of the map that build on each paper (incoming lineage, never a citation of a later paper). */
  builtOnBy: Map<string, number>;
  years: { min: number; max: number } | null;
  undatedCount: number;
}
