// Which node the map focuses on — the hovered one, else the selected one — and with what. On
// very large maps a hover does not refocus: fading means a full refresh of every node and edge.
import type { AppState } from "../state";

/**
 * Above this many nodes, hovering does not fade the map: fading needs a full refresh of every node
 * and edge, which takes seconds at 100k nodes (`npm run bench`). Sigma still draws the hovered
 * node's label; a click focuses as usual.
 */
export const HOVER_FADE_MAX_NODES = 20_000;

export function hoverFades(nodeCount: number): boolean {
  return nodeCount <= HOVER_FADE_MAX_NODES;
}

export function focusOf(state: AppState, fades: boolean): string | null {
  return (fades ? state.hovered : null) ?? state.selected;
}

/** Sections join the focus only for a selection, not for a passing hover. */
export function focusOptions(state: AppState, fades: boolean): { withSections: boolean } {
  return { withSections: !fades || state.hovered === null };
}
