// Which node the map focuses on — the hovered one, else the selected one — and with what, and the
// thresholds above which the map saves work. On very large maps a hover does not refocus (fading
// means a full refresh of every node and edge) and edges hide while the camera moves. No sigma
// import here, so the rules are testable in Node.
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

/**
 * Above this many edges, edges are hidden while the camera moves: in software WebGL a 100k-node
 * map spends seconds a frame drawing its 200k edges (PERFORMANCE.md: sigma's fallback for huge graphs).
 */
export const HIDE_EDGES_ON_MOVE_ABOVE = 50_000;

export function hidesEdgesOnMove(edgeCount: number): boolean {
  return edgeCount > HIDE_EDGES_ON_MOVE_ABOVE;
}
