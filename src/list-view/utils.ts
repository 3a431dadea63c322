// Pure parts of the list view: one row per paper, sorting, and which rows a scroll position shows
// (the list renders only those, so 100k papers cost what 30 do).
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper } from "../model";
import type { SectionTree } from "../sections";
import type { ListSort, ListSortKey } from "../state";

export interface ListRow {
  key: string;
  title: string;
  year: number | undefined;
  month: number | undefined;
  /** Where it is listed first: top-level section › its deepest section. */
  section: string;
  /** The first listing's place in the legend's order, for sorting by section. */
  sectionOrder: number;
}

export function buildListRows(graph: PaperGraph, index: GraphIndex, tree: SectionTree): ListRow[] {
  const order = new Map(tree.ordered.map((id, i) => [id, i]));
  return index.papers.flatMap((key) => {
    const a = graph.getNodeAttributes(key);
    if (!isPaper(a)) return [];
    const first = a.sections[0];
    const path = first?.path ?? [];
    const section = path.length > 1 ? `${path[0]} › ${path[path.length - 1]}` : (path[0] ?? "");
    return [
      {
        key,
        title: a.title,
        year: a.year,
        month: a.month,
        section,
        sectionOrder: first ? (order.get(first.id) ?? order.size) : order.size + 1,
      },
    ];
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Undated papers come last in either direction: "no year" is not earlier or later than a year. */
function byDate(a: ListRow, b: ListRow): number {
  return (a.year ?? 0) * 12 + (a.month ?? 6) - ((b.year ?? 0) * 12 + (b.month ?? 6));
}

const COMPARE: Record<ListSortKey, (a: ListRow, b: ListRow) => number> = {
  title: (a, b) => collator.compare(a.title, b.title),
  year: byDate,
  section: (a, b) => a.sectionOrder - b.sectionOrder,
};

/** Sorted by the key, then by title, then by node key, so equal rows keep a stable order. */
export function sortRows(rows: readonly ListRow[], sort: ListSort): ListRow[] {
  const sign = sort.descending ? -1 : 1;
  const compare = COMPARE[sort.key];
  return [...rows].sort((a, b) => {
    if (sort.key === "year" && (a.year === undefined) !== (b.year === undefined)) return a.year === undefined ? 1 : -1;
    return (
      sign * compare(a, b) ||
      (sort.key === "section" ? byDate(a, b) : 0) ||
      collator.compare(a.title, b.title) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    );
  });
}

/** Clicking a column's header: the same column flips direction, another starts ascending. */
export function nextSort(current: ListSort, key: ListSortKey): ListSort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

/** The rows to render for a scroll position: those in view plus `overscan` either side. */
export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan: number,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(total, first + count + overscan) };
}
