// The panel as a bottom sheet on narrow screens (the CSS makes it one below 700 px): a handle at
// its top expands it to the full height or back to half with a tap (or Enter/Space), and follows a
// drag, coming to rest half open, fully open, or closed (which closes the panel) when let go low.
// On wide screens the handle is hidden and nothing here runs.
import { type Store, selectNode } from "../state";
import { el } from "../ui/dom";
import "./sheet.css";
import { type SheetState, draggedShare, restingState } from "./utils";

export const NARROW_QUERY = "(max-width: 700px)";
/** A pointer that moves less than this (px) between down and up is a tap, not a drag. */
const TAP_SLOP = 6;

export function mountBottomSheet(panel: HTMLElement, store: Store): () => void {
  const handle = el("button", {
    className: "sheet-handle",
    attrs: { type: "button", "aria-label": "Expand the panel", "aria-expanded": "false", "aria-controls": panel.id },
  });
  panel.prepend(handle);

  let state: SheetState = "peek";
  const apply = (next: SheetState) => {
    state = next;
    panel.classList.toggle("sheet-full", next === "full");
    panel.style.removeProperty("--sheet-height");
    handle.setAttribute("aria-expanded", String(next === "full"));
    handle.setAttribute("aria-label", next === "full" ? "Collapse the panel" : "Expand the panel");
    if (next === "closed") store.dispatch(selectNode(null));
  };

  let drag: { id: number; startY: number; startShare: number; moved: boolean } | null = null;
  const stageHeight = () => panel.parentElement?.clientHeight ?? window.innerHeight;
  const onDown = (event: PointerEvent) => {
    if (!matchMedia(NARROW_QUERY).matches) return;
    drag = {
      id: event.pointerId,
      startY: event.clientY,
      startShare: panel.getBoundingClientRect().height / stageHeight(),
      moved: false,
    };
    handle.setPointerCapture(event.pointerId);
  };
  const onMove = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    if (Math.abs(event.clientY - drag.startY) > TAP_SLOP) drag.moved = true;
    if (!drag.moved) return;
    panel.classList.add("sheet-dragging");
    const share = draggedShare(drag.startShare, drag.startY, event.clientY, stageHeight());
    panel.style.setProperty("--sheet-height", `${share * 100}%`);
  };
  const onUp = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const moved = drag.moved;
    const share = draggedShare(drag.startShare, drag.startY, event.clientY, stageHeight());
    drag = null;
    panel.classList.remove("sheet-dragging");
    if (moved) apply(restingState(share));
    // A tap is handled by the click that follows.
  };
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    apply(state === "full" ? "peek" : "full");
  };

  handle.addEventListener("pointerdown", onDown);
  handle.addEventListener("pointermove", onMove);
  handle.addEventListener("pointerup", onUp);
  handle.addEventListener("pointercancel", onUp);
  handle.addEventListener("click", (event) => {
    // A drag ends with a click too; only a tap (or the keyboard) toggles.
    if (panel.classList.contains("sheet-dragging")) return;
    onClick(event);
  });
  const unsubscribe = store.subscribe((s, previous) => {
    // A panel that opens again opens half way.
    if (s.selected !== null && previous.selected === null) apply("peek");
  });
  apply("peek");
  return () => {
    unsubscribe();
    handle.remove();
  };
}
