/** Papers per year, for the histogram above the year slider; every year of the span, zeros included. */
export interface YearBin {
  year: number;
  count: number;
}

/** What the map hides and what the count says, derived from the state by ./visibility.ts. */
export interface Visibility {
  /** Papers and section hubs hidden by the filters. */
  hidden: ReadonlySet<string>;
  shownPapers: number;
  totalPapers: number;
  /** Lineage links hidden by the link-kind filter (their papers may still be shown). */
  hiddenEdges?: ReadonlySet<string>;
}
