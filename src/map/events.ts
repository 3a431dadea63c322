// Pointer and keyboard input on the map, turned into store intents (hover, select) and camera moves.
// Dragging to pan and wheel/pinch zoom are sigma's own captors.
import type Sigma from "sigma";

import { clickNode, clickStage } from "../lineage/actions";
import { type Store, hoverNode } from "../state";
import { ZOOM_FACTOR, panBy, zoomBy } from "./camera";

const KEY_PAN: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function bindMapEvents(
  renderer: Sigma,
  store: Store,
  container: HTMLElement,
  fitAll: () => void,
  /** Handles a key first (lineage moves); returns true when it did. */
  handleKeyFirst?: (event: KeyboardEvent) => boolean,
): () => void {
  renderer.on("enterNode", ({ node }) => {
    container.classList.add("over-node");
    store.dispatch(hoverNode(node), { history: "none" });
  });
  renderer.on("leaveNode", () => {
    container.classList.remove("over-node");
    store.dispatch(hoverNode(null), { history: "none" });
  });
  // Clicks select, except while picking a path's other end, or with shift (see ../lineage/actions.ts).
  const isPaper = (key: string) => renderer.getGraph().getNodeAttribute(key, "kind") === "paper";
  renderer.on("clickNode", ({ node, event }) =>
    store.dispatch(clickNode(node, { shiftKey: event.original.shiftKey, isPaper })),
  );
  renderer.on("clickStage", () => store.dispatch(clickStage()));

  // Keyboard: the map is focusable; arrows pan, +/- zoom, 0 fits everything.
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (handleKeyFirst?.(event)) {
      event.preventDefault();
      return;
    }
    const pan = KEY_PAN[event.key];
    if (pan) panBy(renderer, pan[0], pan[1]);
    else if (event.key === "+" || event.key === "=") zoomBy(renderer, ZOOM_FACTOR);
    else if (event.key === "-" || event.key === "_") zoomBy(renderer, 1 / ZOOM_FACTOR);
    else if (event.key === "0") fitAll();
    else return;
    event.preventDefault();
  };
  container.addEventListener("keydown", onKey);
  return () => {
    container.removeEventListener("keydown", onKey);
    renderer.removeAllListeners();
  };
}
