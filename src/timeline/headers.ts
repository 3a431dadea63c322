// The timeline's row headers: a column at the left of the map naming each band (a top-level
// section, in its legend colour) and, once zoomed in far enough to read them, its sub-section
// rows. The column stays put while the timeline pans under it, right of the open legend, so a
// band's name never scrolls away under a box; each header follows its band up and down, staying
// inside it. The column counts as one of the app's boxes (the camera frames the timeline beside
// it, labels avoid it). A header is a button: it selects its section, as the legend's names do.
import type { PaperGraph } from "../load";
import type { MapRenderer } from "../map";
import { type Store, selectNode } from "../state";
import { el } from "../ui/dom";
import type { TimelineLayout, TimelineRow } from "./layout";

/** A sub-section's header shows once its row is at least this tall on screen (px). */
export const SUB_HEADER_MIN_PX = 18;
/** Space kept between the column and the legend. */
const COLUMN_GAP = 8;
/** Room left at the top for the year labels. */
const AXIS_LABEL_ROOM = 26;
/**
 * The column docks beside the legend only if this much of the map stays free on its right (else
 * the timeline would be framed in a sliver): it then sits at the map's edge, under the legend.
 */
export const MIN_TIMELINE_ROOM = 280;

export interface BandHeaders {
  show(visible: boolean): void;
  /** Places the column and its headers for the current camera (after each frame). */
  draw(): void;
  destroy(): void;
}

interface Header {
  row: TimelineRow;
  button: HTMLButtonElement;
  sub: boolean;
}

export interface HeaderContext {
  graph: PaperGraph;
  store: Store;
  colors: Map<string, string>;
  /** The element the column docks beside when it is open and tall (the legend). */
  dockBeside: () => HTMLElement | null;
  /** What covers the map's right side, if anything (the panel), to tell how much room is left. */
  rightCover?: () => HTMLElement | null;
}

function name(graph: PaperGraph, section: string | null): string {
  if (section === null || !graph.hasNode(section)) return "Other papers";
  const attrs = graph.getNodeAttributes(section);
  return attrs.kind === "section" ? attrs.label : section;
}

export function createBandHeaders(
  column: HTMLElement,
  renderer: MapRenderer,
  layout: TimelineLayout,
  ctx: HeaderContext,
): BandHeaders {
  const headers: Header[] = [];
  const make = (row: TimelineRow, sub: boolean, color: string | undefined) => {
    const label = name(ctx.graph, row.section);
    const swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
    if (color) swatch.style.setProperty("background", color);
    const button = el(
      "button",
      {
        className: sub ? "band-header sub" : "band-header",
        attrs: { type: "button", title: `Select “${label}”`, "data-node": row.section ?? "" },
      },
      [swatch, el("span", { className: "band-name", text: label })],
    );
    if (row.section === null) button.disabled = true;
    headers.push({ row, button, sub });
    column.append(button);
  };
  for (const band of layout.bands) {
    const color = band.section === null ? undefined : ctx.colors.get(band.section);
    make(band, false, color);
    for (const group of band.groups) make(group, true, color);
  }
  const onClick = (event: MouseEvent) => {
    const id = (event.target as Element).closest?.("button.band-header")?.getAttribute("data-node");
    if (id && ctx.graph.hasNode(id)) ctx.store.dispatch(selectNode(id));
  };
  column.addEventListener("click", onClick);
  let visible = false;

  const place = () => {
    const map = renderer.getContainer().getBoundingClientRect();
    const stage = (column.offsetParent ?? column.parentElement)?.getBoundingClientRect();
    const dock = ctx.dockBeside();
    const r = dock && !dock.hidden ? dock.getBoundingClientRect() : null;
    const cover = ctx.rightCover?.();
    const c = cover && !cover.hidden ? cover.getBoundingClientRect() : null;
    const right = c && c.width > 0 && c.left > map.left ? c.left - map.left : map.width;
    // Beside the legend when it runs down a good part of the map and leaves room; else at the edge.
    let beside = r && r.width > 0 && r.height > map.height / 3 ? r.right - map.left + COLUMN_GAP : 0;
    if (right - beside - column.offsetWidth < MIN_TIMELINE_ROOM) beside = 0;
    column.style.left = `${map.left - (stage?.left ?? 0) + Math.max(0, beside)}px`;
  };

  const draw = () => {
    if (!visible) return;
    place();
    const { height } = renderer.getDimensions();
    // Headers go down the column in order, a band's sub-sections under its own name.
    let floor = -Infinity;
    for (const { row, button, sub } of headers) {
      const top = renderer.graphToViewport({ x: 0, y: row.top }).y;
      const bottom = renderer.graphToViewport({ x: 0, y: row.bottom }).y;
      if (!sub) floor = -Infinity;
      let shown = bottom > AXIS_LABEL_ROOM && top < height && (!sub || bottom - top >= SUB_HEADER_MIN_PX);
      button.hidden = !shown;
      if (!shown) continue;
      // At the row's top, below the year labels and the header above, kept inside the row.
      const own = button.offsetHeight;
      const y = Math.min(Math.max(top, AXIS_LABEL_ROOM, floor), Math.max(top, bottom - own));
      shown = !sub || y + own <= bottom + 1;
      button.hidden = !shown;
      if (!shown) continue;
      button.style.transform = `translateY(${y}px)`;
      floor = y + own + 2;
    }
  };

  return {
    show(next) {
      visible = next;
      column.hidden = !next;
      if (next) draw();
    },
    draw,
    destroy() {
      column.removeEventListener("click", onClick);
      column.replaceChildren();
      column.hidden = true;
    },
  };
}
