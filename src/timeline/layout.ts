// The timeline layout: x is the publication date (./scale.ts: a unit a month, crowded years
// wider; papers of one month spread across it in list order, a paper without a month sits
// mid-year), y keeps the sections together — one band per top-level section in the legend's
// order, and within a band one group per sub-section in list order. Papers that would collide
// (closer than MIN_GAP in the same group) move to the next lane, alternately below and above the
// group's middle, so a busy year spreads out evenly and nothing is random. Undated papers get a
// zone of their own after the last year. Section hubs sit left of their band or group (the
// timeline names its bands itself and does not draw them, see ../filters/visibility.ts).
// A few passes over the papers plus a sort: O(n log n), no layout run; computed on first use.
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper } from "../model";
import type { SectionTree } from "../sections";
import { BAND_GAP, GROUP_GAP, HUB_MARGIN, LANE_HEIGHT, MIN_GAP, UNDATED_GAP, UNDATED_WIDTH } from "./constants";
import { type YearScale, computeYearScale, dateX, narrowestYear as narrowest, yearStart } from "./scale";

export { BAND_GAP, GROUP_GAP, HUB_MARGIN, LANE_HEIGHT, MIN_GAP, UNDATED_GAP, UNDATED_WIDTH };

export interface Point {
  x: number;
  y: number;
}

export interface TimelineRow {
  section: string | null;
  /** Top and bottom in graph coordinates (top > bottom: sigma's y points up). */
  top: number;
  bottom: number;
}

export interface TimelineBand extends TimelineRow {
  /** The band's sub-section rows, in list order (none when its papers are listed at its top level only). */
  groups: TimelineRow[];
}

export interface TimelineLayout {
  positions: Map<string, Point>;
  /** The first and last year on the axis, or null when no paper has a year. */
  years: { first: number; last: number } | null;
  /** Graph x of the start of a year (`last + 1`: the end of the last year). */
  yearX(year: number): number;
  /** The narrowest year on the axis, in graph units (for thinning the labels). */
  narrowestYear: number;
  undated: { from: number; to: number } | null;
  bands: TimelineBand[];
  /** Each paper's band, as an index into `bands`. */
  bandOf: Map<string, number>;
}

interface Item {
  key: string;
  x: number;
}

interface Placed {
  key: string;
  band: string | null;
  group: string;
  year: number | undefined;
  month: number | undefined;
}

/** Where on the axis a dated paper goes: papers of one month of one group share it evenly. */
function datedXs(placed: readonly Placed[], scale: YearScale): Map<string, number> {
  const byMonth = new Map<string, Placed[]>();
  for (const p of placed) {
    if (p.year === undefined) continue;
    const k = `${p.band ?? ""}\u0000${p.group}\u0000${p.year}\u0000${p.month ?? 0}`;
    const list = byMonth.get(k);
    if (list) list.push(p);
    else byMonth.set(k, [p]);
  }
  const xs = new Map<string, number>();
  for (const list of byMonth.values()) {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    list.forEach((p, i) => {
      // A year alone: mid-year, as before; a month: spread across it, in key (arXiv ID) order.
      const months = p.month === undefined ? 5.5 : p.month - 1 + (i + 0.5) / list.length;
      xs.set(p.key, dateX(scale, p.year!, months));
    });
  }
  return xs;
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

  // Each paper's band (its colour group) and the sub-section it is listed under there.
  const placed: Placed[] = [];
  for (const key of index.papers) {
    const attrs = graph.getNodeAttributes(key);
    if (!isPaper(attrs)) continue;
    const listing = attrs.sections.find((s) => tree.root(s.id) === attrs.topSection) ?? attrs.sections[0];
    const band = listing ? (tree.root(listing.id) ?? null) : null;
    let group = listing?.id ?? "";
    while (tree.parent(group) !== undefined && tree.parent(group) !== band) group = tree.parent(group) as string;
    placed.push({ key, band, group, year: attrs.year, month: attrs.month });
  }
  // A band's sub-section rows stack up in one column per year: the band's count is what crowds it.
  const dated = new Map<string | null, { year: number; month?: number | undefined }[]>();
  for (const p of placed)
    if (p.year !== undefined) {
      const k = p.band;
      const list = dated.get(k);
      const date = { year: p.year, month: p.month };
      if (list) list.push(date);
      else dated.set(k, [date]);
    }
  const scale = computeYearScale(first, last, dated.values());
  const yearX = (year: number) => yearStart(scale, year);
  const undatedFrom = index.years ? yearX(last + 1) + UNDATED_GAP : 0;
  const datedX = datedXs(placed, scale);

  const groupsOf = new Map<string | null, Map<string, Item[]>>();
  const undatedCount = new Map<string, number>();
  for (const { key, band, group, year } of placed) {
    let x: number;
    const groupKey = `${band ?? ""}\u0000${group}`;
    if (year === undefined) {
      // Undated papers fill their zone in reading order, MIN_GAP apart, a new lane when full.
      const i = undatedCount.get(groupKey) ?? 0;
      undatedCount.set(groupKey, i + 1);
      const perLane = Math.max(1, Math.floor(UNDATED_WIDTH / MIN_GAP));
      x = undatedFrom + (i % perLane) * MIN_GAP;
    } else x = datedX.get(key)!;
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
  const bandOf = new Map<string, number>();
  for (const band of bandOrder) {
    const groups = groupsOf.get(band) ?? new Map<string, Item[]>();
    const top = cursor;
    const groupKeys = [...groups.keys()].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
    const rows: TimelineRow[] = [];
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
      items.forEach((item, i) => {
        positions.set(item.key, { x: item.x, y: -(middle + (offsets[i] ?? 0) * LANE_HEIGHT) });
        bandOf.set(item.key, bands.length);
      });
      if (group && group !== band) {
        positions.set(group, { x: -HUB_MARGIN / 2, y: -middle });
        rows.push({
          section: group,
          top: -(middle - above * LANE_HEIGHT) + LANE_HEIGHT / 2,
          bottom: -(middle + below * LANE_HEIGHT) - LANE_HEIGHT / 2,
        });
      }
      cursor = middle + below * LANE_HEIGHT + GROUP_GAP;
    }
    cursor += BAND_GAP - GROUP_GAP;
    bands.push({
      section: band,
      top: -top + LANE_HEIGHT / 2,
      bottom: -(cursor - BAND_GAP) - LANE_HEIGHT / 2,
      groups: rows,
    });
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
    narrowestYear: narrowest(scale),
    bandOf,
    undated: index.undatedCount ? { from: undatedFrom, to: undatedFrom + UNDATED_WIDTH } : null,
    bands,
  };
}
