// A two-handle year slider made of two native <input type=range> over one track, so each handle
// keeps the browser's keyboard and screen-reader support (arrows, Home/End, PageUp/PageDown).
import { el } from "../ui/dom";

export interface DualRange {
  element: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  /** Moves the handles without firing events. */
  set(from: number, to: number): void;
}

export function createDualRange(min: number, max: number, labels: { from: string; to: string }): DualRange {
  const make = (label: string, value: number) =>
    el("input", {
      className: "range-input",
      attrs: { type: "range", min: `${min}`, max: `${max}`, step: "1", value: `${value}`, "aria-label": label },
    });
  const from = make(labels.from, min);
  const to = make(labels.to, max);
  const fill = el("div", { className: "range-fill" });
  const element = el("div", { className: "dual-range" }, [el("div", { className: "range-track" }, [fill]), from, to]);
  const span = Math.max(1, max - min);

  const paint = () => {
    const a = Number(from.value);
    const b = Number(to.value);
    fill.style.left = `${((a - min) / span) * 100}%`;
    fill.style.right = `${100 - ((b - min) / span) * 100}%`;
    // When both handles sit at the right end, the "from" handle must be on top to be draggable.
    from.classList.toggle("on-top", a >= max - (max - min) / 2);
  };

  // Handles never cross: a handle pushed past the other stops at it.
  from.addEventListener("input", () => {
    if (Number(from.value) > Number(to.value)) from.value = to.value;
    paint();
  });
  to.addEventListener("input", () => {
    if (Number(to.value) < Number(from.value)) to.value = from.value;
    paint();
  });
  paint();

  return {
    element,
    from,
    to,
    set(a, b) {
      from.value = `${a}`;
      to.value = `${b}`;
      paint();
    },
  };
}
