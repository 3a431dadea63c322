// The map view as a PNG, with @sigma/export-image: it draws a second sigma renderer with the same
// graph, settings (so the same reducers: filters, highlight, faded papers) and camera, at the
// screen's device pixel ratio, and stacks its canvases (edges, nodes, labels, highlights) on one.
// The label layout is shared with the map's renderer, so it starts a fresh frame first, else every
// label would collide with its own twin from the map's last frame.
import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";

export interface PngOptions {
  /** The map's background (the canvases are transparent). */
  background: string;
  startLabelFrame: () => void;
}

export function mapToPng(renderer: Sigma, { background, startLabelFrame }: PngOptions): Promise<Blob> {
  return toBlob(renderer as unknown as Parameters<typeof toBlob>[0], {
    format: "png",
    backgroundColor: background,
    withTempRenderer: (copy) => {
      startLabelFrame();
      copy.refresh();
    },
  });
}
