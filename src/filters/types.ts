import type { TimeWindow } from "./utils";

/** Papers per year, for the histogram above the year slider; every year of the span, zeros included. */
export interface YearBin {
  year: number;
  count: number;
}

/**
 * The filter state as the map's GPU programs read it (../map/filter-programs.ts): the months that
 * pass, and per filter group (./table.ts) whether it is on. The same values answer `hidden.has`.
 */
export interface FilterGroups {
  window: TimeWindow;
  shown: Uint8Array;
}

/** What the map hides and what the count says, derived from the state by ./visibility.ts. */
export interface Visibility {
  /** Papers and section hubs hidden by the filters. */
  hidden: ReadonlySet<string>;
  shownPapers: number;
  totalPapers: number;
  /** Lineage links hidden by the link-kind filter (their papers may still be shown). */
  hiddenEdges?: ReadonlySet<string>;
  /** The same answer as a table, for the GPU. */
  groups: FilterGroups;
}
