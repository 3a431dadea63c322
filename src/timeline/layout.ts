// The timeline layout: x is the publication date (one unit a month; a paper without a month sits
// mid-year), y keeps the sections together — one band per top-level section in the legend's
// order, and within a band one group per sub-section in list order. Papers that would collide
// (closer than MIN_GAP months in the same group) move to the next lane, alternately below and
// above the group's middle, so a busy year spreads out evenly and nothing is random. Undated
// papers get a zone of their own after the last year. Section hubs sit left of their band or group.
// One pass over the papers plus a sort: O(n log n), no layout run; computed on first use.
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper } from "../model";
import type { SectionTree } from "../sections";

/** Papers in one group closer than this (in months) go to different lanes. */
export const MIN_GAP = 1.6;
/** Vertical distance between lanes, in the same units as x (months). */
export const LANE_HEIGHT = 1.6;
export const GROUP_GAP = 2;
export const BAND_GAP = 5;
/** Width of the undated zone and the gap before it, in months. */
export const UNDATED_WIDTH = 12;
export const UNDATED_GAP = 6;
/** How far left of the first year the top-level hubs sit; sub-section hubs sit half as far. */
export const HUB_MARGIN = 18;

export interface Point {
  x: number;
  y: number;
}

export interface TimelineBand {
  section: string | null;
  /** Top and bottom of the band in graph coordinates (top > bottom: sigma's y points up). */
  top: number;
  bottom: number;
}

export interface TimelineLayout {
  positions: Map<string, Point>;
  /** The first and last year on the axis, or null when no paper has a year. */
  years: { first: number; last: number } | null;
  /** Graph x of the start of a year. */
  yearX(year: number): number;
  undated: { from: number; to: number } | null;
  bands: TimelineBand[];
}

interface Item {
  key: string;
  x: number;
}

/** Lane offsets 0, +1, −1, +2, −2 …: lane k's distance from the group's middle, in lanes. */
export function laneOffset(lane: number): number {
  return lane % 2 === 1 ? (lane + 1) / 2 : -lane / 2;
}

/**
 * Greedy lanes for items sorted by x: each goes to the first lane whose last item is at least
 * `gap` to its left. Returns each item's lane; uses as few lanes as any packing can.
 */
export function packLanes(xs: readonly number[], gap: number): number[] {
  const ends: number[] = [];
  return xs.map((x) => {
    let lane = ends.findIndex((end) => end <= x - gap);
    if (lane === -1) {
      lane = ends.length;
      ends.push(x);
    } else ends[lane] = x;
    return lane;
  });
}

export function computeTimelineLayout(graph: PaperGraph, index: GraphIndex, tree: SectionTree): TimelineLayout {
  const first = index.years?.min ?? 0;
  const last = index.years?.max ?? 0;
  const yearX = (year: number) => (year - first) * 12;
  const undatedFrom = index.years ? yearX(last + 1) + UNDATED_GAP : 0;

  // Group each paper by the band of its colour group and the sub-section it is listed under there.
  const groupsOf = new Map<string | null, Map<string, Item[]>>();
  const undatedCount = new Map<string, number>();
  for (const key of index.papers) {
    const attrs = graph.getNodeAttributes(key);
    if (!isPaper(attrs)) continue;
    const listing = attrs.sections.find((s) => tree.root(s.id) === attrs.topSection) ?? attrs.sections[0];
    const band = listing ? (tree.root(listing.id) ?? null) : null;
    let group = listing?.id ?? "";
    while (tree.parent(group) !== undefined && tree.parent(group) !== band) group = tree.parent(group) as string;
    let x: number;
    const groupKey = `${band ?? ""}\u0000${group}`;
    if (attrs.year === undefined) {
      // Undated papers fill their zone in reading order, MIN_GAP apart, a new lane when full.
      const i = undatedCount.get(groupKey) ?? 0;
      undatedCount.set(groupKey, i + 1);
      const perLane = Math.max(1, Math.floor(UNDATED_WIDTH / MIN_GAP));
      x = undatedFrom + (i % perLane) * MIN_GAP;
    } else x = yearX(attrs.year) + (attrs.month !== undefined ? attrs.month - 1 : 5.5);
    let groups = groupsOf.get(band);
    if (!groups) groupsOf.set(band, (groups = new Map()));
    const items = groups.get(group);
    if (items) items.push({ key, x });
    else groups.set(group, [{ key, x }]);
  }

  const positions = new Map<string, Point>();
  const bands: TimelineBand[] = [];
  const order = new Map(tree.ordered.map((id, i) => [id, i]));
  const bandOrder = [...tree.roots.filter((r) => groupsOf.has(r)), ...(groupsOf.has(null) ? [null] : [])];
  let cursor = 0; // distance down from the top, in graph units
  for (const band of bandOrder) {
    const groups = groupsOf.get(band) ?? new Map<string, Item[]>();
    const top = cursor;
    const groupKeys = [...groups.keys()].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
    for (const group of groupKeys) {
      const items = (groups.get(group) ?? []).sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : 1));
      const lanes = packLanes(
        items.map((i) => i.x),
        MIN_GAP,
      );
      const offsets = lanes.map(laneOffset);
      const above = -Math.min(0, ...offsets);
      const below = Math.max(0, ...offsets);
      const middle = cursor + above * LANE_HEIGHT;
      items.forEach((item, i) =>
        positions.set(item.key, { x: item.x, y: -(middle + (offsets[i] ?? 0) * LANE_HEIGHT) }),
      );
      if (group && group !== band) positions.set(group, { x: -HUB_MARGIN / 2, y: -middle });
      cursor = middle + below * LANE_HEIGHT + GROUP_GAP;
    }
    cursor += BAND_GAP - GROUP_GAP;
    bands.push({ section: band, top: -top + LANE_HEIGHT / 2, bottom: -(cursor - BAND_GAP) - LANE_HEIGHT / 2 });
    if (band !== null) positions.set(band, { x: -HUB_MARGIN, y: -(top + cursor - BAND_GAP) / 2 });
  }

  // Other hubs (deeper sub-sections, sections with no paper): beside the mean of what they list.
  for (const section of index.sections) {
    if (positions.has(section)) continue;
    const papers = (index.sectionPapers.get(section) ?? []).map((p) => positions.get(p)).filter((p): p is Point => !!p);
    const root = tree.root(section);
    const fallback = (root !== undefined && positions.get(root)) || { x: -HUB_MARGIN, y: -cursor };
    positions.set(
      section,
      papers.length
        ? { x: -HUB_MARGIN / 4, y: papers.reduce((sum, p) => sum + p.y, 0) / papers.length }
        : { x: fallback.x, y: fallback.y },
    );
  }

  return {
    positions,
    years: index.years ? { first, last } : null,
    yearX,
    undated: index.undatedCount ? { from: undatedFrom, to: undatedFrom + UNDATED_WIDTH } : null,
    bands,
  };
}
