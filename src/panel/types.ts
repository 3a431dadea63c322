import type { Visibility } from "../filters/types";
import type { GraphIndex, PaperGraph } from "../load";
import type { GraphHeader } from "../model";
import type { AppState, Store } from "../state";

export interface PanelContext {
  graph: PaperGraph;
  index: GraphIndex;
  header: GraphHeader;
  store: Store;
  colors: Map<string, string>;
  selectVisibility: (state: AppState) => Visibility;
  /** Where focus returns when the panel closes (the map). */
  returnFocusTo: () => HTMLElement | null;
  /** Features that add to a paper's view (lineage, reading order, cite), in order. */
  extensions?: PanelExtension[];
}

/** What a feature adds to the panel when it shows a paper. */
export interface PanelExtension {
  /** `top` goes under the title and links, `bottom` at the end; `dispose` runs when the panel shows something else. */
  paper(key: string): { top: HTMLElement[]; bottom: HTMLElement[]; dispose(): void };
}

/** A paper or section the panel lists as a link to select it. */
export interface NodeRef {
  key: string;
  label: string;
  title: string;
  year?: number;
}

/** One lineage neighbour with the evidence for the link. */
export interface LineageRef extends NodeRef {
  evidence: { text: string; source: string; kind: string; detail?: string; influential?: boolean }[];
}
