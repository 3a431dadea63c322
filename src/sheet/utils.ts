// Where a dragged bottom sheet comes to rest: closed when dragged low, fully open when dragged
// high, otherwise half open. Heights are shares of the space the sheet can take (0..1).
export type SheetState = "closed" | "peek" | "full";

export const PEEK_SHARE = 0.45;
export const FULL_SHARE = 1;
/** Below this share of the stage a released sheet closes (the panel closes with it). */
export const CLOSE_BELOW = 0.2;

export function restingState(share: number): SheetState {
  if (share < CLOSE_BELOW) return "closed";
  return share < (PEEK_SHARE + FULL_SHARE) / 2 ? "peek" : "full";
}

/** The sheet's height share while a pointer that started at `startY` (height `startShare`) is at `y`. */
export function draggedShare(startShare: number, startY: number, y: number, stageHeight: number): number {
  if (stageHeight <= 0) return startShare;
  return Math.min(FULL_SHARE, Math.max(0, startShare + (startY - y) / stageHeight));
}
