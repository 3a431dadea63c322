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
}

export function mapToPng(renderer: MapRenderer, { background, attachLabels }: PngOptions): Promise<Blob> {
  return toBlob(renderer as unknown as Parameters<typeof toBlob>[0], {
    format: "png",
    backgroundColor: background,
    withTempRenderer: (copy) => {
      const labels = attachLabels(copy as unknown as MapRenderer);
      copy.refresh();
      labels.detach();
    },
  });
}
