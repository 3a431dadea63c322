// The map view as a PNG, with @sigma/export-image: it draws a second sigma renderer with the same
// graph, settings (so the same programs and reducers: filters, highlight, faded papers) and camera,
// at the screen's device pixel ratio, and stacks its canvases (edges, nodes, labels, highlights).
// The map draws its labels itself (../map/label-layer.ts), so the copy gets the map's label layer
// for its one frame; the label layout is shared with the map's renderer, and attaching starts a
// fresh layout, else every label would collide with its own twin from the map's last frame.
import { toBlob } from "@sigma/export-image";

import type { MapHandle, MapRenderer } from "../map";

export interface PngOptions {
  /** The map's background (the canvases are transparent). */
  background: string;
  attachLabels: MapHandle["attachLabels"];
  /** Draws the sections' regions on the copy (../regions: Regions.attach); returns its detach. */
  attachRegions?: (copy: MapRenderer) => () => void;
}

/**
 * The canvases stacked into the image, bottom first: the regions' fills under the edges and their
 * names under the labels, as on the map. export-image would otherwise stack them in the order
 * they were created, which puts the regions over the papers.
 */
export const PNG_LAYERS = ["regions", "edges", "edgeLabels", "nodes", "regionNames", "labels", "hovers", "hoverNodes"];

export function mapToPng(
  renderer: MapRenderer,
  { background, attachLabels, attachRegions }: PngOptions,
): Promise<Blob> {
  return toBlob(renderer as unknown as Parameters<typeof toBlob>[0], {
    format: "png",
    backgroundColor: background,
    layers: PNG_LAYERS,
    withTempRenderer: (copy) => {
      const target = copy as unknown as MapRenderer;
      // The regions first: the labels' layout keeps clear of the regions' names, as on the map.
      // Their canvases stay until export-image has stacked them and killed the copy.
      attachRegions?.(target);
      const labels = attachLabels(target);
      copy.refresh();
      labels.detach();
    },
  });
}
