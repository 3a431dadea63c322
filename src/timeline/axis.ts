// The timeline's axis, drawn as a DOM layer under sigma's canvases so it follows the camera: a
// vertical line and a label at the start of each year (every 2nd, 5th or 10th year when zoomed
// out), the undated zone, and a light band behind each top-level section. Labels stay at the top
// of the map while the timeline scrolls under them, and never under the row headers' column.
// Redrawn after each frame sigma renders.
import type { MapRenderer } from "../map";
import { el } from "../ui/dom";
import type { TimelineLayout } from "./layout";

/** Year labels closer than this (px) are thinned out. */
export const MIN_TICK_SPACING = 48;
const TICK_STEPS = [1, 2, 5, 10, 20, 50];
const LABEL_TOP = 6;

/**
 * The bands as regions (../regions: sections drawn as areas): each band tinted in its section's
 * colour from its first paper shown to its last, so it follows the filters (and the playback).
 */
export interface BandRegions {
  /** Null when regions are off; else each band's shown extent in graph x (null: none shown). */
  extents(): (readonly [number, number] | null)[] | null;
  colors: (string | undefined)[];
}

/** How far a band's region reaches beyond its first and last paper, in pixels. */
export const BAND_REGION_MARGIN_PX = 14;

export interface TimelineAxis {
  show(visible: boolean): void;
  destroy(): void;
}

export function createTimelineAxis(
  renderer: MapRenderer,
  layout: TimelineLayout,
  /** Map x left of which year labels would sit under the row headers. */
  labelsFrom: () => number = () => 0,
  regions?: BandRegions,
): TimelineAxis {
  const layer = renderer.createLayer<HTMLDivElement>("timeline-axis", "div", { beforeLayer: "edges" });
  layer.classList.add("timeline-axis");
  layer.setAttribute("aria-hidden", "true");
  const bandLayer = el("div", { className: "axis-bands" });
  const tickLayer = el("div", { className: "axis-ticks" });
  layer.append(bandLayer, tickLayer);
  const bands = layout.bands.map(() => bandLayer.appendChild(el("div", { className: "axis-band" })));
  const years = layout.years
    ? Array.from({ length: layout.years.last - layout.years.first + 2 }, (_, i) => layout.years!.first + i)
    : [];
  const ticks = years.map((year) =>
    tickLayer.appendChild(
      el("div", { className: "axis-tick" }, [el("span", { className: "axis-label", text: `${year}` })]),
    ),
  );
  const undated = layout.undated
    ? tickLayer.appendChild(
        el("div", { className: "axis-undated" }, [el("span", { className: "axis-label", text: "Undated" })]),
      )
    : null;
  let visible = false;

  const draw = () => {
    if (!visible) return;
    const { width, height } = renderer.getDimensions();
    const origin = renderer.graphToViewport({ x: 0, y: 0 });
    // Crowded years are wider (./scale.ts): thin the labels by the narrowest year.
    const yearWidth = Math.abs(renderer.graphToViewport({ x: layout.narrowestYear, y: 0 }).x - origin.x);
    const minLabelX = labelsFrom();
    const step = TICK_STEPS.find((s) => s * yearWidth >= MIN_TICK_SPACING) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
    const topOfBands = layout.bands.length ? renderer.graphToViewport({ x: 0, y: layout.bands[0]!.top }).y : 0;
    const labelTop = Math.min(Math.max(LABEL_TOP, topOfBands - 22), height - 24);
    years.forEach((year, i) => {
      const tick = ticks[i]!;
      const x = renderer.graphToViewport({ x: layout.yearX(year), y: 0 }).x;
      const shown = year % step === 0 && x > -60 && x < width + 10;
      tick.hidden = !shown;
      if (!shown) return;
      tick.style.transform = `translateX(${x}px)`;
      tick.classList.toggle("label-covered", x < minLabelX);
      (tick.firstChild as HTMLElement).style.top = `${labelTop}px`;
      // The last tick closes the axis; it has no year of its own to the right.
      tick.classList.toggle("axis-end", i === years.length - 1);
    });
    if (undated && layout.undated) {
      const a = renderer.graphToViewport({ x: layout.undated.from, y: 0 }).x;
      const b = renderer.graphToViewport({ x: layout.undated.to, y: 0 }).x;
      undated.style.transform = `translateX(${a}px)`;
      undated.style.width = `${Math.max(0, b - a)}px`;
      undated.classList.toggle("label-covered", a < minLabelX);
      (undated.firstChild as HTMLElement).style.top = `${labelTop}px`;
    }
    const extents = regions?.extents() ?? null;
    layer.classList.toggle("as-regions", extents !== null);
    layout.bands.forEach((band, i) => {
      const top = renderer.graphToViewport({ x: 0, y: band.top }).y;
      const bottom = renderer.graphToViewport({ x: 0, y: band.bottom }).y;
      const div = bands[i]!;
      let left = 0;
      let right = width;
      if (extents) {
        const extent = extents[i];
        div.hidden = !extent;
        if (!extent) return;
        left = renderer.graphToViewport({ x: extent[0], y: 0 }).x - BAND_REGION_MARGIN_PX;
        right = renderer.graphToViewport({ x: extent[1], y: 0 }).x + BAND_REGION_MARGIN_PX;
        const color = regions?.colors[i];
        if (color) div.style.setProperty("--band-color", color);
      } else div.hidden = false;
      div.style.transform = `translate(${left}px, ${Math.min(top, bottom)}px)`;
      div.style.width = `${Math.max(0, right - left)}px`;
      div.style.height = `${Math.abs(bottom - top)}px`;
    });
  };
  renderer.on("afterRender", draw);

  return {
    show(next) {
      visible = next;
      layer.classList.toggle("shown", next);
      if (next) draw();
    },
    destroy() {
      renderer.off("afterRender", draw);
      renderer.killLayer("timeline-axis");
    },
  };
}
