// The filters as a table that the map's GPU programs and the CPU's visibility answer both read.
// Built once per graph: every node gets a month (or UNDATED, or NO_TIME for section hubs) and a
// filter group; every edge a group. A filter state then only says, per group, whether it is on
// (./visibility.ts: groupFlags) and which months pass (./utils.ts: timeWindow) — a few hundred
// values, so a filter change never walks the nodes: the GPU redraws with new uniforms, and
// `hidden.has(node)` is a lookup.
//
// Groups: ALWAYS (section edges); SUGGESTIONS (on with "show suggestions"); one per distinct set of
// listings (a paper shows while any section it is listed in is on); one per section hub (on while
// the hub is alive, see ./visibility.ts); one per class of lineage link (../link-kinds: linkClassKey).
import { linkClassKey } from "../link-kinds/utils";
import type { GraphIndex, PaperGraph } from "../load";
import { type LineageEdgeAttributes, type SectionRef, isPaper, isSuggestion } from "../model";
import { dateMonth } from "./utils";

/** A node's month when it has no date: shown only with the undated toggle on. */
export const UNDATED = -1;
/** A node the time filter does not apply to (section hubs). */
export const NO_TIME = -2;
export const ALWAYS_GROUP = 0;
export const SUGGESTIONS_GROUP = 1;

/** Months of the papers in a group, sorted, and how many are undated: counts by binary search. */
export interface MonthCensus {
  months: Float64Array;
  undated: number;
}

export interface FilterTable {
  /** Node key → position in nodeTime / nodeGroup. */
  nodeIndex: ReadonlyMap<string, number>;
  nodeTime: Float32Array;
  nodeGroup: Uint32Array;
  /** Lineage edge key → its link-class group (other edges are ALWAYS_GROUP). */
  edgeGroup: ReadonlyMap<string, number>;
  groupCount: number;
  /** Listing groups: the listings shared by their papers, and those papers' months. */
  listings: Array<{ group: number; refs: readonly SectionRef[]; census: MonthCensus }>;
  /** Section hubs: their group, and the months of the papers listed directly in them. */
  hubs: Array<{ group: number; section: string; census: MonthCensus }>;
  /** Link classes: one representative link each, and how many links share it. */
  links: Array<{ group: number; link: LineageEdgeAttributes; count: number }>;
  suggestions: MonthCensus;
}

function census(months: number[]): MonthCensus {
  const dated = Float64Array.from(months.filter((m) => m !== UNDATED)).sort();
  return { months: dated, undated: months.length - dated.length };
}

const LISTING_SEPARATOR = "\u0000";

function buildTable(graph: PaperGraph, index: GraphIndex): FilterTable {
  const n = graph.order;
  const nodeIndex = new Map<string, number>();
  const nodeTime = new Float32Array(n);
  const nodeGroup = new Uint32Array(n);
  let groupCount = SUGGESTIONS_GROUP + 1;

  const listingGroups = new Map<string, { group: number; refs: readonly SectionRef[]; months: number[] }>();
  const hubMonths = new Map<string, number[]>(index.sections.map((s) => [s, []]));
  const hubGroups = new Map<string, number>();
  for (const section of index.sections) hubGroups.set(section, groupCount++);
  const suggestionMonths: number[] = [];

  let i = 0;
  graph.forEachNode((key, attrs) => {
    nodeIndex.set(key, i);
    if (isPaper(attrs)) {
      const month = dateMonth(attrs) ?? UNDATED;
      nodeTime[i] = month;
      const id = attrs.sections.map((ref) => ref.id).join(LISTING_SEPARATOR);
      let listing = listingGroups.get(id);
      if (!listing) {
        listing = { group: groupCount++, refs: attrs.sections, months: [] };
        listingGroups.set(id, listing);
      }
      listing.months.push(month);
      nodeGroup[i] = listing.group;
      for (const ref of attrs.sections) hubMonths.get(ref.id)?.push(month);
    } else if (isSuggestion(attrs)) {
      const month = dateMonth(attrs) ?? UNDATED;
      nodeTime[i] = month;
      nodeGroup[i] = SUGGESTIONS_GROUP;
      suggestionMonths.push(month);
    } else {
      nodeTime[i] = NO_TIME;
      nodeGroup[i] = hubGroups.get(key) ?? ALWAYS_GROUP;
    }
    i++;
  });

  const edgeGroup = new Map<string, number>();
  const links = new Map<string, { group: number; link: LineageEdgeAttributes; count: number }>();
  graph.forEachEdge((edge, attrs) => {
    if (attrs.kind !== "lineage") return;
    const id = linkClassKey(attrs);
    let link = links.get(id);
    if (!link) {
      link = { group: groupCount++, link: attrs, count: 0 };
      links.set(id, link);
    }
    link.count++;
    edgeGroup.set(edge, link.group);
  });

  return {
    nodeIndex,
    nodeTime,
    nodeGroup,
    edgeGroup,
    groupCount,
    listings: [...listingGroups.values()].map((l) => ({ group: l.group, refs: l.refs, census: census(l.months) })),
    hubs: [...hubMonths].map(([section, months]) => ({
      group: hubGroups.get(section)!,
      section,
      census: census(months),
    })),
    links: [...links.values()],
    suggestions: census(suggestionMonths),
  };
}

const tables = new WeakMap<GraphIndex, FilterTable>();

/** The table for a graph, built on first use; keyed by its index, which is rebuilt when a graph changes. */
export function filterTableOf(graph: PaperGraph, index: GraphIndex): FilterTable {
  let table = tables.get(index);
  if (!table) {
    table = buildTable(graph, index);
    tables.set(index, table);
  }
  return table;
}
